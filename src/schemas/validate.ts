// Validation errors as data (the shared `Issue` shape: zod's code, path and message) and one way to
// print them on one line.
import { z } from "zod";
import { formatPath, type Issue } from "../issues/issue.ts";

/** The issues of a zod error as plain data. */
export function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({
    code: issue.code,
    path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
    message: issue.message,
  }));
}

/** All on one line: `metadata.age: Too small: expected number to be >=18; email: Invalid email`. */
export function formatIssues(issues: readonly Issue[]): string {
  return issues.map((i) => `${formatPath(i.path) || "(record)"}: ${i.message}`).join("; ");
}

/**
 * Thrown when a built record does not satisfy its schema. It is a `ZodError` (so `issues` holds
 * zod's issues) whose message names the entity and every bad field.
 */
export class RecordValidationError extends z.ZodError {
  readonly entity: string;
  readonly fields: readonly Issue[];

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
export function checkRecord(schema: z.ZodType, value: unknown): Issue[] {
  const result = schema.safeParse(value);
  return result.success ? [] : issuesOf(result.error);
}

/** Throws a `RecordValidationError` naming every bad field when `value` does not satisfy `schema`. */
export function assertRecord(schema: z.ZodType, value: unknown, entity: string): void {
  const result = schema.safeParse(value);
  if (!result.success) throw new RecordValidationError(entity, result.error);
}
