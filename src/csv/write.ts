// Writing tables as CSV text with csv-stringify: columns declared as data, fixed order, `\n` line
// ends, fields quoted only when they need it.
import { stringify } from "csv-stringify/sync";
import type { TableSpec } from "../tables/columns.ts";
import { formatCell } from "./format.ts";

// csv-stringify quotes fields holding the delimiter, a quote or a line feed; a bare CR must be
// quoted too (RFC 4180), or a reader would take it for a line end.
const OPTIONS = { record_delimiter: "\n", eof: true, quoted_match: /\r/ } as const;

/** The header line of a table. */
export function csvHeader<R>(spec: TableSpec<R>): string {
  return stringify([spec.columns.map((c) => c.name)], OPTIONS);
}

/** CSV lines (no header) for records of a table. */
export function csvRows<R>(spec: TableSpec<R>, records: readonly R[]): string {
  if (records.length === 0) return "";
  return stringify(
    records.map((r) => spec.columns.map((c) => formatCell(c.kind, c.get(r)))),
    OPTIONS,
  );
}

/**
 * A whole CSV file for records of a table.
 *
 * @example
 * toCsv(usersTable, data.users); // "user_id,name,email,created_at,metadata\n..."
 */
export function toCsv<R>(spec: TableSpec<R>, records: readonly R[]): string {
  return csvHeader(spec) + csvRows(spec, records);
}
