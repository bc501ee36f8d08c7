import type { z } from "zod";
import type { TableSpec } from "../tables/columns.ts";
export interface CsvProblem {
    file: string;
    /** 1-based line of the file, or null for a problem with the whole file. */
    line: number | null;
    column: string | null;
    reason: string;
}
export interface ReadTable<R> {
    rows: {
        record: R;
        line: number;
    }[];
    problems: CsvProblem[];
    /** Keys of rows that were rejected (already reported), so references to them are not reported again. */
    rejectedKeys: Set<string>;
    /** True when the file could not be read as a table at all (missing, empty, not UTF-8, malformed, wrong header). */
    unreadable: boolean;
}
/** The longest field accepted (1 MiB); longer ones are reported, not loaded. */
export declare const MAX_FIELD_BYTES: number;
/** Map a zod issue path on a record to the CSV column it came from. */
export declare function columnOfPath(path: readonly PropertyKey[], columns: readonly string[]): string | null;
/**
 * Parse and validate one CSV file of a table.
 *
 * @example
 * const { rows, problems } = readTableCsv(usersTable, UserSchema, "synthetic_users.csv", bytes);
 */
export declare function readTableCsv<R>(spec: TableSpec<R>, schema: z.ZodType<R>, file: string, bytes: Uint8Array): ReadTable<R>;
//# sourceMappingURL=read.d.ts.map