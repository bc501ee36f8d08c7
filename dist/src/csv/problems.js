export const PROBLEM_CAP = 50;
export function formatProblem(p) {
    const where = p.line === null ? p.file : `${p.file}:${p.line}`;
    return p.column ? `${where}: ${p.column}: ${p.reason}` : `${where}: ${p.reason}`;
}
/** Up to `cap` problems, one per line, and how many more there were. */
export function formatProblems(problems, cap = PROBLEM_CAP) {
    const lines = problems.slice(0, cap).map(formatProblem);
    if (problems.length > cap)
        lines.push(`... and ${problems.length - cap} more`);
    return lines.join("\n");
}
/** Thrown by the loader when any file has a problem; nothing has been written. */
export class CsvLoadError extends Error {
    problems;
    constructor(problems) {
        super(`CSV load failed with ${problems.length} problem(s); nothing was written:\n${formatProblems(problems)}`);
        this.name = "CsvLoadError";
        this.problems = problems;
    }
}
//# sourceMappingURL=problems.js.map