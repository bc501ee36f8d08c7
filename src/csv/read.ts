// Reading one table's CSV file into validated records, collecting every problem with its file,
// line and column instead of stopping at the first. `CsvTableReader` takes the file in chunks
// (bounded memory: only the record being read is held) and hands each valid record to a callback;
// `readTableCsv` is the same reader over a whole file's bytes.
import type { z } from "zod";
import type { Issue } from "../issues/issue.ts";
import type { TableSpec } from "../tables/columns.ts";
import { verdictFor } from "../schemas/verdicts.ts";
import { CellRefusal, clip, readCell } from "./format.ts";

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

/**
 * Split complete CSV records (RFC 4180: fields quoted when they hold a comma, a quote or a line end,
 * quotes doubled inside) into their fields, with the line each record starts on; empty lines are
 * skipped. The line structure was checked before (line ends, bare CRs, unclosed quotes), so what is
 * left to refuse is a quote inside an unquoted field, text after a closing quote, and a record over
 * `MAX_FIELD_BYTES`. (csv-parse did this until it was measured as the loader's largest cost: a
 * record without quotes is one `split`.)
 */
export function splitRecords(
  text: string,
  startLine: number,
):
  | { fieldsOf: string[][]; lines: number[] }
  | { problem: { kind: "too_large" | "malformed"; line: number; message: string } } {
  const fieldsOf: string[][] = [];
  const lines: number[] = [];
  const n = text.length;
  let pos = 0;
  let line = startLine;
  let quote = text.indexOf('"');
  const tooLarge = (at: number) => ({ problem: { kind: "too_large" as const, line: at, message: "" } });
  const malformed = (at: number, message: string) => ({ problem: { kind: "malformed" as const, line: at, message } });
  while (pos < n) {
    const c0 = text.charCodeAt(pos);
    if (c0 === 10) {
      pos++;
      line++;
      continue;
    }
    if (c0 === 13 && text.charCodeAt(pos + 1) === 10) {
      pos += 2;
      line++;
      continue;
    }
    const recordLine = line;
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = n;
    // The next quote is looked for once, not again on every line before it (a search to the end of
    // the text for each record of a text without quotes).
    if (quote >= 0 && quote < pos) quote = text.indexOf('"', pos);
    if (quote < 0 || quote > nl) {
      const end = nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      if (end - pos > MAX_FIELD_BYTES) return tooLarge(recordLine);
      fieldsOf.push(text.slice(pos, end).split(","));
      lines.push(recordLine);
      pos = nl + 1;
      line++;
      continue;
    }
    const fields: string[] = [];
    let i = pos;
    for (;;) {
      if (i - pos > MAX_FIELD_BYTES) return tooLarge(recordLine);
      if (text.charCodeAt(i) === 34) {
        let value = "";
        let from = i + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close < 0)
            return malformed(line, `Quote Not Closed: the parsing is finished with an opening quote at line ${line}`);
          const piece = text.slice(from, close);
          for (let at = piece.indexOf("\n"); at >= 0; at = piece.indexOf("\n", at + 1)) line++;
          value += piece;
          if (text.charCodeAt(close + 1) === 34) {
            value += '"';
            from = close + 2;
            continue;
          }
          i = close + 1;
          break;
        }
        fields.push(value);
        const c = text.charCodeAt(i);
        if (c === 44) {
          i++;
          continue;
        }
        if (i >= n || c === 10) {
          i++;
          line++;
          break;
        }
        if (c === 13 && text.charCodeAt(i + 1) === 10) {
          i += 2;
          line++;
          break;
        }
        return malformed(
          line,
          `Invalid Closing Quote: got "${text[i]}" at line ${line} instead of delimiter, record delimiter, trimable character (if activated) or comment`,
        );
      }
      const comma = text.indexOf(",", i);
      let eol = text.indexOf("\n", i);
      if (eol < 0) eol = n;
      const atComma = comma >= 0 && comma < eol;
      const end = atComma ? comma : eol > i && text.charCodeAt(eol - 1) === 13 ? eol - 1 : eol;
      const value = text.slice(i, end);
      if (value.includes('"'))
        return malformed(
          line,
          `Invalid Opening Quote: a quote is found on field ${fields.length} at line ${line}, value is "${clip(value)}"`,
        );
      fields.push(value);
      if (atComma) {
        i = comma + 1;
        continue;
      }
      i = eol + 1;
      line++;
      break;
    }
    if (i - pos > MAX_FIELD_BYTES) return tooLarge(recordLine);
    fieldsOf.push(fields);
    lines.push(recordLine);
    pos = i;
  }
  return { fieldsOf, lines };
}

