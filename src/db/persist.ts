// `persistDataset`: write a whole dataset in one database transaction, parents before children,
// all or nothing. Prisma owns the schema and is the query client, but its adapter writes about
// 2,600 rows/s with `createMany` (20,000 with multi-row raw INSERTs); so for a database file the
// rows go in through a second, better-sqlite3 connection to the same file, with prepared
// statements in one transaction. An in-memory database falls back to raw INSERTs through Prisma.
import Database from "better-sqlite3";
import type { Dataset } from "../dataset/build-dataset.ts";
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
import { sqlCell } from "./cells.ts";

/** SQLite accepts at most 32,766 bound parameters per statement. */
const MAX_PARAMETERS = 30_000;
const MAX_ROWS_PER_STATEMENT = 500;

export interface PersistCounts {
  users: number;
  accounts: number;
  recurringStreams: number;
  transactions: number;
  liabilities: number;
  lifeEvents: number;
}

export interface PersistOptions {
  /** Called as rows are written with the rows written so far and the total. */
  onProgress?: (written: number, total: number) => void;
  /** Delete every existing row first, in the same transaction (so a failure keeps the old rows). */
  replace?: boolean;
  /**
   * Refuse (with a `DatabaseNotEmptyError`) a database that already holds rows. Checked inside the
   * write transaction, after taking the write lock, so two writers cannot both find it empty.
   */
  requireEmpty?: boolean;
  /**
   * Checked inside the write transaction, after taking the write lock: the values already in the
   * given columns are handed to `verify`, which throws to write nothing (the loader's duplicates).
   */
  guard?: PersistGuard;
}

export interface PersistGuard {
  columns: readonly (readonly [table: string, column: string])[];
  /** Existing values by `table.column`; throw to abort the transaction. */
  verify: (existing: ReadonlyMap<string, ReadonlySet<string>>) => void;
}

/** Thrown by `persistDataset` with `requireEmpty` when the database already holds rows; nothing was written. */
export class DatabaseNotEmptyError extends Error {
  readonly counts: Record<string, number>;

  constructor(counts: Record<string, number>) {
    super(`the database already holds ${counts.users ?? 0} users and ${counts.transactions ?? 0} transactions`);
    this.name = "DatabaseNotEmptyError";
    this.counts = counts;
  }
}

/** Rows per table of a database file, read in one transaction (a consistent snapshot, even while another process writes). */
export function countRows(file: string): Record<string, number> {
  const db = new Database(file, { fileMustExist: true, readonly: true });
  try {
    db.pragma("busy_timeout = 10000");
    return db.transaction(() =>
      Object.fromEntries(
        DELETE_ORDER.map((t) => [t, (db.prepare(`SELECT COUNT(*) FROM "${t}"`).pluck().get() as number) ?? 0]),
      ),
    )();
  } finally {
    db.close();
  }
}

function checkEmpty(counts: Record<string, number>): void {
  if (Object.values(counts).some((n) => n > 0)) throw new DatabaseNotEmptyError(counts);
}

/** Children before parents: the order to delete in. */
const DELETE_ORDER = ["life_events", "liabilities", "transactions", "recurring_streams", "accounts", "users"] as const;

type Tx = Pick<PrismaClient, "$executeRawUnsafe">;

async function insertAll<R>(tx: Tx, spec: TableSpec<R>, records: readonly R[], done: () => void): Promise<void> {
  const names = spec.columns.map((c) => `"${c.name}"`).join(", ");
  const perRow = `(${spec.columns.map(() => "?").join(", ")})`;
  const rowsPerStatement = Math.max(
    1,
    Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(MAX_PARAMETERS / spec.columns.length)),
  );
  for (let start = 0; start < records.length; start += rowsPerStatement) {
    const batch = records.slice(start, start + rowsPerStatement);
    const params: (string | number | null)[] = [];
    for (const record of batch) for (const column of spec.columns) params.push(sqlCell(column, record));
    const sql = `INSERT INTO "${spec.table}" (${names}) VALUES ${batch.map(() => perRow).join(", ")}`;
    await tx.$executeRawUnsafe(sql, ...params);
    done();
  }
}

/** The file behind the Prisma client's main database, or null for an in-memory one. */
export async function databaseFileOf(prisma: PrismaClient): Promise<string | null> {
  const rows = await prisma.$queryRawUnsafe<{ name: string; file: string | null }[]>("PRAGMA database_list");
  const main = rows.find((r) => r.name === "main");
  return main?.file ? main.file : null;
}

type Tables = Omit<Dataset, "meta">;

function orderedTables(dataset: Tables): [TableSpec<never>, readonly unknown[]][] {
  return [
    [usersTable, dataset.users],
    [accountsTable, dataset.accounts],
    [recurringStreamsTable, dataset.recurringStreams],
    [transactionsTable, dataset.transactions],
    [liabilitiesTable, dataset.liabilities],
    [lifeEventsTable, dataset.lifeEvents],
  ] as unknown as [TableSpec<never>, readonly unknown[]][];
}

