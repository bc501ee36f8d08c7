// Loading a dataset into PostgreSQL through `COPY ... FROM STDIN` (pg + pg-copy-streams), in one
// transaction, all or nothing. An empty schema gets the committed PostgreSQL migration first (its
// tables before the rows, its indexes and foreign keys after them); a schema that already holds rows
// is refused unless `replace` is given (then its rows are truncated inside the same transaction).
//
// Rows travel in the CSV format of src/csv (the same writer as the export): amounts with two decimals,
// `true`/`false`, JSON text, empty fields for null. That writer prefixes text that a spreadsheet would
// run as a formula with an apostrophe; PostgreSQL must hold the real values, so every table whose CSV
// may carry such a prefix gets one UPDATE that removes it (exactly as the CSV reader does), in the same
// transaction.
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { join } from "node:path";
import { Readable, Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { CsvBytes, csvHeader } from "../../csv/write.ts";
import { type Dataset, isDataset } from "../../dataset/build-dataset.ts";
import type { Customer } from "../../dataset/customer.ts";
import type { TableSpec } from "../../tables/columns.ts";
import { TABLES } from "../../tables/tables.ts";
import { redactUrl } from "../redact-url.ts";
import {
  appliedMigrations,
  migrationStatements,
  phasedStatements,
  postgresMigrations,
  recordMigration,
} from "./migrate.ts";

/** A PostgreSQL load that could not be done; nothing was written. The message is one line. */
export { redactUrl };

export class PostgresLoadError extends Error {
  override name = "PostgresLoadError";
}

export interface PostgresLoadOptions {
  /** Replace the rows of a schema that already holds data (in the same transaction). Default false. */
  replace?: boolean;
  /**
   * Add the rows to a schema that already holds data (for example the shards of a sharded export, one
   * load per shard). Ids already present stop the load (nothing is added). Not with `replace`.
   */
  append?: boolean;
  /** Load into this schema (sets `search_path` for the transaction); default: the connection's. */
  schema?: string;
  /** Customers per round of COPY commands when the source is an iterable of customers. Default 500. */
  batchCustomers?: number;
  /** Called as each step starts ("copy transactions", "ALTER TABLE ...", "commit"), for progress and timing. */
  onStep?: (step: string) => void;
}

export interface PostgresLoadResult {
  /** Rows written per table. */
  counts: Record<string, number>;
  /** Sum of `counts`. */
  rows: number;
  /** Migrations applied by this load (empty when the schema already existed). */
  migrated: string[];
  /** Whether existing rows were replaced. */
  replaced: boolean;
  /** Whether the rows were added to rows already there. */
  appended: boolean;
}

type AnySpec = TableSpec<unknown>;
const SPECS = TABLES as unknown as readonly AnySpec[];
/** Text written per CopyData message: large enough that per-message costs vanish. */
const CHUNK_RECORDS = 2000;

/** The connection string without Prisma's `schema` parameter (which `pg` does not know), and that schema. */
export function splitSchema(url: string): { connectionString: string; schema: string | undefined } {
  try {
    const u = new URL(url);
    const schema = u.searchParams.get("schema") ?? undefined;
    if (schema === undefined) return { connectionString: url, schema };
    u.searchParams.delete("schema");
    return { connectionString: u.toString(), schema };
  } catch {
    return { connectionString: url, schema: undefined };
  }
}

/** The total size in bytes of the dataset's tables (with their indexes) in the URL's schema. */
export async function databaseBytes(url: string): Promise<number> {
  checkUrl(url);
  const { connectionString, schema } = splitSchema(url);
  const client = new pg.Client({ connectionString });
  try {
    await client.connect();
    if (schema !== undefined) await client.query(`SET search_path TO ${ident(schema)}`);
    const row = await client.query<{ bytes: string | null }>(
      `SELECT sum(pg_total_relation_size(c.oid))::text AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname = ANY($1)`,
      [SPECS.map((s) => s.table)],
    );
    return Number(row.rows[0]?.bytes ?? 0);
  } catch (error) {
    throw new PostgresLoadError(`PostgreSQL at ${redactUrl(url)}: ${describeError(error)}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function checkUrl(url: string): void {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== "postgresql:" && parsed.protocol !== "postgres:")) {
    throw new PostgresLoadError(
      `invalid PostgreSQL URL "${redactUrl(url)}": expected postgresql://user@host:port/database`,
    );
  }
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Whether CSV text may hold a field that starts with the writer's apostrophe prefix. */
function mayHavePrefix(text: string): boolean {
  return text.startsWith("'") || text.includes(",'") || text.includes("\n'") || text.includes("\"'");
}

const APOSTROPHE = 0x27;
/** Bytes after which an apostrophe may start a field (or follow a field's opening quote): `,` line feed `"`. */
const FIELD_START = new Set([0x2c, 0x0a, 0x22]);

/**
 * `mayHavePrefix` on bytes, without decoding them: an apostrophe after `,`, a line feed or `"`, or at
 * the start of the chunk when the byte before it (`previous`, the last of the chunk before) is one.
 */
export function bytesMayHavePrefix(chunk: Buffer, previous: number): boolean {
  for (let at = chunk.indexOf(APOSTROPHE); at >= 0; at = chunk.indexOf(APOSTROPHE, at + 1)) {
    if (FIELD_START.has(at === 0 ? previous : chunk[at - 1]!)) return true;
  }
  return false;
}

function isTextKind(kind: string): boolean {
  return kind === "text" || kind === "text?";
}

/** Remove the writer's apostrophe prefix from every text column of a table (one statement). */
async function unprefix(client: pg.ClientBase, spec: AnySpec, table = spec.table): Promise<void> {
  const cols = spec.columns.filter((c) => isTextKind(c.kind)).map((c) => ident(c.name));
  if (cols.length === 0) return;
  const set = cols.map((c) => `${c} = CASE WHEN left(${c}, 1) = '''' THEN substr(${c}, 2) ELSE ${c} END`).join(", ");
  const where = cols.map((c) => `left(${c}, 1) = ''''`).join(" OR ");
  await client.query(`UPDATE ${ident(table)} SET ${set} WHERE ${where}`);
}

/**
 * COPY in CSV format. FREEZE (only into tables this transaction created) writes the rows already frozen:
 * no later hint-bit and vacuum work.
 */
function copyStatement(table: string, spec: AnySpec, header: boolean, freeze: boolean): string {
  const cols = spec.columns.map((c) => ident(c.name)).join(", ");
  return `COPY ${ident(table)} (${cols}) FROM STDIN WITH (FORMAT csv${freeze ? ", FREEZE true" : ""}${header ? ", HEADER true" : ""})`;
}

/** Where appended rows wait (a temporary table) until their prefixes are removed: the rows already there are never touched. */
const stagingTable = (spec: AnySpec) => `spendsense_append_${spec.table}`;

/** How rows go in: straight into the tables (FREEZE when created here), or through temporary tables when appending. */
type LoadMode = "fresh" | "direct" | "append";

/** The state a load runs in: which tables may need the apostrophe fix, and the rows per table. */
class LoadState {
  readonly counts: Record<string, number> = Object.fromEntries(SPECS.map((s) => [s.table, 0]));
  readonly prefixed = new Set<string>();
  constructor(
    readonly client: pg.ClientBase,
    readonly mode: LoadMode,
    readonly onStep?: (step: string) => void,
  ) {}

  /** COPY a stream of CSV text (or bytes) into a table. */
  async copy(spec: AnySpec, source: Readable, header: boolean, label: string): Promise<void> {
    this.onStep?.(`copy ${spec.table}`);
    const table = this.mode === "append" ? stagingTable(spec) : spec.table;
    const stream = this.client.query(copyFrom(copyStatement(table, spec, header, this.mode === "fresh")));
    const prefixed = this.prefixed;
    // The text before the first chunk counts as a line end: an apostrophe first in the file starts a field.
    let last = "\n";
    let lastByte = 0x0a;
    const scan = new Transform({
      transform(chunk: Buffer | string, _enc: BufferEncoding, done: TransformCallback) {
        if (chunk.length === 0) return done(null, chunk);
        if (!prefixed.has(spec.table)) {
          // Files arrive as bytes: searched as they are (decoding 500 MB to search it cost a second of CPU).
          const found = typeof chunk === "string" ? mayHavePrefix(last + chunk) : bytesMayHavePrefix(chunk, lastByte);
          if (found) prefixed.add(spec.table);
        }
        if (typeof chunk === "string") last = chunk.slice(-1);
        else lastByte = chunk[chunk.length - 1]!;
        done(null, chunk);
      },
    });
    try {
      await pipeline(source, scan, stream);
    } catch (error) {
      throw new PostgresLoadError(`${label}: ${describeError(error)}`);
    }
    this.counts[spec.table] = (this.counts[spec.table] ?? 0) + stream.rowCount;
  }

  /** COPY records of a table, formatted by the CSV writer in chunks as the stream pulls them. */
  async copyRecords(spec: AnySpec, records: readonly unknown[]): Promise<void> {
    if (records.length === 0) return;
    // Straight to UTF-8 bytes (CsvBytes), as the export writes them: no string to encode again.
    const sink = new CsvBytes();
    function* chunks(): Generator<Buffer> {
      for (let i = 0; i < records.length; i += CHUNK_RECORDS) {
        sink.rows(spec, records.slice(i, i + CHUNK_RECORDS));
        const bytes = sink.take();
        yield Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
      }
    }
    await this.copy(spec, Readable.from(chunks(), { objectMode: false }), false, `table ${spec.table}`);
  }
}

function describeError(error: unknown): string {
  if (error instanceof PostgresLoadError) return error.message;
  const e = error as { message?: string; where?: string; detail?: string };
  const where = e.where ? ` (${e.where.split("\n")[0]})` : "";
  const detail = e.detail ? ` ${e.detail}` : "";
  return `${(e.message ?? String(error)).split("\n")[0]}${detail}${where}`;
}

/**
 * Run `body` inside one transaction on a schema that is ready for rows: migrated when empty, refused
 * when it holds rows (unless `replace`). Commits only when everything succeeded.
 */
async function inLoadTransaction(
  url: string,
  options: PostgresLoadOptions,
  body: (state: LoadState) => Promise<void>,
): Promise<PostgresLoadResult> {
  checkUrl(url);
  const where = redactUrl(url);
  const { connectionString, schema: urlSchema } = splitSchema(url);
  const client = new pg.Client({ connectionString });
  try {
    await client.connect();
  } catch (error) {
    throw new PostgresLoadError(`cannot connect to PostgreSQL at ${where}: ${describeError(error)}`);
  }
  let open = false;
  try {
    await client.query("BEGIN");
    open = true;
    const named = options.schema ?? urlSchema;
    if (named !== undefined) {
      // A schema named in the URL (`?schema=`, as Prisma spells it) is created when missing, in this transaction.
      if (options.schema === undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS ${ident(named)}`);
      await client.query(`SET LOCAL search_path TO ${ident(named)}`);
    }
    // Index builds after the rows sort in memory rather than in temporary files (this transaction only).
    await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    // The keys and indexes built after the rows may use parallel workers (within the server's limits).
    await client.query(`SET LOCAL max_parallel_maintenance_workers = 2`);
    const schema = (await client.query<{ s: string | null }>("SELECT current_schema() AS s")).rows[0]?.s;
    if (!schema)
      throw new PostgresLoadError(
        `PostgreSQL at ${where}: no schema to load into (the search_path names no existing schema)`,
      );
    // One loader per schema at a time; a second one waits here and then sees the first one's rows.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('spendsense-fixtures:' || $1))", [schema]);

    const existing = new Set(
      (
        await client.query<{ table_name: string }>(
          `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ANY($1)`,
          [SPECS.map((s) => s.table)],
        )
      ).rows.map((r) => r.table_name),
    );
    const migrations = postgresMigrations();
    const migrated: string[] = [];
    let after: string[] = [];
    let replaced = false;
    let mode: LoadMode = "direct";
    if (options.replace && options.append)
      throw new PostgresLoadError("replace and append exclude each other: choose one");
    if (existing.size === 0) {
      mode = "fresh";
      const [first, ...rest] = migrations;
      if (!first) throw new PostgresLoadError("no PostgreSQL migration found under prisma/postgresql/migrations");
      const phased = phasedStatements(first.sql);
      for (const s of phased.tables) await client.query(s);
      after = phased.after;
      await recordMigration(client, first);
      migrated.push(first.name);
      // Later migrations alter what the first one built: they run after the rows and the first one's indexes.
      after.push(...rest.flatMap((m) => migrationStatements(m.sql)));
      for (const m of rest) {
        await recordMigration(client, m);
        migrated.push(m.name);
      }
    } else if (existing.size < SPECS.length) {
      const missing = SPECS.map((s) => s.table).filter((t) => !existing.has(t));
      throw new PostgresLoadError(
        `schema "${schema}" at ${where} holds some of the tables but not ${missing.join(", ")}: not a schema this loader migrated`,
      );
    } else {
      // Without Prisma's books the tables were made by hand (the Citus layout): load into them as they are.
      const applied = await appliedMigrations(client);
      for (const m of migrations) {
        if (applied === null || applied.has(m.name)) continue;
        for (const s of migrationStatements(m.sql)) await client.query(s);
        await recordMigration(client, m);
        migrated.push(m.name);
      }
      const counts = await client.query<{ table: string; n: string }>(
        SPECS.map((s) => `SELECT '${s.table}' AS table, count(*) AS n FROM ${ident(s.table)}`).join(" UNION ALL "),
      );
      const held = counts.rows.filter((r) => Number(r.n) > 0);
      if (held.length > 0 && !options.replace && !options.append) {
        const list = held.map((r) => `${r.table}: ${r.n}`).join(", ");
        throw new PostgresLoadError(
          `schema "${schema}" at ${where} already holds data (${list} rows); pass replace to overwrite it or append to add to it`,
        );
      }
      if (held.length > 0 && options.replace) {
        await client.query(`TRUNCATE ${SPECS.map((s) => ident(s.table)).join(", ")}`);
        replaced = true;
      }
      if (held.length > 0 && options.append) {
        mode = "append";
        for (const spec of SPECS) {
          await client.query(
            `CREATE TEMPORARY TABLE ${ident(stagingTable(spec))} (LIKE ${ident(spec.table)}) ON COMMIT DROP`,
          );
        }
      }
    }

    const state = new LoadState(client, mode, options.onStep);
    await body(state);
    for (const spec of SPECS) {
      if (!state.prefixed.has(spec.table)) continue;
      options.onStep?.(`unprefix ${spec.table}`);
      await unprefix(client, spec, mode === "append" ? stagingTable(spec) : spec.table);
    }
    if (mode === "append") {
      for (const spec of SPECS) {
        const cols = spec.columns.map((c) => ident(c.name)).join(", ");
        options.onStep?.(`insert ${spec.table}`);
        try {
          await client.query(
            `INSERT INTO ${ident(spec.table)} (${cols}) SELECT ${cols} FROM ${ident(stagingTable(spec))}`,
          );
        } catch (error) {
          throw new PostgresLoadError(`table ${spec.table}: ${describeError(error)}`);
        }
      }
    }
    for (const s of after) {
      options.onStep?.(s.split("\n")[0]!);
      try {
        await client.query(s);
      } catch (error) {
        throw new PostgresLoadError(`${describeError(error)} [${s.split("\n")[0]}]`);
      }
    }
    options.onStep?.("commit");
    await client.query("COMMIT");
    open = false;
    const rows = Object.values(state.counts).reduce((a, b) => a + b, 0);
    return { counts: state.counts, rows, migrated, replaced, appended: mode === "append" };
  } catch (error) {
    if (open) await client.query("ROLLBACK").catch(() => undefined);
    if (error instanceof PostgresLoadError) throw error;
    throw new PostgresLoadError(`PostgreSQL at ${where}: ${describeError(error)}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function isIterable(source: unknown): source is Iterable<unknown> | AsyncIterable<unknown> {
  return typeof source === "object" && source !== null && (Symbol.iterator in source || Symbol.asyncIterator in source);
}

/** A customer's records of a table. */
function customerRecords(c: Customer, table: string): readonly unknown[] {
  switch (table) {
    case "users":
      return [c.user];
    case "accounts":
      return c.accounts;
    case "transactions":
      return c.transactions;
    case "liabilities":
      return c.liabilities;
    case "recurring_streams":
      return c.recurringStreams;
    case "life_events":
      return c.lifeEvents;
    default:
      throw new Error(`unknown table ${table}`);
  }
}

function datasetRecords(d: Dataset, table: string): readonly unknown[] {
  switch (table) {
    case "users":
      return d.users;
    case "accounts":
      return d.accounts;
    case "transactions":
      return d.transactions;
    case "liabilities":
      return d.liabilities;
    case "recurring_streams":
      return d.recurringStreams;
    case "life_events":
      return d.lifeEvents;
    default:
      throw new Error(`unknown table ${table}`);
  }
}

/**
 * Load a dataset into PostgreSQL, all or nothing: a whole `Dataset` (one COPY per table), or customers
 * one at a time from an iterable (for example a generator over `forEachCustomer`), copied in rounds of
 * `batchCustomers` so memory stays bounded.
 *
 * @example
 * await persistDatasetPostgres("postgresql://postgres@127.0.0.1:5432/test", buildDataset({ users: 100 }));
 */
export async function persistDatasetPostgres(
  url: string,
  source: Dataset | Iterable<Customer> | AsyncIterable<Customer>,
  options: PostgresLoadOptions = {},
): Promise<PostgresLoadResult> {
  const batch = options.batchCustomers ?? 500;
  if (!Number.isInteger(batch) || batch < 1)
    throw new PostgresLoadError(`invalid option batchCustomers: ${batch} (must be a whole number >= 1)`);
  if (!isDataset(source) && !isIterable(source))
    throw new PostgresLoadError("persistDatasetPostgres: the source must be a dataset or an iterable of customers");
  return inLoadTransaction(url, options, async (state) => {
    if (isDataset(source)) {
      for (const spec of SPECS) await state.copyRecords(spec, datasetRecords(source, spec.table));
      return;
    }
    let pending: Customer[] = [];
    const flush = async () => {
      for (const spec of SPECS)
        await state.copyRecords(
          spec,
          pending.flatMap((c) => customerRecords(c, spec.table)),
        );
      pending = [];
    };
    for await (const customer of source) {
      pending.push(customer);
      if (pending.length >= batch) await flush();
    }
    await flush();
  });
}

/** The first line of a file (without its line end), or null for an empty file. */
async function firstLine(file: string): Promise<string | null> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead === 0) return null;
    const text = buffer.subarray(0, bytesRead).toString("utf8");
    const end = text.indexOf("\n");
    return end < 0 ? text : text.slice(0, end);
  } finally {
    await handle.close();
  }
}

/**
 * Load a folder written by the export (the six CSV files) into PostgreSQL, all or nothing. Each file
 * streams into COPY as it is (PostgreSQL parses it); bad rows, broken references and duplicate ids
 * stop the load with the file, line and column PostgreSQL names.
 *
 * @example
 * await loadCsvPostgres("postgresql://postgres@127.0.0.1:5432/test", "data");
 */
export async function loadCsvPostgres(
  url: string,
  dir: string,
  options: PostgresLoadOptions = {},
): Promise<PostgresLoadResult> {
  // Check every file before connecting, so a bad folder never reaches the database.
  for (const spec of SPECS) {
    const file = join(dir, spec.file);
    let line: string | null;
    try {
      line = await firstLine(file);
    } catch (error) {
      throw new PostgresLoadError(
        `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? describeError(error)})`,
      );
    }
    const expected = csvHeader(spec).trimEnd();
    if (line === null) throw new PostgresLoadError(`${file}: empty file (expected the header ${expected})`);
    if (line.replace(/\r$/, "") !== expected)
      throw new PostgresLoadError(`${file}: the header is not the ${spec.table} columns (expected ${expected})`);
  }
  return inLoadTransaction(url, options, async (state) => {
    for (const spec of SPECS) {
      const file = join(dir, spec.file);
      await state.copy(spec, createReadStream(file, { highWaterMark: 1 << 20 }), true, spec.file);
    }
  });
}
