// Printing CSV problems: one line each, `file:line: column: message` (the one issue formatter), capped.
import { formatIssue, ISSUE_PRINT_CAP, type Issue } from "../issues/issue.ts";

export const PROBLEM_CAP = ISSUE_PRINT_CAP;

/** Thrown by the loader when any file has a problem; nothing has been written. */
export class CsvLoadError extends Error {
  /** The problems kept (every one up to a large cap; `count` says how many there were). */
  readonly problems: readonly Issue[];
  readonly count: number;

  constructor(problems: readonly Issue[], count = problems.length) {
    const lines = problems.slice(0, PROBLEM_CAP).map(formatIssue);
    if (count > lines.length) lines.push(`... and ${count - lines.length} more`);
    super(`CSV load failed with ${count} problem(s); nothing was written:\n${lines.join("\n")}`);
    this.name = "CsvLoadError";
    this.problems = problems;
    this.count = count;
  }
}
