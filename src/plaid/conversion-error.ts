// Thrown when a Plaid value cannot become a toolkit record (a currency, subtype or enum value the
// toolkit does not model). It carries the problems as `Issue`s, one line each when printed.
import { formatIssue, type Issue } from "../issues/issue.ts";

export class PlaidConversionError extends Error {
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    super(issues.map(formatIssue).join("; "));
    this.name = "PlaidConversionError";
    this.issues = issues;
  }
}

/** Throw a one-issue conversion error. */
export function unsupported(path: (string | number)[], message: string): never {
  throw new PlaidConversionError([{ code: "plaid_unsupported", path, message }]);
}
