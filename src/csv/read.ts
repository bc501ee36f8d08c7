// Reading one table's CSV file into validated records, collecting every problem with its file,
// line and column instead of stopping at the first. Pure: takes the file's bytes.
import { CsvError, parse } from "csv-parse/sync";
import type { z } from "zod";
import type { Issue } from "../issues/issue.ts";
import type { TableSpec } from "../tables/columns.ts";
import { clip, parseCell } from "./format.ts";

/** A problem in a CSV file: an `Issue` with `file`, `line` (absent for the whole file) and the column as `path`. */
export type CsvProblem = Issue & { file: string };

export interface ReadTable<R> {
  rows: { record: R; line: number }[];
  problems: CsvProblem[];
  /** Keys of rows that were rejected (already reported), so references to them are not reported again. */
  rejectedKeys: Set<string>;
  /** True when the file could not be read as a table at all (missing, empty, not UTF-8, malformed, wrong header). */
  unreadable: boolean;
}

/** The longest field accepted (1 MiB); longer ones are reported, not loaded. */
export const MAX_FIELD_BYTES = 1 << 20;

/** A problem of `file` (at `line`, in `column`) with a stable `code`. */
export function csvProblem(
  code: string,
  file: string,
  line: number | null,
  column: string | null,
  message: string,
): CsvProblem {
  return { code, path: column === null ? [] : [column], message, file, ...(line === null ? {} : { line }) };
}

/** Map a zod issue path on a record to the CSV column it came from. */
export function columnOfPath(path: readonly PropertyKey[], columns: readonly string[]): string | null {
  const [first, second] = path.map(String);
  if (first === undefined) return null;
  if (first === "personal_finance_category" && second) return `pfc_${second}`;
  if (first === "location" && second) return `location_${second}`;
  return columns.includes(first) ? first : (columns[0] ?? null);
}

function decodeUtf8(file: string, bytes: Uint8Array): { text: string } | { problem: CsvProblem } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const loose = new TextDecoder("utf-8").decode(bytes);
    const at = loose.indexOf("\uFFFD");
    const line = at < 0 ? null : loose.slice(0, at).split("\n").length;
    return { problem: csvProblem("csv_not_utf8", file, line, null, "is not valid UTF-8 text (save it as UTF-8)") };
  }
}

/**
 * Line ends and quotes, checked before parsing: every record must end the way the first one does
 * (csv-parse takes the first line end as the delimiter, so a CRLF after LF lines would leave a
 * `\r` in the last field), a CR outside quotes must be part of a CRLF, and a quote that is never
 * closed is reported on the line where it opens.
 */
export function checkLineStructure(file: string, text: string): CsvProblem | null {
  let quoted = false;
  let fieldStart = true;
  let line = 1;
  let openedOn = 0;
  let first: "LF" | "CRLF" | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === 34 /* " */) {
        if (text.charCodeAt(i + 1) === 34)
          i++; // an escaped quote
        else quoted = false;
      } else if (c === 10) line++;
      continue;
    }
    if (c === 34 && fieldStart) {
      quoted = true;
      openedOn = line;
      fieldStart = false;
    } else if (c === 44 /* , */) fieldStart = true;
    else if (c === 10 /* \n */) {
      const kind = i > 0 && text.charCodeAt(i - 1) === 13 ? "CRLF" : "LF";
      first ??= kind;
      if (kind !== first)
        return csvProblem(
          "csv_line_endings",
          file,
          line,
          null,
          `ends with ${kind} but line 1 ends with ${first}; use one kind of line end throughout the file`,
        );
      line++;
      fieldStart = true;
    } else if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) !== 10)
        return csvProblem(
          "csv_bare_cr",
          file,
          line,
          null,
          "has a carriage return (CR) outside quotes that does not end the line",
        );
    } else fieldStart = false;
  }
  if (quoted)
    return csvProblem("csv_quote", file, openedOn, null, "has a quote that opens on this line and is never closed");
  return null;
}

/**
 * Parse and validate one CSV file of a table.
 *
 * @example
 * const { rows, problems } = readTableCsv(usersTable, UserSchema, "synthetic_users.csv", bytes);
 */