/** Prepared single-row inserts in one IMMEDIATE transaction on a direct connection. */
function persistDirect(file: string, dataset: Tables, options: PersistOptions, onProgress: (n: number) => void): void {
  const replace = options.replace === true;
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma("foreign_keys = ON");
    db.pragma("busy_timeout = 10000");
    const load = db.transaction(() => {
      // BEGIN IMMEDIATE holds the write lock from here: checks and writes see the same database.
      if (options.requireEmpty && !replace) {
        checkEmpty(
          Object.fromEntries(
            DELETE_ORDER.map((t) => [t, (db.prepare(`SELECT COUNT(*) FROM "${t}"`).pluck().get() as number) ?? 0]),
          ),
        );
      }
      if (options.guard) {
        const existing = new Map<string, ReadonlySet<string>>();
        for (const [table, column] of options.guard.columns)
          existing.set(
            `${table}.${column}`,
            new Set(db.prepare(`SELECT "${column}" FROM "${table}"`).pluck().all() as string[]),
          );
        options.guard.verify(existing);
      }
      if (replace) for (const table of DELETE_ORDER) db.prepare(`DELETE FROM "${table}"`).run();
      for (const [spec, records] of orderedTables(dataset)) {
        const names = spec.columns.map((c) => `"${c.name}"`).join(", ");
        const insert = db.prepare(
          `INSERT INTO "${spec.table}" (${names}) VALUES (${spec.columns.map(() => "?").join(", ")})`,
        );
        const cells = new Array<string | number | null>(spec.columns.length);
        let sinceReport = 0;
        for (const record of records) {
          for (let i = 0; i < spec.columns.length; i++)
            cells[i] = sqlCell(spec.columns[i] as TableSpec<never>["columns"][number], record as never);
          insert.run(cells);
          if (++sinceReport === 5_000) {
            onProgress(sinceReport);
            sinceReport = 0;
          }
        }
        onProgress(sinceReport);
      }
    });
    load.immediate();
  } finally {
    db.close();
  }
}

/**
 * Write a dataset to the database in one transaction; on any error nothing is written.
 *
 * @example
 * await persistDataset(prisma, buildDataset({ users: 100, seed: 42 }));
 */
export async function persistDataset(
  prisma: PrismaClient,
  dataset: Omit<Dataset, "meta">,
  options: PersistOptions = {},
): Promise<PersistCounts> {
  const total =
    dataset.users.length +
    dataset.accounts.length +
    dataset.recurringStreams.length +
    dataset.transactions.length +
    dataset.liabilities.length +
    dataset.lifeEvents.length;
  let written = 0;
  const tick = (table: { length: number }) => () => {
    written = Math.min(total, written + table.length);
    options.onProgress?.(written, total);
  };
  const file = await databaseFileOf(prisma);
  if (file !== null) {
    persistDirect(file, dataset, options, (n) => tick({ length: n })());
    return countsOf(dataset);
  }
  await prisma.$transaction(
    async (tx) => {
      if (options.requireEmpty && !options.replace) {
        const counts: Record<string, number> = {};
        for (const t of DELETE_ORDER)
          counts[t] = Number(
            (await tx.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT COUNT(*) AS n FROM "${t}"`))[0]?.n ?? 0,
          );
        checkEmpty(counts);
      }
      if (options.guard) {
        const existing = new Map<string, ReadonlySet<string>>();
        for (const [table, column] of options.guard.columns) {
          const rows = await tx.$queryRawUnsafe<{ v: string }[]>(`SELECT "${column}" AS v FROM "${table}"`);
          existing.set(`${table}.${column}`, new Set(rows.map((r) => r.v)));
        }
        options.guard.verify(existing);
      }
      if (options.replace) for (const table of DELETE_ORDER) await tx.$executeRawUnsafe(`DELETE FROM "${table}"`);
      // Count rows per statement, not per table, for a smooth progress bar.
      const step = <R>(spec: TableSpec<R>, records: readonly R[]) => {
        const per = Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(MAX_PARAMETERS / spec.columns.length)));
        let left = records.length;
        return insertAll(tx, spec, records, () => {
          const n = Math.min(per, left);
          left -= n;
          tick({ length: n })();
        });
      };
      await step(usersTable, dataset.users);
      await step(accountsTable, dataset.accounts);
      await step(recurringStreamsTable, dataset.recurringStreams);
      await step(transactionsTable, dataset.transactions);
      await step(liabilitiesTable, dataset.liabilities);
      await step(lifeEventsTable, dataset.lifeEvents);
    },
    { maxWait: 60_000, timeout: 30 * 60_000 },
  );
  return countsOf(dataset);
}

function countsOf(dataset: Tables): PersistCounts {
  return {
    users: dataset.users.length,
    accounts: dataset.accounts.length,
    recurringStreams: dataset.recurringStreams.length,
    transactions: dataset.transactions.length,
    liabilities: dataset.liabilities.length,
    lifeEvents: dataset.lifeEvents.length,
  };
}
