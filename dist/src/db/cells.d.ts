import type { Column } from "../tables/columns.ts";
/** The value SQLite stores for a column of a record (booleans as 1/0, JSON as text). */
export declare function sqlCell<R>(column: Column<R>, record: R): string | number | null;
/** A value read back from SQLite (or Prisma) in the form the record schema expects. */
export declare function fromSqlCell(kind: Column<unknown>["kind"], value: unknown): unknown;
//# sourceMappingURL=cells.d.ts.map