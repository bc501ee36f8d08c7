// The six CSV files of a dataset, written customer by customer (so memory stays bounded), with a
// SHA-256 and a row count for each.
import { createHash, type Hash } from "node:crypto";
import { closeSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { Customer } from "../dataset/customer.ts";
import { csvHeader, csvRows } from "../csv/write.ts";
import type { TableSpec } from "../tables/columns.ts";
import {
  accountsTable,
  liabilitiesTable,
  lifeEventsTable,
  recurringStreamsTable,
  transactionsTable,
  usersTable,
} from "../tables/tables.ts";

export interface FileSummary {
  rows: number;
  bytes: number;
  sha256: string;
}

/** The six CSV files, in order, and each one's records of a customer. */
export const OUTPUTS: { spec: TableSpec<never>; of: (c: Customer) => readonly unknown[] }[] = [
  { spec: usersTable as TableSpec<never>, of: (c) => [c.user] },
  { spec: accountsTable as TableSpec<never>, of: (c) => c.accounts },
  { spec: transactionsTable as TableSpec<never>, of: (c) => c.transactions },
  { spec: liabilitiesTable as TableSpec<never>, of: (c) => c.liabilities },
  { spec: recurringStreamsTable as TableSpec<never>, of: (c) => c.recurringStreams },
  { spec: lifeEventsTable as TableSpec<never>, of: (c) => c.lifeEvents },
];

/** Hashes (and optionally writes) the CSV text of customers as they come. */
export class CsvSink {
  private readonly state: { fd: number | null; hash: Hash; rows: number; bytes: number }[];

  /** With `dir`, files are written there; without, only hashed (to compare a second run). */
  constructor(dir: string | null) {
    this.state = OUTPUTS.map(({ spec }) => {
      const fd = dir === null ? null : openSync(join(dir, spec.file), "w");
      const s = { fd, hash: createHash("sha256"), rows: 0, bytes: 0 };
      this.write(s, csvHeader(spec));
      return s;
    });
  }

  private write(s: { fd: number | null; hash: Hash; bytes: number }, text: string): void {
    if (text === "") return;
    const buffer = Buffer.from(text, "utf8");
    s.hash.update(buffer);
    s.bytes += buffer.length;
    if (s.fd !== null) writeSync(s.fd, buffer);
  }

  /** Append CSV lines (no header) holding `rows` rows to the `i`-th file of OUTPUTS. */
  addText(i: number, text: string | Uint8Array, rows: number): void {
    const s = this.state[i] as (typeof this.state)[number];
    s.rows += rows;
    if (typeof text === "string") this.write(s, text);
    else if (text.length > 0) {
      s.hash.update(text);
      s.bytes += text.length;
      if (s.fd !== null) writeSync(s.fd, text);
    }
  }

  add(customer: Customer): void {
    OUTPUTS.forEach(({ spec, of }, i) => {
      const records = of(customer);
      const s = this.state[i] as (typeof this.state)[number];
      s.rows += records.length;
      this.write(s, csvRows(spec, records as never[]));
    });
  }

  /** The SHA-256 of what each file holds so far (the files stay open). */
  prefixHashes(): Record<string, string> {
    return Object.fromEntries(
      OUTPUTS.map(({ spec }, i) => [
        spec.file,
        (this.state[i] as (typeof this.state)[number]).hash.copy().digest("hex"),
      ]),
    );
  }

  /** Close the files; the summary of each, by file name. */
  finish(): Record<string, FileSummary> {
    const out: Record<string, FileSummary> = {};
    OUTPUTS.forEach(({ spec }, i) => {
      const s = this.state[i] as (typeof this.state)[number];
      if (s.fd !== null) closeSync(s.fd);
      out[spec.file] = { rows: s.rows, bytes: s.bytes, sha256: s.hash.digest("hex") };
    });
    return out;
  }
}