/** Characters read per chunk by the streaming callers (a record may span chunks). */
export const CHUNK_BYTES = 64 << 10;

/** A file-level problem that makes the file unreadable, by precedence (lower wins). */
const PRECEDENCE = { utf8: 0, empty: 1, structure: 2, parse: 3 } as const;
type Fatal = { rank: number; problem: CsvProblem };

/**
 * One table's CSV file, read chunk by chunk: UTF-8 is checked as the bytes arrive, the line
 * structure (line ends, bare CRs, unclosed quotes) as the text arrives, and each complete record is
 * parsed (csv-parse), its cells read by kind and its record validated by the entity's schema. Valid
 * records go to `onRecord` with their line; problems are collected (`problems`), and a file that
 * cannot be read as a table at all (`unreadable`) reports one problem only, as the whole-file reader
 * always did.
 */
export class CsvTableReader<R> {
  /** The problems of this file (one only when it is unreadable). */
  problems: CsvProblem[] = [];
  /** How many row problems there were (all are counted; at most `keep` are kept). */
  count = 0;
  /** Keys of rows that were rejected (already reported), so references to them are not reported again. */
  readonly rejectedKeys = new Set<string>();
  rows = 0;

  private readonly decoder = new TextDecoder("utf-8", { fatal: true });
  private fatal: Fatal | null = null;
  private started = false;
  private sawText = false;
  private decodedLines = 0;
  // Line structure (see checkLineStructure), carried across chunks.
  private quoted = false;
  private fieldStart = true;
  private line = 1;
  private openedOn = 0;
  private first: "LF" | "CRLF" | null = null;
  private lastChar = -1;
  private pendingCr = false;
  // Complete records not yet parsed are parsed at once; the rest waits for its line end.
  private pending = "";
  private pendingLine = 1;
  private tooLarge = false;
  private header: { position: Map<string, number>; keyAt: number; width: number } | null = null;

  constructor(
    private readonly spec: TableSpec<R>,
    private readonly schema: z.ZodType<R>,
    private readonly file: string,
    private readonly onRecord: (record: R, line: number) => void,
    private readonly keep = Number.POSITIVE_INFINITY,
  ) {
    this.verdict = verdictFor(schema);
  }

  /** The schema's verdict without zod, for the schemas that have one (transactions, streams). */
  private readonly verdict: ((value: unknown) => boolean) | undefined;

  get unreadable(): boolean {
    return this.fatal !== null;
  }

  /** A carriage return outside quotes that does not end the line. */
  private bareCr(): void {
    this.fail(
      "structure",
      csvProblem(
        "csv_bare_cr",
        this.file,
        this.line,
        null,
        "has a carriage return (CR) outside quotes that does not end the line",
      ),
    );
  }

  private fail(kind: keyof typeof PRECEDENCE, problem: CsvProblem): void {
    const rank = PRECEDENCE[kind];
    if (this.fatal && this.fatal.rank <= rank) return;
    this.fatal = { rank, problem };
    this.problems = [problem];
  }

  private add(problem: CsvProblem): void {
    this.count++;
    if (this.problems.length < this.keep) this.problems.push(problem);
  }

  /** The next bytes of the file. */
  push(bytes: Uint8Array): void {
    if (this.fatal?.rank === PRECEDENCE.utf8) return;
    let text: string;
    try {
      text = this.decoder.decode(bytes, { stream: true });
    } catch {
      const loose = new TextDecoder("utf-8").decode(bytes);
      const at = loose.indexOf("\uFFFD");
      const line = at < 0 ? null : this.decodedLines + loose.slice(0, at).split("\n").length;
      this.fail(
        "utf8",
        csvProblem("csv_not_utf8", this.file, line, null, "is not valid UTF-8 text (save it as UTF-8)"),
      );
      return;
    }
    this.text(text);
  }

  /** The end of the file. */
  end(): void {
    if (this.fatal?.rank !== PRECEDENCE.utf8) {
      try {
        this.text(this.decoder.decode());
      } catch {
        this.fail(
          "utf8",
          csvProblem(
            "csv_not_utf8",
            this.file,
            this.decodedLines + 1,
            null,
            "is not valid UTF-8 text (save it as UTF-8)",
          ),
        );
      }
    }
    if (this.fatal?.rank === PRECEDENCE.utf8) return;
    if (!this.sawText) {
      this.fail("empty", csvProblem("csv_empty", this.file, null, null, "is empty (expected a header row)"));
      return;
    }
    if (this.fatal && this.fatal.rank <= PRECEDENCE.structure) return;
    if (this.quoted) {
      this.fail(
        "structure",
        csvProblem(
          "csv_quote",
          this.file,
          this.openedOn,
          null,
          "has a quote that opens on this line and is never closed",
        ),
      );
      return;
    }
    if (this.pending !== "" && !this.fatal) this.parseRecords(this.pending, this.pendingLine);
    this.pending = "";
    if (!this.fatal && !this.header)
      this.fail(
        "parse",
        csvProblem(
          "csv_header",
          this.file,
          1,
          null,
          "has the wrong header: missing " + this.spec.columns.map((c) => c.name).join(", "),
        ),
      );
  }

