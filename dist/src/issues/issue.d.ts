/** Where in a value a problem lies: property names and array indexes, outermost first (zod's `path`). */
export type IssuePath = (string | number)[];
export interface Issue {
    /** A stable, machine-readable code, e.g. `too_small`, `unknown_flag`, `csv_quote`, `reconciliation`. */
    code: string;
    /** The field the problem is about (`["metadata", "age"]`); empty for the whole value. */
    path: IssuePath;
    message: string;
    /** The file the problem was found in, for problems read from files. */
    file?: string;
    /** 1-based line of `file`. */
    line?: number;
}
/** `metadata.age` for `["metadata", "age"]`, `accounts[3].mask` for `["accounts", 3, "mask"]`. */
export declare function formatPath(path: readonly (string | number)[]): string;
/** One line: `file:line: path: message`, leaving out the parts an issue does not have. */
export declare function formatIssue(issue: Issue): string;
/** The number of issues printed by default before "... and N more". */
export declare const ISSUE_PRINT_CAP = 50;
/** Up to `cap` issues, one per line, then how many more there were. */
export declare function formatIssueList(issues: readonly Issue[], cap?: number): string;
/**
 * Collects issues one at a time (never by spreading a list into one call, which overflows the stack
 * past ~125,000 items), keeping at most `keep` of them and the full count.
 */
export declare class IssueCollector {
    readonly keep: number;
    readonly kept: Issue[];
    count: number;
    constructor(keep?: number);
    add(issue: Issue): void;
    addAll(issues: Iterable<Issue>): void;
}
//# sourceMappingURL=issue.d.ts.map