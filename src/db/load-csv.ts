// `loadCsv`: read a dataset's CSV files, validate every row, every cross-file reference, the
// dataset's integrity (the INT checks) and metadata.json, and only then write everything in one
// transaction that first takes the write lock and refuses rows already in the database. Any
// problem means nothing is written.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { crossCheck, type CsvTables, type Located } from "../csv/cross-checks.ts";
import { METADATA_FILE, type MetadataFile, parseMetadataFile } from "../csv/metadata-file.ts";
import { CsvLoadError } from "../csv/problems.ts";
import { type CsvProblem, csvProblem, readTableCsv } from "../csv/read.ts";
import { type Issue, IssueCollector } from "../issues/issue.ts";
// The integrity checks are pure functions over records; the loader runs them on what it loads.
import {
  checkDailyBalances,
  checkLiabilities,
  checkReconciliation,
  checkStreams,
  checkTransferPairs,
} from "../quality/integrity.ts";
import { AccountSchema } from "../schemas/account.ts";
import { LiabilitySchema } from "../schemas/liability.ts";
import { LifeEventSchema } from "../schemas/life-event.ts";
import { RecurringStreamSchema } from "../schemas/recurring-stream.ts";
import { TransactionSchema } from "../schemas/transaction.ts";
import { UserSchema } from "../schemas/user.ts";
import type { TableSpec } from "../tables/columns.ts";
import {
  accountsTable,
  liabilitiesTable,
  lifeEventsTable,
  recurringStreamsTable,
  transactionsTable,
  usersTable,
} from "../tables/tables.ts";
import type { PrismaClient } from "./client.ts";
import { type PersistCounts, type PersistOptions, persistDataset } from "./persist.ts";

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

/** A dataset folder read and checked, ready to be written. */
export interface CheckedCsv {
  tables: CsvTables;
  warnings: Issue[];
}

interface ReadState {
  problems: IssueCollector;
  /** A file could not be read as a table: cross-file checks would only repeat that. */
  unreadable: boolean;
  rejected: Record<string, Set<string>>;
  /** SHA-256 of each file read, by file name. */
  hashes: Map<string, string>;
}

function readOne<R>(
  dir: string,
  spec: TableSpec<R>,
  schema: z.ZodType<R>,
  required: boolean,
  state: ReadState,
): Located<R>[] | null {
  const path = join(dir, spec.file);
  if (!existsSync(path)) {
    if (required) {
      state.problems.add(csvProblem("csv_missing_file", spec.file, null, null, `is missing from ${dir}`));
      state.unreadable = true;
    }
    return null;
  }
  if (!statSync(path).isFile()) {
    state.problems.add(csvProblem("csv_not_a_file", spec.file, null, null, `is not a file (a folder?) in ${dir}`));
    state.unreadable = true;
    return null;
  }
  const bytes = readFileSync(path);
  state.hashes.set(spec.file, createHash("sha256").update(bytes).digest("hex"));
  const read = readTableCsv(spec, schema, spec.file, bytes);
  state.problems.addAll(read.problems);
  state.unreadable ||= read.unreadable;
  state.rejected[spec.table] = read.rejectedKeys;
  return read.rows;
}

function readMetadata(dir: string, problems: IssueCollector): MetadataFile | null {
  const path = join(dir, METADATA_FILE);
  if (!existsSync(path)) return null;
  if (!statSync(path).isFile()) {
    problems.add(csvProblem("metadata_not_a_file", METADATA_FILE, null, null, "is not a file"));
    return null;
  }
  const parsed = parseMetadataFile(readFileSync(path, "utf8"));
  if ("problems" in parsed) {
    problems.addAll(parsed.problems);
    return null;
  }
  return parsed.metadata;
}

/** The integrity checks (INT-1..INT-4, INT-6) as issues, each placed at the line of the record it names. */
function integrityProblems(tables: CsvTables): CsvProblem[] {
  const records = <R>(rows: Located<R>[] | null) => (rows ?? []).map((r) => r.record);
  const accounts = records(tables.accounts);
  const transactions = records(tables.transactions);
  const lineOf = new Map<string, { file: string; line: number }>();
  for (const { record, line } of tables.accounts) lineOf.set(record.account_id, { file: accountsTable.file, line });
  for (const { record, line } of tables.liabilities)
    lineOf.set(record.liability_id, { file: liabilitiesTable.file, line });
  for (const { record, line } of tables.recurringStreams ?? [])
    lineOf.set(record.stream_id, { file: recurringStreamsTable.file, line });
  for (const { record, line } of tables.transactions) {
    if (record.transfer_id !== null && !lineOf.has(record.transfer_id))
      lineOf.set(record.transfer_id, { file: transactionsTable.file, line });
    if (record.stream_id !== null && !lineOf.has(record.stream_id))
      lineOf.set(record.stream_id, { file: transactionsTable.file, line });
  }
  const out: CsvProblem[] = [];
  const add = (code: string, found: Issue[]) => {
    for (const p of found) {
      const id = String(p.path[0] ?? "");
      const at = lineOf.get(id);
      out.push({
        code,
        path: [],
        message: `${id}: ${p.message}`,
        file: at?.file ?? transactionsTable.file,
        ...(at ? { line: at.line } : {}),
      });
    }
  };
  add("integrity_reconciliation", checkReconciliation(accounts, transactions));
  add("integrity_daily_balance", checkDailyBalances(accounts, transactions));
  add("integrity_transfer", checkTransferPairs(transactions));
  add("integrity_liability", checkLiabilities(accounts, records(tables.liabilities), transactions));
  if (tables.recurringStreams) add("integrity_stream", checkStreams(records(tables.recurringStreams), transactions));
  return out;
}

