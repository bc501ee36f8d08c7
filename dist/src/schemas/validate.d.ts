import { z } from "zod";
export interface RecordIssue {
    /** Dotted path of the offending field, e.g. `metadata.age`. */
    path: string;
    message: string;
}
/** The issues of a zod error as plain data. */
export declare function issuesOf(error: z.ZodError): RecordIssue[];
/** One line per issue: `metadata.age: Too small: expected number to be >=18`. */
export declare function formatIssues(issues: readonly RecordIssue[]): string;
/**
 * Thrown when a built record does not satisfy its schema. It is a `ZodError` (so `issues` holds
 * zod's issues) whose message names the entity and every bad field.
 */
export declare class RecordValidationError extends z.ZodError {
    readonly entity: string;
    readonly fields: readonly RecordIssue[];
    constructor(entity: string, error: z.ZodError);
}
/** The issues of `value` against `schema` (an empty list when it is valid). */
export declare function checkRecord(schema: z.ZodType, value: unknown): RecordIssue[];
/** Throws a `RecordValidationError` naming every bad field when `value` does not satisfy `schema`. */
export declare function assertRecord(schema: z.ZodType, value: unknown, entity: string): void;
//# sourceMappingURL=validate.d.ts.map