  private text(chunk: string): void {
    if (chunk === "") return;
    if (!this.started) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    if (!this.sawText && /\S/.test(chunk)) this.sawText = true;
    if (this.fatal && this.fatal.rank <= PRECEDENCE.structure) {
      for (let at = chunk.indexOf("\n"); at >= 0; at = chunk.indexOf("\n", at + 1)) this.decodedLines++;
      return;
    }
    const linesBefore = this.line;
    const boundary = this.scan(chunk);
    this.decodedLines += this.line - linesBefore;
    if (this.fatal && this.fatal.rank <= PRECEDENCE.structure) return;
    if (this.fatal || this.tooLarge) return; // a parse problem: only the structure is still checked
    if (boundary < 0) {
      this.pending += chunk;
    } else {
      const complete = this.pending + chunk.slice(0, boundary + 1);
      const startLine = this.pendingLine;
      this.pending = chunk.slice(boundary + 1);
      this.pendingLine = this.line;
      this.parseRecords(complete, startLine);
    }
    if (this.pending.length > 2 * MAX_FIELD_BYTES) {
      this.tooLarge = true;
      this.pending = "";
      this.fail(
        "parse",
        csvProblem(
          "csv_field_too_large",
          this.file,
          this.pendingLine,
          null,
          `has a field over ${MAX_FIELD_BYTES} bytes`,
        ),
      );
    }
  }