/**
 * Read and check a dataset folder without touching a database: every row, every reference across
 * files, metadata.json (strict; its SHA-256s must match the files), and the integrity checks.
 * Throws a `CsvLoadError` with every problem; with `allowInconsistent`, integrity and SHA-256
 * problems are returned as warnings instead.
 */
export function checkCsvDir(dir: string, options: Pick<LoadCsvOptions, "allowInconsistent"> = {}): CheckedCsv {
  const problems = new IssueCollector(KEPT_PROBLEMS);
  const metadata = readMetadata(dir, problems);
  const state: ReadState = { problems, unreadable: false, rejected: {}, hashes: new Map() };
  const tables: CsvTables = {
    users: readOne(dir, usersTable, UserSchema, true, state) ?? [],
    accounts: readOne(dir, accountsTable, AccountSchema, true, state) ?? [],
    transactions: readOne(dir, transactionsTable, TransactionSchema, true, state) ?? [],
    liabilities: readOne(dir, liabilitiesTable, LiabilitySchema, true, state) ?? [],
    recurringStreams: readOne(dir, recurringStreamsTable, RecurringStreamSchema, false, state),
    lifeEvents: readOne(dir, lifeEventsTable, LifeEventSchema, false, state),
  };
  // When a file could not be read at all, cross-file checks would only repeat that problem.
  if (!state.unreadable) {
    const none = new Set<string>();
    problems.addAll(
      crossCheck(tables, {
        rejected: {
          users: state.rejected.users ?? none,
          accounts: state.rejected.accounts ?? none,
          transactions: state.rejected.transactions ?? none,
        },
        files: {
          users: usersTable.file,
          accounts: accountsTable.file,
          transactions: transactionsTable.file,
          liabilities: liabilitiesTable.file,
          recurringStreams: recurringStreamsTable.file,
          lifeEvents: lifeEventsTable.file,
        },
        window: metadata ? { startDate: metadata.date_range.start, endDate: metadata.date_range.end } : null,
      }),
    );
  }
  const inconsistent: CsvProblem[] = [];
  if (metadata) {
    for (const [file, hash] of state.hashes) {
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
  // Integrity is only meaningful on records that all passed their own checks.
  if (problems.count === 0) inconsistent.push(...integrityProblems(tables));
  if (!options.allowInconsistent) problems.addAll(inconsistent);
  if (problems.count > 0) throw new CsvLoadError(problems.kept, problems.count);
  return { tables, warnings: options.allowInconsistent ? inconsistent : [] };
}

/** The columns whose values must not already be in the database, with the file and the value of each row. */
const UNIQUE_COLUMNS: {
  table: string;
  column: string;
  rows: (t: CsvTables) => { file: string; located: Located<unknown>[]; value: (r: never) => string };
}[] = [
  {
    table: "users",
    column: "user_id",
    rows: (t) => ({ file: usersTable.file, located: t.users, value: (u: { user_id: string }) => u.user_id }),
  },
  {
    table: "users",
    column: "email",
    rows: (t) => ({ file: usersTable.file, located: t.users, value: (u: { email: string }) => u.email }),
  },
  {
    table: "accounts",
    column: "account_id",
    rows: (t) => ({
      file: accountsTable.file,
      located: t.accounts,
      value: (a: { account_id: string }) => a.account_id,
    }),
  },
  {
    table: "transactions",
    column: "transaction_id",
    rows: (t) => ({
      file: transactionsTable.file,
      located: t.transactions,
      value: (x: { transaction_id: string }) => x.transaction_id,
    }),
  },
  {
    table: "liabilities",
    column: "liability_id",
    rows: (t) => ({
      file: liabilitiesTable.file,
      located: t.liabilities,
      value: (l: { liability_id: string }) => l.liability_id,
    }),
  },
  {
    table: "recurring_streams",
    column: "stream_id",
    rows: (t) => ({
      file: recurringStreamsTable.file,
      located: t.recurringStreams ?? [],
      value: (s: { stream_id: string }) => s.stream_id,
    }),
  },
  {
    table: "life_events",
    column: "life_event_id",
    rows: (t) => ({
      file: lifeEventsTable.file,
      located: t.lifeEvents ?? [],
      value: (e: { life_event_id: string }) => e.life_event_id,
    }),
  },
];

/** Write a checked folder in one transaction; rows already in the database (checked under the write lock) make it a `CsvLoadError`. */
export async function writeCheckedCsv(
  prisma: PrismaClient,
  checked: CheckedCsv,
  options: LoadCsvOptions = {},
): Promise<LoadCsvResult> {
  const { tables } = checked;
  const records = <R>(rows: Located<R>[] | null) => (rows ?? []).map((r) => r.record);
  const counts = await persistDataset(
    prisma,
    {
      users: records(tables.users),
      accounts: records(tables.accounts),
      transactions: records(tables.transactions),
      liabilities: records(tables.liabilities),
      recurringStreams: records(tables.recurringStreams),
      lifeEvents: records(tables.lifeEvents),
    },
    {
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      guard: {
        columns: UNIQUE_COLUMNS.map((u) => [u.table, u.column] as const),
        verify: (existing) => {
          const problems = new IssueCollector(KEPT_PROBLEMS);
          for (const u of UNIQUE_COLUMNS) {
            const taken = existing.get(`${u.table}.${u.column}`);
            if (!taken || taken.size === 0) continue;
            const { file, located, value } = u.rows(tables);
            for (const { record, line } of located) {
              const v = value(record as never);
              if (taken.has(v))
                problems.add(
                  csvProblem("already_loaded", file, line, u.column, `${u.column} ${v} is already in the database`),
                );
            }
          }
          if (problems.count > 0) throw new CsvLoadError(problems.kept, problems.count);
        },
      },
    },
  );
  return { counts, warnings: checked.warnings };
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
