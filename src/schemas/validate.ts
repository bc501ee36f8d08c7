// Validation errors as data (a list of issues with a path and a message) and one way to print them.
import { z } from "zod";

export interface RecordIssue {
  /** Dotted path of the offending field, e.g. `metadata.age`. */
  path: string;
  message: string;
}

/** The issues of a zod error as plain data. */
export function issuesOf(error: z.ZodError): RecordIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
}

/** One line per issue: `metadata.age: Too small: expected number to be >=18`. */
export function formatIssues(issues: readonly RecordIssue[]): string {
  return issues.map((i) => `${i.path || "(record)"}: ${i.message}`).join("; ");
}

/**
 * Thrown when a built record does not satisfy its schema. It is a `ZodError` (so `issues` holds
 * zod's issues) whose message names the entity and every bad field.
 */
export class RecordValidationError extends z.ZodError {
  readonly entity: string;
  readonly fields: readonly RecordIssue[];

  constructor(entity: string, error: z.ZodError) {
    super(error.issues);
    this.entity = entity;
    this.fields = issuesOf(error);
    Object.defineProperty(this, "name", { value: "RecordValidationError" });
    Object.defineProperty(this, "message", {
      value: `invalid ${entity}: ${formatIssues(this.fields)}`,
      enumerable: false,
    });
  }
}

/** The issues of `value` against `schema` (an empty list when it is valid). */
export function checkRecord(schema: z.ZodType, value: unknown): RecordIssue[] {
  const result = schema.safeParse(value);
  return result.success ? [] : issuesOf(result.error);
}

/** Throws a `RecordValidationError` naming every bad field when `value` does not satisfy `schema`. */
export function assertRecord(schema: z.ZodType, value: unknown, entity: string): void {
  const result = schema.safeParse(value);
  if (!result.success) throw new RecordValidationError(entity, result.error);
}