export function readTableCsv<R>(
  spec: TableSpec<R>,
  schema: z.ZodType<R>,
  file: string,
  bytes: Uint8Array,
): ReadTable<R> {
  const problems: CsvProblem[] = [];
  const rows: { record: R; line: number }[] = [];
  const rejectedKeys = new Set<string>();
  const unreadable = (problem: CsvProblem): ReadTable<R> => ({
    rows,
    problems: [problem],
    rejectedKeys,
    unreadable: true,
  });
  const decoded = decodeUtf8(file, bytes);
  if ("problem" in decoded) return unreadable(decoded.problem);
  const text = decoded.text.replace(/^\uFEFF/, "");
  if (text.trim() === "")
    return unreadable(csvProblem("csv_empty", file, null, null, "is empty (expected a header row)"));
  const structure = checkLineStructure(file, text);
  if (structure) return unreadable(structure);

  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(text, {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: MAX_FIELD_BYTES,
    }) as unknown as typeof parsed;
  } catch (error) {
    const line =
      error instanceof CsvError && typeof (error as CsvError & { lines?: number }).lines === "number"
        ? (error as CsvError & { lines: number }).lines
        : null;
    if (error instanceof CsvError && error.code === "CSV_MAX_RECORD_SIZE")
      return unreadable(
        csvProblem("csv_field_too_large", file, line, null, `has a field over ${MAX_FIELD_BYTES} bytes`),
      );
    return unreadable(
      csvProblem("csv_malformed", file, line, null, `is not well-formed CSV: ${(error as Error).message}`),
    );
  }

  const [header, ...body] = parsed;
  const expected = spec.columns.map((c) => c.name);
  const got = header?.record ?? [];
  const missing = expected.filter((c) => !got.includes(c));
  const unexpected = got.filter((c) => !expected.includes(c));
  const repeated = got.filter((c, i) => got.indexOf(c) !== i);
  if (missing.length > 0 || unexpected.length > 0 || repeated.length > 0) {
    const parts = [
      missing.length ? `missing ${missing.join(", ")}` : "",
      unexpected.length ? `unexpected ${unexpected.map((c) => clip(c)).join(", ")}` : "",
      repeated.length ? `repeated ${[...new Set(repeated)].map((c) => clip(c)).join(", ")}` : "",
    ].filter(Boolean);
    return unreadable(csvProblem("csv_header", file, 1, null, `has the wrong header: ${parts.join("; ")}`));
  }
  const position = new Map(got.map((name, i) => [name, i]));
  const keyAt = position.get(spec.key) as number;

  let previousEnd = header?.info.lines ?? 1;
  for (const { record: fields, info } of body) {
    // A quoted field may span lines: report the line the record starts on.
    const line = previousEnd + 1;
    previousEnd = info.lines;
    if (fields.length !== got.length) {
      problems.push(
        csvProblem("csv_field_count", file, line, null, `has ${fields.length} fields, expected ${got.length}`),
      );
      if (fields[keyAt] !== undefined) rejectedKeys.add(fields[keyAt] as string);
      continue;
    }
    const cells: Record<string, unknown> = {};
    let rowOk = true;
    for (const column of spec.columns) {
      const cell = parseCell(column.kind, fields[position.get(column.name) as number] as string);
      if (cell.ok) cells[column.name] = cell.value;
      else {
        problems.push(csvProblem("csv_cell", file, line, column.name, cell.reason));
        rowOk = false;
      }
    }
    const result = rowOk ? schema.safeParse(spec.fromRow(cells)) : null;
    if (result && !result.success) {
      for (const issue of result.error.issues) {
        problems.push(
          csvProblem(
            issue.code,
            file,
            line,
            columnOfPath(issue.path, expected),
            `${issue.path.map(String).join(".") || spec.entity}: ${issue.message}`,
          ),
        );
      }
    }
    if (!result?.success) {
      rejectedKeys.add(fields[keyAt] as string);
      continue;
    }
    rows.push({ record: result.data, line });
  }
  return { rows, problems, rejectedKeys, unreadable: false };
}
