// Converting records to SQLite cells and back, by column kind.
import type { Column } from "../tables/columns.ts";

/** The value SQLite stores for a column of a record (booleans as 1/0, JSON as text). */
export function sqlCell<R>(column: Column<R>, record: R): string | number | null {
  const value = column.get(record);
  if (value === null || value === undefined) return null;
  switch (column.kind) {
    case "bool":
      return value ? 1 : 0;
    case "json":
      return JSON.stringify(value);
    default:
      return value as string | number;
  }
}

/** A value read back from SQLite (or Prisma) in the form the record schema expects. */
export function fromSqlCell(kind: Column<unknown>["kind"], value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case "bool":
      return value === true || value === 1 || value === 1n;
    case "json":
      return typeof value === "string" ? JSON.parse(value) : value;
    case "money":
    case "money?":
    case "real?":
    case "int":
      return typeof value === "bigint" ? Number(value) : typeof value === "object" ? Number(String(value)) : value;
    default:
      return value;
  }
}