  /**
   * Check the line structure of the next text (as checkLineStructure does for a whole file) and
   * return the index of its last line end outside quotes (-1 when there is none).
   */
  private scan(text: string): number {
    // Most chunks hold neither quotes nor CRs: only their line ends matter.
    if (!this.quoted && !this.pendingCr && text.indexOf('"') < 0 && text.indexOf("\r") < 0) {
      let last = -1;
      for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) {
        if (this.first === null) this.first = "LF";
        else if (this.first !== "LF") {
          this.fail(
            "structure",
            csvProblem(
              "csv_line_endings",
              this.file,
              this.line,
              null,
              `ends with LF but line 1 ends with ${this.first}; use one kind of line end throughout the file`,
            ),
          );
          return last;
        }
        this.line++;
        last = at;
      }
      if (text.length > 0) {
        const c = text.charCodeAt(text.length - 1);
        this.fieldStart = c === 10 || c === 44;
        this.lastChar = c;
      }
      return last;
    }
    let last = -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.pendingCr) {
        this.pendingCr = false;
        if (c !== 10) {
          this.bareCr();
          return last;
        }
      }
      if (this.quoted) {
        if (c === 34) {
          if (i + 1 < text.length) {
            if (text.charCodeAt(i + 1) === 34) i++;
            else this.quoted = false;
          } else {
            // The next chunk decides: a quote followed by a quote is an escaped quote.
            this.quoted = false;
            this.lastChar = c;
            this.fieldStart = false;
            continue;
          }
        } else if (c === 10) this.line++;
        this.lastChar = c;
        continue;
      }
      if (c === 34 && i === 0 && this.lastChar === 34 && !this.fieldStart) {
        // The second quote of an escaped pair split across chunks: back inside the quotes.
        this.quoted = true;
        this.lastChar = -1;
        continue;
      }
      if (c === 34 && this.fieldStart) {
        this.quoted = true;
        this.openedOn = this.line;
        this.fieldStart = false;
      } else if (c === 44) this.fieldStart = true;
      else if (c === 10) {
        const kind = this.lastChar === 13 ? "CRLF" : "LF";
        this.first ??= kind;
        if (kind !== this.first) {
          this.fail(
            "structure",
            csvProblem(
              "csv_line_endings",
              this.file,
              this.line,
              null,
              `ends with ${kind} but line 1 ends with ${this.first}; use one kind of line end throughout the file`,
            ),
          );
          return last;
        }
        this.line++;
        this.fieldStart = true;
        last = i;
      } else if (c === 13) {
        if (i + 1 < text.length) {
          if (text.charCodeAt(i + 1) !== 10) {
            this.bareCr();
            return last;
          }
        } else this.pendingCr = true;
      } else this.fieldStart = false;
      this.lastChar = c;
    }
    return last;
  }

  /** Parse complete records (text ending with a line end, or the file's last record) starting on `startLine`. */
  private parseRecords(text: string, startLine: number): void {
    const records = splitRecords(text, startLine);
    if ("problem" in records) {
      const { kind, line, message } = records.problem;
      if (kind === "too_large")
        this.fail(
          "parse",
          csvProblem("csv_field_too_large", this.file, line, null, `has a field over ${MAX_FIELD_BYTES} bytes`),
        );
      else this.fail("parse", csvProblem("csv_malformed", this.file, line, null, `is not well-formed CSV: ${message}`));
      return;
    }
    const { fieldsOf, lines } = records;
    let i = 0;
    if (!this.header) {
      const head = fieldsOf[0];
      if (!head) return;
      i = 1;
      if (!this.readHeader(head)) return;
    }
    const { position, keyAt, width } = this.header as NonNullable<typeof this.header>;
    const spec = this.spec;
    const expected = spec.columns.map((c) => c.name);
    const at = spec.columns.map((c) => position.get(c.name) as number);
    // Each record's cells start as a copy of one object holding every column: a copy keeps the
    // template's shape, where adding two dozen properties one by one to {} was the largest part of
    // the reader's time.
    const template: Record<string, unknown> = {};
    for (const c of spec.columns) template[c.name] = undefined;
    for (; i < fieldsOf.length; i++) {
      const fields = fieldsOf[i] as string[];
      // A quoted field may span lines: the line the record starts on.
      const line = lines[i] as number;
      if (fields.length !== width) {
        this.add(
          csvProblem("csv_field_count", this.file, line, null, `has ${fields.length} fields, expected ${width}`),
        );
        if (fields[keyAt] !== undefined) this.rejectedKeys.add(fields[keyAt] as string);
        continue;
      }
      const cells: Record<string, unknown> = { ...template };
      let rowOk = true;
      const columns = spec.columns;
      for (let c = 0; c < columns.length; c++) {
        const column = columns[c] as (typeof columns)[number];
        const value = readCell(column.kind, fields[at[c] as number] as string);
        if (!(value instanceof CellRefusal)) cells[column.name] = value;
        else {
          this.add(csvProblem("csv_cell", this.file, line, column.name, value.reason));
          rowOk = false;
        }
      }
      const record = rowOk ? spec.fromRow(cells) : null;
      // The schema's verdict without zod where there is one (every transaction and stream of a large
      // file); zod parses only the records that fail, for their issues.
      const result =
        record === null
          ? null
          : this.verdict?.(record)
            ? { success: true as const, data: record as R }
            : this.schema.safeParse(record);
      if (result && !result.success) {
        for (const issue of result.error.issues) {
          this.add(
            csvProblem(
              issue.code,
              this.file,
              line,
              columnOfPath(issue.path, expected),
              `${issue.path.map(String).join(".") || spec.entity}: ${issue.message}`,
            ),
          );
        }
      }
      if (!result?.success) {
        this.rejectedKeys.add(fields[keyAt] as string);
        continue;
      }
      this.rows++;
      this.onRecord(result.data, line);
    }
  }

  private readHeader(got: string[]): boolean {
    const expected = this.spec.columns.map((c) => c.name);
    const missing = expected.filter((c) => !got.includes(c));
    const unexpected = got.filter((c) => !expected.includes(c));
    const repeated = got.filter((c, i) => got.indexOf(c) !== i);
    if (missing.length > 0 || unexpected.length > 0 || repeated.length > 0) {
      const parts = [
        missing.length ? `missing ${missing.join(", ")}` : "",
        unexpected.length ? `unexpected ${unexpected.map((c) => clip(c)).join(", ")}` : "",
        repeated.length ? `repeated ${[...new Set(repeated)].map((c) => clip(c)).join(", ")}` : "",
      ].filter(Boolean);
      this.fail("parse", csvProblem("csv_header", this.file, 1, null, `has the wrong header: ${parts.join("; ")}`));
      return false;
    }
    const position = new Map(got.map((name, i) => [name, i]));
    this.header = { position, keyAt: position.get(this.spec.key) as number, width: got.length };
    return true;
  }
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
  const rows: { record: R; line: number }[] = [];
  const reader = new CsvTableReader(spec, schema, file, (record, line) => rows.push({ record, line }));
  reader.push(bytes);
  reader.end();
  if (reader.unreadable) return { rows: [], problems: reader.problems, rejectedKeys: new Set(), unreadable: true };
  return { rows, problems: reader.problems, rejectedKeys: reader.rejectedKeys, unreadable: false };
}
