// `loadCsv`: stream a dataset's CSV files into SQLite in one transaction that first takes the write
// lock. Each file is read in chunks: every row is validated as it arrives (file, line and column of
// each problem) and inserted with a prepared statement; references across files are checked against
// compact indexes (id sets and small maps of the parent tables) and, for the transactions, against
// the rows already inserted in this transaction (their primary key is the index). The integrity
// checks (INT-1..INT-4, INT-6) and metadata.json's SHA-256s run at the end, the ones that need the
// transactions reading them back from the same transaction. Any problem rolls everything back:
// the database is left as it was.
import { createHash } from "node:crypto";
import { closeSync, existsSync, openSync, readFileSync, readSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { z } from "zod";
import { METADATA_FILE, type MetadataFile, parseMetadataFile } from "../csv/metadata-file.ts";
import { CsvLoadError } from "../csv/problems.ts";
import { liabilityAccountProblems, ownershipProblem } from "../csv/cross-checks.ts";
import { CHUNK_BYTES, type CsvProblem, csvProblem, CsvTableReader } from "../csv/read.ts";
import { type Issue, IssueCollector } from "../issues/issue.ts";
// The integrity checks are pure functions over records; the loader runs them on what it loads.
import { replayAccount } from "../quality/balance-replay.ts";
import {
  checkLiabilities,
  checkStreams,
  checkTransferPairs,
  dailyBalanceIssues,
  reconciliationIssues,
} from "../quality/integrity.ts";
import { type Account, AccountSchema } from "../schemas/account.ts";
import { type Liability, LiabilitySchema } from "../schemas/liability.ts";
import { type LifeEvent, LifeEventSchema } from "../schemas/life-event.ts";
import { type RecurringStream, RecurringStreamSchema } from "../schemas/recurring-stream.ts";
import { type Transaction, TransactionSchema } from "../schemas/transaction.ts";
import { type User, UserSchema } from "../schemas/user.ts";
import type { TableSpec } from "../tables/columns.ts";
import {
  accountsTable,
  liabilitiesTable,
  lifeEventsTable,
  recurringStreamsTable,
  transactionsTable,
  usersTable,
} from "../tables/tables.ts";
import { sqlCell } from "./cells.ts";
import type { PrismaClient } from "./client.ts";
import { migrateDatabase } from "./migrate.ts";
import { databaseFileOf, type PersistCounts, type PersistOptions } from "./persist.ts";

export { CsvLoadError };

/** At most this many problems are kept on a `CsvLoadError` (all are counted). */
export const KEPT_PROBLEMS = 100_000;

export interface LoadCsvOptions extends Pick<PersistOptions, "onProgress"> {
  /**
   * Load data that fails the integrity checks or metadata.json's SHA-256s, and return those
   * problems as `warnings` instead of refusing it (`--allow-inconsistent`).
   */
  allowInconsistent?: boolean;
}

export interface LoadCsvResult {
  counts: PersistCounts;
  /** Integrity and SHA-256 problems that were loaded anyway (`allowInconsistent`); empty otherwise. */
  warnings: Issue[];
}

/** A dataset folder to load: the rows are read, checked and written in one pass by `writeCheckedCsv`. */
export interface CheckedCsv {
  dir: string;
  allowInconsistent: boolean;
}

/** Problems in the order the loader reports them, each group capped (every problem is counted). */
class Bucket {
  readonly kept: CsvProblem[] = [];
  count = 0;
  add(problem: CsvProblem): void {
    this.count++;
    if (this.kept.length < KEPT_PROBLEMS) this.kept.push(problem);
  }
}

/** A growable list of line numbers, by insertion order (row k of this load is at `get(k)`). */
class Lines {
  private data = new Int32Array(1024);
  length = 0;
  push(line: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = line;
  }
  get(k: number): number {
    return this.data[k] as number;
  }
}

type AnySpec = TableSpec<never>;

/** One table's insert statement and where this load's rows begin (rowids above `base`). */
interface Target {
  spec: AnySpec;
  insert: Database.Statement;
  base: number;
  /** The table held rows before this load (then each row is looked up: `already_loaded`). */
  held: boolean;
  lines: Lines;
  inserted: number;
  cells: (string | number | null)[];
}

/** The statement inserting one row of a table, its columns in the spec's order. */
export function insertSql(spec: TableSpec<never>): string {
  const names = spec.columns.map((c) => `"${c.name}"`).join(", ");
  return `INSERT INTO "${spec.table}" (${names}) VALUES (${spec.columns.map(() => "?").join(", ")})`;
}

/**
 * Drops a table's secondary indexes and returns the statements that build them again: loading into
 * an empty table, one sort per index after the rows costs less than an index update per row.
 */
export function dropSecondaryIndexes(db: Database.Database, table: string): string[] {
  const indexes = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL`)
    .all(table) as { name: string; sql: string }[];
  for (const index of indexes) db.exec(`DROP INDEX "${index.name}"`);
  return indexes.map((index) => index.sql);
}

/** The connection settings of a load (see loadCsvIntoFile). */
export function useLoadSettings(db: Database.Database): void {
  db.pragma("busy_timeout = 10000");
  // References are checked by the loader itself (against the files, as before): the foreign keys
  // would only repeat that work for every row.
  db.pragma("foreign_keys = OFF");
  db.pragma("cache_size = -65536");
}

function target(db: Database.Database, spec: AnySpec): Target {
  const insert = db.prepare(insertSql(spec));
  const base = (db.prepare(`SELECT max(rowid) FROM "${spec.table}"`).pluck().get() as number | null) ?? 0;
  return {
    spec,
    insert,
    base,
    held: base > 0,
    lines: new Lines(),
    inserted: 0,
    cells: new Array<string | number | null>(spec.columns.length),
  };
}

function insertRow(t: Target, record: unknown, line: number): void {
  const { columns } = t.spec;
  for (let i = 0; i < columns.length; i++)
    t.cells[i] = sqlCell(columns[i] as AnySpec["columns"][number], record as never);
  t.insert.run(t.cells);
  t.lines.push(line);
  t.inserted++;
}

function readMetadata(dir: string, bucket: Bucket): MetadataFile | null {
  const path = join(dir, METADATA_FILE);
  if (!existsSync(path)) return null;
  if (!statSync(path).isFile()) {
    bucket.add(csvProblem("metadata_not_a_file", METADATA_FILE, null, null, "is not a file"));
    return null;
  }
  const parsed = parseMetadataFile(readFileSync(path, "utf8"));
  if ("problems" in parsed) {
    for (const p of parsed.problems) bucket.add(p);
    return null;
  }
  return parsed.metadata;
}

const isConstraint = (error: unknown) =>
  typeof (error as { code?: unknown }).code === "string" &&
  ((error as { code: string }).code === "SQLITE_CONSTRAINT_PRIMARYKEY" ||
    (error as { code: string }).code === "SQLITE_CONSTRAINT_UNIQUE");

/**
 * Whether `value` is the first of its kind in the file: a repeat adds a `duplicate_id` problem naming
 * the first line. `keep` detaches the key kept in `seen` from the parsed chunk (`own`).
 */
function firstSeen(
  seen: Map<string, number>,
  bucket: Bucket,
  file: string,
  line: number,
  field: string,
  value: string,
  keep: (text: string) => string = (text) => text,
): boolean {
  const first = seen.get(value);
  if (first === undefined) {
    seen.set(keep(value), line);
    return true;
  }
  bucket.add(csvProblem("duplicate_id", file, line, field, `duplicate ${field} ${value} (first on line ${first})`));
  return false;
}

/** Whether `value` is not yet in the database: otherwise an `already_loaded` problem. */
function notHeld(
  held: (value: string) => boolean,
  bucket: Bucket,
  file: string,
  line: number,
  field: string,
  value: string,
): boolean {
  if (!held(value)) return true;
  bucket.add(csvProblem("already_loaded", file, line, field, `${field} ${value} is already in the database`));
  return false;
}

/**
 * A copy of a string that keeps nothing else alive. A field cut from a chunk of the file is a slice
 * that holds the whole chunk in memory: anything kept past its chunk (index keys) is
 * copied first, or every chunk of the file would stay in memory.
 */
function own(text: string): string {
  return (" " + text).slice(1);
}

/** A transaction as the integrity checks read it: only the fields they use. */
type Slim = Pick<
  Transaction,
  "transaction_id" | "account_id" | "user_id" | "date" | "amount" | "transfer_id" | "stream_id"
> & {
  personal_finance_category: { primary: string };
};

/** The loader proper, inside an open write transaction on `db`. */
function loadInto(
  db: Database.Database,
  dir: string,
  options: LoadCsvOptions,
): { counts: PersistCounts; warnings: Issue[] } {
  const metaBucket = new Bucket();
  const metadata = readMetadata(dir, metaBucket);
  const window = metadata ? { start: metadata.date_range.start, end: metadata.date_range.end } : null;

  const files = {
    users: usersTable.file,
    accounts: accountsTable.file,
    transactions: transactionsTable.file,
    liabilities: liabilitiesTable.file,
    recurringStreams: recurringStreamsTable.file,
    lifeEvents: lifeEventsTable.file,
  };
  // Problems of each file, then each cross-file group, in the order they are reported.
  const fileBuckets = new Map<string, Bucket>(Object.values(files).map((f) => [f, new Bucket()]));
  const dup = {
    userId: new Bucket(),
    email: new Bucket(),
    account: new Bucket(),
    transaction: new Bucket(),
    liability: new Bucket(),
    stream: new Bucket(),
    lifeEvent: new Bucket(),
  };
  const refs = {
    accounts: new Bucket(),
    transactions: new Bucket(),
    liabilities: new Bucket(),
    streams: new Bucket(),
    lifeEvents: new Bucket(),
  };
  // Rows already in the database, per unique column (reported only when nothing else is wrong).
  const already = {
    userId: new Bucket(),
    email: new Bucket(),
    account: new Bucket(),
    transaction: new Bucket(),
    liability: new Bucket(),
    stream: new Bucket(),
    lifeEvent: new Bucket(),
  };
  let unreadable = false;
  const hashes = new Map<string, string>();
  const rejected = { users: new Set<string>(), accounts: new Set<string>(), transactions: new Set<string>() };

  const t = {
    users: target(db, usersTable as AnySpec),
    accounts: target(db, accountsTable as AnySpec),
    streams: target(db, recurringStreamsTable as AnySpec),
    transactions: target(db, transactionsTable as AnySpec),
    liabilities: target(db, liabilitiesTable as AnySpec),
    lifeEvents: target(db, lifeEventsTable as AnySpec),
  };
  const heldBefore = (tg: Target, column: string) => {
    const stmt = db.prepare(`SELECT 1 FROM "${tg.spec.table}" WHERE "${column}" = ? AND rowid <= ?`).pluck();
    return (value: string) => tg.held && stmt.get(value, tg.base) !== undefined;
  };

  const totalBytes = Object.values(files).reduce((sum, f) => {
    const path = join(dir, f);
    return sum + (existsSync(path) && statSync(path).isFile() ? statSync(path).size : 0);
  }, 0);
  let readBytes = 0;

  /** Stream one file through a reader; false when it is missing (and optional). */
  function readFile<R>(
    spec: TableSpec<R>,
    schema: z.ZodType<R>,
    required: boolean,
    onRecord: (record: R, line: number) => void,
  ): { present: boolean; rejected: Set<string> } {
    const bucket = fileBuckets.get(spec.file) as Bucket;
    const path = join(dir, spec.file);
    if (!existsSync(path)) {
      if (required) {
        bucket.add(csvProblem("csv_missing_file", spec.file, null, null, `is missing from ${dir}`));
        unreadable = true;
      }
      return { present: false, rejected: new Set() };
    }
    if (!statSync(path).isFile()) {
      bucket.add(csvProblem("csv_not_a_file", spec.file, null, null, `is not a file (a folder?) in ${dir}`));
      unreadable = true;
      return { present: false, rejected: new Set() };
    }
    const reader = new CsvTableReader(spec, schema, spec.file, onRecord, KEPT_PROBLEMS);
    const hash = createHash("sha256");
    const fd = openSync(path, "r");
    try {
      const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
      for (;;) {
        const n = readSync(fd, buffer, 0, buffer.length, null);
        if (n === 0) break;
        const chunk = buffer.subarray(0, n);
        hash.update(chunk);
        reader.push(chunk);
        readBytes += n;
        options.onProgress?.(readBytes, totalBytes);
      }
    } finally {
      closeSync(fd);
    }
    reader.end();
    hashes.set(spec.file, hash.digest("hex"));
    bucket.count += reader.unreadable ? 1 : reader.count;
    bucket.kept.push(...reader.problems.slice(0, KEPT_PROBLEMS));
    if (reader.unreadable) unreadable = true;
    return { present: true, rejected: reader.unreadable ? new Set() : reader.rejectedKeys };
  }

  // Users: ids and emails unique; the set of ids is the index the other files refer to.
  const userLine = new Map<string, number>();
  const emailLine = new Map<string, number>();
  const userHeld = heldBefore(t.users, "user_id");
  const emailHeld = heldBefore(t.users, "email");
  rejected.users = readFile<User>(usersTable, UserSchema, true, (u, line) => {
    let ok = true;
    if (!firstSeen(userLine, dup.userId, files.users, line, "user_id", u.user_id, own)) ok = false;
    if (!firstSeen(emailLine, dup.email, files.users, line, "email", u.email)) ok = false;
    if (!notHeld(userHeld, already.userId, files.users, line, "user_id", u.user_id)) ok = false;
    if (!notHeld(emailHeld, already.email, files.users, line, "email", u.email)) ok = false;
    if (ok) insertRow(t.users, u, line);
  }).rejected;
  emailLine.clear();
  const knownUser = (id: string) => userLine.has(id) || rejected.users.has(id);

  // Accounts: kept whole (a few per user): the owners, types and balances the other files are checked against.
  const accounts = new Map<string, { record: Account; line: number }>();
  const accountHeld = heldBefore(t.accounts, "account_id");
  rejected.accounts = readFile<Account>(accountsTable, AccountSchema, true, (a, line) => {
    let ok = true;
    const first = accounts.get(a.account_id);
    if (first !== undefined) {
      dup.account.add(
        csvProblem(
          "duplicate_id",
          files.accounts,
          line,
          "account_id",
          `duplicate account_id ${a.account_id} (first on line ${first.line})`,
        ),
      );
      ok = false;
    }
    if (!knownUser(a.user_id))
      refs.accounts.add(
        csvProblem(
          "unknown_reference",
          files.accounts,
          line,
          "user_id",
          `user_id ${a.user_id} is not in ${files.users}`,
        ),
      );
    if (!notHeld(accountHeld, already.account, files.accounts, line, "account_id", a.account_id)) ok = false;
    if (first === undefined) accounts.set(a.account_id, { record: a, line });
    if (ok) insertRow(t.accounts, a, line);
  }).rejected;

  const ownedAccount = (bucket: Bucket, file: string, line: number, accountId: string, userId: string) => {
    const row = { file, line, accountId, userId };
    const problem = ownershipProblem(accounts.get(accountId)?.record, rejected.accounts, files.accounts, row);
    if (problem) bucket.add(problem);
  };

  // Streams (before the transactions that name them): ids, owners; their transaction lists are checked at the end.
  const streamLine = new Map<string, number>();
  const streamOwner = new Map<number, CsvProblem[]>();
  const streamHeld = heldBefore(t.streams, "stream_id");
  const streamsRead = readFile<RecurringStream>(recurringStreamsTable, RecurringStreamSchema, false, (s, line) => {
    let ok = true;
    if (!firstSeen(streamLine, dup.stream, files.recurringStreams, line, "stream_id", s.stream_id, own)) ok = false;
    const owner = new Bucket();
    ownedAccount(owner, files.recurringStreams, line, s.account_id, s.user_id);
    if (!notHeld(streamHeld, already.stream, files.recurringStreams, line, "stream_id", s.stream_id)) ok = false;
    if (ok) {
      if (owner.count > 0) streamOwner.set(t.streams.inserted, owner.kept);
      insertRow(t.streams, s, line);
    } else for (const p of owner.kept) refs.streams.add(p);
  });
  const hasStreams = streamsRead.present;

  // Transactions: inserted as they come; the primary key finds duplicates. Nothing of them is kept in
  // memory: the integrity checks read transfer legs and loan payments back from this transaction.
  // Into an empty table, the secondary indexes are built once after the rows (in this transaction):
  // one sort each instead of an index update per row.
  const deferred = t.transactions.held ? [] : dropSecondaryIndexes(db, "transactions");
  const txnRowid = db.prepare(`SELECT rowid FROM "transactions" WHERE transaction_id = ?`).pluck();
  // Ids of this file's transactions that were already in the database (not inserted again).
  const heldTxns = new Set<string>();
  rejected.transactions = readFile<Transaction>(transactionsTable, TransactionSchema, true, (x, line) => {
    try {
      insertRow(t.transactions, x, line);
    } catch (error) {
      if (!isConstraint(error)) throw error;
      const rowid = txnRowid.get(x.transaction_id) as number | undefined;
      if (rowid !== undefined && rowid <= t.transactions.base) {
        heldTxns.add(x.transaction_id);
        already.transaction.add(
          csvProblem(
            "already_loaded",
            files.transactions,
            line,
            "transaction_id",
            `transaction_id ${x.transaction_id} is already in the database`,
          ),
        );
      } else {
        const first = rowid === undefined ? "?" : String(t.transactions.lines.get(rowid - t.transactions.base - 1));
        dup.transaction.add(
          csvProblem(
            "duplicate_id",
            files.transactions,
            line,
            "transaction_id",
            `duplicate transaction_id ${x.transaction_id} (first on line ${first})`,
          ),
        );
      }
    }
    ownedAccount(refs.transactions, files.transactions, line, x.account_id, x.user_id);
    if (window && (x.date < window.start || x.date > window.end))
      refs.transactions.add(
        csvProblem(
          "outside_window",
          files.transactions,
          line,
          "date",
          `date ${x.date} is outside ${window.start}..${window.end}`,
        ),
      );
    if (hasStreams && x.stream_id !== null && !streamLine.has(x.stream_id))
      refs.transactions.add(
        csvProblem(
          "unknown_reference",
          files.transactions,
          line,
          "stream_id",
          `stream_id ${x.stream_id} is not in ${files.recurringStreams}`,
        ),
      );
  }).rejected;
  for (const sql of deferred) db.exec(sql);
  const loadedTxn = (id: string) => {
    if (rejected.transactions.has(id) || heldTxns.has(id)) return true;
    const rowid = txnRowid.get(id) as number | undefined;
    return rowid !== undefined && rowid > t.transactions.base;
  };

  // Liabilities: kept whole (one per card or loan) for the integrity checks.
  const liabilities: { record: Liability; line: number }[] = [];
  const liabilityLine = new Map<string, number>();
  const liabilityOf = new Map<string, number>();
  const liabilityHeld = heldBefore(t.liabilities, "liability_id");
  readFile<Liability>(liabilitiesTable, LiabilitySchema, true, (l, line) => {
    let ok = true;
    if (!firstSeen(liabilityLine, dup.liability, files.liabilities, line, "liability_id", l.liability_id)) ok = false;
    ownedAccount(refs.liabilities, files.liabilities, line, l.account_id, l.user_id);
    const account = accounts.get(l.account_id)?.record;
    for (const problem of liabilityAccountProblems(account, liabilityOf, l, files.liabilities, line))
      refs.liabilities.add(problem);
    if (!notHeld(liabilityHeld, already.liability, files.liabilities, line, "liability_id", l.liability_id)) ok = false;
    liabilities.push({ record: l, line });
    if (ok) insertRow(t.liabilities, l, line);
  });

  // Life events (after the transactions, whose ids they list).
  const eventLine = new Map<string, number>();
  const eventHeld = heldBefore(t.lifeEvents, "life_event_id");
  readFile<LifeEvent>(lifeEventsTable, LifeEventSchema, false, (e, line) => {
    let ok = true;
    if (!firstSeen(eventLine, dup.lifeEvent, files.lifeEvents, line, "life_event_id", e.life_event_id)) ok = false;
    if (!knownUser(e.user_id))
      refs.lifeEvents.add(
        csvProblem(
          "unknown_reference",
          files.lifeEvents,
          line,
          "user_id",
          `user_id ${e.user_id} is not in ${files.users}`,
        ),
      );
    const missing = e.transaction_ids.filter((id) => !loadedTxn(id));
    if (missing.length > 0)
      refs.lifeEvents.add(
        csvProblem(
          "unknown_reference",
          files.lifeEvents,
          line,
          "transaction_ids",
          `lists transaction ${missing[0]}, which is not in ${files.transactions}`,
        ),
      );
    if (!notHeld(eventHeld, already.lifeEvent, files.lifeEvents, line, "life_event_id", e.life_event_id)) ok = false;
    if (ok) insertRow(t.lifeEvents, e, line);
  });

  // The streams' transaction lists, read back from this load's rows.
  type StreamRow = {
    rowid: number;
    stream_id: string;
    account_id: string;
    first_date: string;
    last_date: string;
    transaction_ids: string;
  };
  // One pass over the streams: the transactions they list must exist (a reference problem), and
  // the transactions carrying their id must match them (integrity, reported only when nothing
  // else is wrong). A listed id that carries the stream's id exists: only the others are looked up.
  const streamRows = () =>
    db
      .prepare(
        `SELECT rowid, stream_id, account_id, first_date, last_date, transaction_ids FROM "recurring_streams" WHERE rowid > ? ORDER BY rowid`,
      )
      .iterate(t.streams.base) as IterableIterator<StreamRow>;
  // A member on the stream's own account comes back without its account_id (null), and every member
  // takes the stream's own id string: a million members' rows are otherwise a million copies of the
  // same two ids, garbage that made this pass's memory jump by 130 MB in some runs.
  const members = db
    .prepare(
      `SELECT transaction_id, CASE WHEN account_id = @account THEN NULL ELSE account_id END, date FROM "transactions" WHERE stream_id = @stream AND rowid > @base ORDER BY date, rowid`,
    )
    .raw(true);
  const streamIssues: Issue[] = [];
  if (!unreadable && hasStreams) {
    for (const s of streamRows()) {
      const k = s.rowid - t.streams.base - 1;
      for (const p of streamOwner.get(k) ?? []) refs.streams.add(p);
      const ids = JSON.parse(s.transaction_ids) as string[];
      const rows = members.all({ stream: s.stream_id, base: t.transactions.base, account: s.account_id }) as [
        string,
        string | null,
        string,
      ][];
      const carrying = rows.map(
        ([transaction_id, account_id, date]) =>
          ({ transaction_id, account_id: account_id ?? s.account_id, date, stream_id: s.stream_id }) as Transaction,
      );
      // Listed ids that carry the stream's id exist; only the others are looked up (a stream lists a few dozen).
      const missing = ids.filter((id) => !carrying.some((x) => x.transaction_id === id) && !loadedTxn(id));
      const stream = { ...s, transaction_ids: ids } as unknown as RecurringStream;
      streamIssues.push(...checkStreams([stream], carrying));
      if (missing.length > 0)
        refs.streams.add(
          csvProblem(
            "unknown_reference",
            files.recurringStreams,
            t.streams.lines.get(k),
            "transaction_ids",
            `lists ${missing.length} transaction(s) not in ${files.transactions}, e.g. ${missing[0]}`,
          ),
        );
    }
  }

  const problems = new IssueCollector(KEPT_PROBLEMS);
  const addBucket = (b: Bucket) => {
    problems.addAll(b.kept);
    problems.count += b.count - b.kept.length;
  };
  addBucket(metaBucket);
  for (const b of fileBuckets.values()) addBucket(b);
  // When a file could not be read at all, cross-file checks would only repeat that problem.
  if (!unreadable) {
    for (const b of Object.values(dup)) addBucket(b);
    for (const b of Object.values(refs)) addBucket(b);
  }

  const inconsistent: CsvProblem[] = [];
  if (metadata) {
    for (const [file, hash] of hashes) {
      const recorded = metadata.files[file]?.sha256;
      if (recorded === undefined)
        inconsistent.push(
          csvProblem("sha256_unrecorded", METADATA_FILE, null, `files.${file}`, `records no SHA-256 for ${file}`),
        );
      else if (recorded !== hash)
        inconsistent.push(
          csvProblem(
            "sha256_mismatch",
            file,
            null,
            null,
            `its SHA-256 ${hash.slice(0, 12)}… differs from ${recorded.slice(0, 12)}… in ${METADATA_FILE} (edited after export?)`,
          ),
        );
    }
  }
  const held = new IssueCollector(KEPT_PROBLEMS);
  for (const b of Object.values(already)) {
    held.addAll(b.kept);
    held.count += b.count - b.kept.length;
  }
  // Integrity is only meaningful on records that all passed their own checks (and were all written).
  if (problems.count === 0 && held.count === 0) {
    const lineOf = new Map<string, { file: string; line: number }>();
    for (const [id, { line }] of accounts) lineOf.set(id, { file: files.accounts, line });
    for (const { record, line } of liabilities) lineOf.set(record.liability_id, { file: files.liabilities, line });
    for (const [id, line] of streamLine) lineOf.set(id, { file: files.recurringStreams, line });
    const add = (code: string, found: Issue[]) => {
      for (const p of found) {
        const id = String(p.path[0] ?? "");
        const at = lineOf.get(id);
        inconsistent.push({
          code,
          path: [],
          message: `${id}: ${p.message}`,
          file: at?.file ?? files.transactions,
          ...(at ? { line: at.line } : {}),
        });
      }
    };
    // One read of each account's rows, in date order, for three checks: the balance replay (pending
    // transactions are set apart and overdraft fees dated), the account's latest loan payment (all
    // that the liability check reads of it) and its transfer legs.
    // Rows as arrays (`raw`): 1.75 million row objects with their column names cost a second.
    const ofAccount = db
      .prepare(
        `SELECT rowid, user_id, date, amount, pending, pfc_primary, pfc_detailed, transfer_id FROM "transactions" WHERE account_id = ? AND rowid > ? ORDER BY date, rowid`,
      )
      .raw(true);
    type AccountRow = [
      rowid: number,
      user_id: string,
      date: string,
      amount: number,
      pending: number,
      pfc_primary: string,
      pfc_detailed: string,
      transfer_id: string | null,
    ];
    const asReplayed = (r: AccountRow) =>
      ({
        date: r[2],
        amount: r[3],
        pending: r[4] === 1,
        personal_finance_category: { detailed: r[6] },
      }) as unknown as Transaction;
    const asSlim = (r: AccountRow, account_id: string, transfer_id: string | null): Slim => ({
      transaction_id: "",
      account_id,
      user_id: r[1],
      date: r[2],
      amount: r[3],
      transfer_id,
      stream_id: null,
      personal_finance_category: { primary: r[5] },
    });
    const reconciliation: Issue[] = [];
    const daily: Issue[] = [];
    const payments: Slim[] = [];
    // A transfer's legs share a user: they are paired within each user's accounts (the accounts file
    // lists a user's accounts together), so only one user's legs are held at a time. Transfers that
    // are not two legs within one user wait in `strays` and are checked together at the end.
    type Leg = { rowid: number; slim: Slim };
    const transferIssues: Issue[] = [];
    const checkTransfer = (id: string, legs: readonly Leg[]) => {
      const found = checkTransferPairs(legs.map((l) => l.slim) as Transaction[]);
      if (found.length > 0 && !lineOf.has(id)) {
        const first = Math.min(...legs.map((l) => l.rowid));
        lineOf.set(id, { file: files.transactions, line: t.transactions.lines.get(first - t.transactions.base - 1) });
      }
      transferIssues.push(...found);
    };
    let userLegs = new Map<string, Leg[]>();
    const strays = new Map<string, Leg[]>();
    const closeUser = () => {
      for (const [id, legs] of userLegs) {
        if (legs.length === 2) checkTransfer(id, legs);
        else strays.set(id, [...(strays.get(id) ?? []), ...legs]);
      }
      userLegs = new Map();
    };
    let user: string | undefined;
    for (const { record } of accounts.values()) {
      if (record.user_id !== user) closeUser();
      user = record.user_id;
      const rows = ofAccount.all(record.account_id, t.transactions.base) as AccountRow[];
      const replay = replayAccount(record, rows.map(asReplayed));
      reconciliation.push(...reconciliationIssues([replay]));
      daily.push(...dailyBalanceIssues([replay]));
      let latest: AccountRow | undefined;
      for (const r of rows) {
        if (r[3] > 0 && r[5] === "LOAN_PAYMENTS") latest = r;
        const transfer = r[7];
        if (transfer === null) continue;
        const leg = { rowid: r[0], slim: asSlim(r, record.account_id, transfer) };
        const legs = userLegs.get(transfer);
        if (legs) legs.push(leg);
        else userLegs.set(transfer, [leg]);
      }
      if (latest) payments.push(asSlim(latest, record.account_id, null));
    }
    closeUser();
    for (const [id, legs] of strays) checkTransfer(id, legs);
    add("integrity_reconciliation", reconciliation);
    add("integrity_daily_balance", daily);
    add("integrity_transfer", transferIssues);
    add(
      "integrity_liability",
      checkLiabilities(
        [...accounts.values()].map((a) => a.record),
        liabilities.map((l) => l.record),
        payments as Transaction[],
      ),
    );
    if (hasStreams) add("integrity_stream", streamIssues);
  }
  if (!options.allowInconsistent) problems.addAll(inconsistent);
  if (problems.count > 0) throw new CsvLoadError(problems.kept, problems.count);
  if (held.count > 0) throw new CsvLoadError(held.kept, held.count);
  return {
    counts: {
      users: t.users.inserted,
      accounts: t.accounts.inserted,
      recurringStreams: t.streams.inserted,
      transactions: t.transactions.inserted,
      liabilities: t.liabilities.inserted,
      lifeEvents: t.lifeEvents.inserted,
    },
    warnings: options.allowInconsistent ? inconsistent : [],
  };
}

/**
 * Load a dataset folder into a SQLite database file in one IMMEDIATE transaction: all or nothing.
 * The file must hold the schema (see `migrateDatabase`). Throws a `CsvLoadError` listing every
 * problem (file, line, column, message); then the database is as it was.
 */
export function loadCsvIntoFile(file: string, dir: string, options: LoadCsvOptions = {}): LoadCsvResult {
  const db = new Database(file, { fileMustExist: true });
  try {
    useLoadSettings(db);
    db.exec("BEGIN IMMEDIATE");
    try {
      const result = loadInto(db, dir, options);
      db.exec("COMMIT");
      return result;
    } catch (error) {
      if (db.inTransaction) db.exec("ROLLBACK");
      throw error;
    }
  } finally {
    db.close();
  }
}

/**
 * Load into a database file, creating and migrating it when it does not exist; a refused load into a
 * new path leaves no file behind.
 */
export function loadCsvToPath(file: string, dir: string, options: LoadCsvOptions = {}): LoadCsvResult {
  const existed = existsSync(file);
  migrateDatabase(file);
  try {
    return loadCsvIntoFile(file, dir, options);
  } catch (error) {
    if (!existed && isEmptyDatabase(file)) {
      for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
    }
    throw error;
  }
}

function isEmptyDatabase(file: string): boolean {
  try {
    const db = new Database(file, { fileMustExist: true, readonly: true });
    try {
      return [usersTable, accountsTable, transactionsTable].every(
        (s) => db.prepare(`SELECT count(*) FROM "${s.table}"`).pluck().get() === 0,
      );
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/**
 * Name a folder to load. The rows are read, checked and written in one pass (`writeCheckedCsv`);
 * kept for the callers that first checked and then wrote.
 */
export function checkCsvDir(dir: string, options: Pick<LoadCsvOptions, "allowInconsistent"> = {}): CheckedCsv {
  return { dir, allowInconsistent: options.allowInconsistent === true };
}

/** Stream a folder into the database behind `prisma` (a file) in one transaction; any problem is a `CsvLoadError` and writes nothing. */
export async function writeCheckedCsv(
  prisma: PrismaClient,
  checked: CheckedCsv,
  options: LoadCsvOptions = {},
): Promise<LoadCsvResult> {
  const file = await databaseFileOf(prisma);
  if (file === null) throw new Error("loadCsv needs a SQLite database file (not an in-memory database)");
  return loadCsvIntoFile(file, checked.dir, {
    ...options,
    allowInconsistent: checked.allowInconsistent || options.allowInconsistent === true,
  });
}

/**
 * Load `synthetic_users.csv`, `synthetic_accounts.csv`, `synthetic_transactions.csv`,
 * `synthetic_liabilities.csv` (and `recurring_streams.csv`, `life_events.csv` when present) from
 * `dir`. Throws a `CsvLoadError` listing every problem (file, line, column, message) and writes
 * nothing if there is any.
 *
 * @example
 * await loadCsv(prisma, "data");
 */
export async function loadCsv(prisma: PrismaClient, dir: string, options: LoadCsvOptions = {}): Promise<LoadCsvResult> {
  return writeCheckedCsv(prisma, checkCsvDir(dir, options), options);
}
