// Writing tables as CSV text: columns declared as data, fixed order, `\n` line ends, fields quoted
// only when they need it. Two writers with the same bytes: a row writer built once per table from
// its column declarations (the fast path every caller uses), and csv-stringify (the reference the
// tests compare it with, byte for byte; scripts/bench-export.ts --csv times both).
import { stringify } from "csv-stringify/sync";
import type { TableSpec } from "../tables/columns.ts";
import { cellFormatter, FORMULA_START, formatCell } from "./format.ts";

// csv-stringify quotes fields holding the delimiter, a quote or a line feed; a bare CR must be
// quoted too (RFC 4180), or a reader would take it for a line end.
const OPTIONS = { record_delimiter: "\n", eof: true, quoted_match: /\r/ } as const;

/** A field needs quotes when it holds a comma, a quote, a line feed or a CR (csv-stringify's rule plus CR). */
const NEEDS_QUOTES = /[",\n\r]/;

/** One CSV field: as is, or quoted with its quotes doubled. */
export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Text the text format changes (a formula-like start, see format.ts) or that needs quotes. */
const PLAIN_TEXT_EXCEPTIONS = new RegExp(`${FORMULA_START.source}|${NEEDS_QUOTES.source}`);

const writers = new WeakMap<object, (record: never) => string>();

/** The function writing one record of a table as a CSV line (with its `\n`), built once per table. */
export function rowWriter<R>(spec: TableSpec<R>): (record: R) => string {
  let writer = writers.get(spec) as ((record: R) => string) | undefined;
  if (!writer) {
    const cells = spec.columns.map((c): ((r: R) => string) => {
      const format = cellFormatter(c.kind);
      const get = c.get;
      switch (c.kind) {
        case "money":
        case "money?":
        case "bool":
          // toFixed's digits, "true", "false" or "": never a character that needs quotes.
          return (r) => format(get(r));
        case "int":
        case "real?":
          return (r) => {
            const value = get(r);
            return typeof value === "number" ? String(value) : csvField(format(value));
          };
        case "text":
        case "text?":
          // Most text neither starts like a formula nor holds a character that needs quotes: one test.
          return (r) => {
            const value = get(r);
            if (typeof value === "string" && !PLAIN_TEXT_EXCEPTIONS.test(value)) return value;
            return csvField(format(value));
          };
        default:
          return (r) => csvField(format(get(r)));
      }
    });
    const last = cells.length - 1;
    writer = (r: R) => {
      let line = "";
      for (let i = 0; i < last; i++) line += `${(cells[i] as (r: R) => string)(r)},`;
      return `${line}${(cells[last] as (r: R) => string)(r)}\n`;
    };
    writers.set(spec, writer as (record: never) => string);
  }
  return writer;
}

/** The header line of a table. */
export function csvHeader<R>(spec: TableSpec<R>): string {
  return `${spec.columns.map((c) => csvField(c.name)).join(",")}\n`;
}

/** CSV lines (no header) for records of a table. */
export function csvRows<R>(spec: TableSpec<R>, records: readonly R[]): string {
  const write = rowWriter(spec);
  let out = "";
  for (const r of records) out += write(r);
  return out;
}

/**
 * CSV lines written straight to UTF-8 bytes in one reused, growing buffer: the export's fast path.
 * Appending row strings to one string builds a rope that must later be flattened and encoded (about
 * a tenth of a worker's time); each row encoded as it is written costs a fraction of that.
 */
export class CsvBytes {
  private buffer = Buffer.allocUnsafe(1 << 16);
  private length = 0;

  /** Appends the lines of `records` (no header). */
  rows<R>(spec: TableSpec<R>, records: readonly R[]): void {
    const write = rowWriter(spec);
    for (const r of records) this.append(write(r));
  }

  append(text: string): void {
    // At most three UTF-8 bytes per UTF-16 unit.
    const worst = text.length * 3;
    if (this.length + worst > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + worst));
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    this.length += this.buffer.write(text, this.length, "utf8");
  }

  /** The bytes so far, in a new buffer of their own (transferable); the writer starts empty again. */
  take(): Uint8Array {
    const out = new Uint8Array(this.length);
    out.set(this.buffer.subarray(0, this.length));
    this.length = 0;
    return out;
  }
}

/** The same lines through csv-stringify: the reference the row writer is tested against. */
export function csvRowsStringify<R>(spec: TableSpec<R>, records: readonly R[]): string {
  if (records.length === 0) return "";
  return stringify(
    records.map((r) => spec.columns.map((c) => formatCell(c.kind, c.get(r)))),
    OPTIONS,
  );
}

/** The header through csv-stringify (the reference). */
export function csvHeaderStringify<R>(spec: TableSpec<R>): string {
  return stringify([spec.columns.map((c) => c.name)], OPTIONS);
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
