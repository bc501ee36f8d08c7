// The one shape of a problem found anywhere in the toolkit (a bad record, option, CSV cell, integrity
// failure or factory lint), modelled on zod's issues, and the one place they are printed.
/** `metadata.age` for `["metadata", "age"]`, `accounts[3].mask` for `["accounts", 3, "mask"]`. */
export function formatPath(path) {
    let out = "";
    for (const part of path)
        out += typeof part === "number" ? `[${part}]` : out ? `.${part}` : part;
    return out;
}
/** One line: `file:line: path: message`, leaving out the parts an issue does not have. */
export function formatIssue(issue) {
    const where = issue.file === undefined ? "" : issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
    const path = formatPath(issue.path);
    return [where, path, issue.message].filter((part) => part !== "").join(": ");
}
/** The number of issues printed by default before "... and N more". */
export const ISSUE_PRINT_CAP = 50;
/** Up to `cap` issues, one per line, then how many more there were. */
export function formatIssueList(issues, cap = ISSUE_PRINT_CAP) {
    const lines = issues.slice(0, cap).map(formatIssue);
    if (issues.length > cap)
        lines.push(`... and ${issues.length - cap} more`);
    return lines.join("\n");
}
/**
 * Collects issues one at a time (never by spreading a list into one call, which overflows the stack
 * past ~125,000 items), keeping at most `keep` of them and the full count.
 */
export class IssueCollector {
    keep;
    kept = [];
    count = 0;
    constructor(keep = Number.POSITIVE_INFINITY) {
        this.keep = keep;
    }
    add(issue) {
        this.count += 1;
        if (this.kept.length < this.keep)
            this.kept.push(issue);
    }
    addAll(issues) {
        for (const issue of issues)
            this.add(issue);
    }
}
//# sourceMappingURL=issue.js.map