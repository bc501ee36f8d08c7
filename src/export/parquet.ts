// Parquet output for warehouse engines: each table as `<table>/part-KKKKK.parquet` (the CSV file's name
// without `.csv` as the folder), with the CSV's columns in the CSV's order and a type per column kind.
//
// Layout: one folder per table, one part file per shard; a shard's table of more than
// PARQUET_FILE_LIMITS' rows (about 9.8 million: 56,000 users' transactions) continues in further files,
// `part-KKKKK-0000.parquet`, `part-KKKKK-0001.parquet`, ... in row order (see PARQUET_FILE_LIMITS for why).
// Spark (`spark.read.parquet("out/synthetic_transactions")`),
// Trino/Hive (an external table whose location is the folder), DuckDB (`read_parquet('out/synthetic_transactions/*.parquet')`)
// and BigQuery (a load job or external table over `gs://bucket/out/synthetic_transactions/*.parquet`) all read a
// folder of part files with one schema as one table, and shards K = 0..N-1 write their own part files into the
// same folders without coordination. A single `synthetic_transactions.parquet` per table could not hold more
// than one shard.
//
// The rows go through the CSV writer (src/csv), so Parquet and CSV hold the same values: rows are written
// as CSV into a temporary folder, and DuckDB (@duckdb/node-api, its engine inside the npm package) reads
// them with declared column types and writes Parquet. Text loses the apostrophe the CSV writer puts before
// formula-like text, exactly as the CSV reader removes it.
//
// Nothing is half-written: everything is written into a hidden folder beside `dir`; a new `dir` is then
// renamed into place in one step, and into an existing one (other shards' parts) each part file is renamed
// into its table's folder (each rename is atomic; rewriting a part replaces it). Engines skip hidden names.
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { csvHeader, csvRows } from "../csv/write.ts";
import { type Dataset, isDataset } from "../dataset/build-dataset.ts";
import type { Customer } from "../dataset/customer.ts";
import type { ColumnKind, TableSpec } from "../tables/columns.ts";
import { TABLES } from "../tables/tables.ts";

/** A Parquet output that could not be written; nothing was left at the target. The message is one line. */
export class ParquetWriteError extends Error {
  override name = "ParquetWriteError";
}

/**
 * The Parquet (DuckDB) type of each column kind: text as UTF-8 strings, amounts as DECIMAL(18,2) (exact
 * cents; Spark and Trino `decimal(18,2)`, BigQuery `NUMERIC`), other numbers as DOUBLE, booleans as
 * BOOLEAN, and JSON columns as their JSON text, as in the CSV.
 */
export const PARQUET_TYPES: Readonly<Record<ColumnKind, string>> = {
  text: "VARCHAR",
  "text?": "VARCHAR",
  money: "DECIMAL(18,2)",
  "money?": "DECIMAL(18,2)",
  int: "BIGINT",
  "real?": "DOUBLE",
  bool: "BOOLEAN",
  json: "VARCHAR",
};

export interface ParquetWriteOptions {
  /** This output's part number (the shard index): files are `<table>/part-KKKKK.parquet`. Default 0. */
  part?: number;
  /** Called as each step starts ("csv", "parquet transactions", "publish"), for progress and timing. */
  onStep?: (step: string) => void;
  /** Where a part file ends and the next begins (default PARQUET_FILE_LIMITS). */
  fileLimits?: ParquetFileLimits;
}

export interface ParquetFile {
  /** The table ("transactions"). */
  table: string;
  /** The file's path relative to `dir` ("synthetic_transactions/part-00000.parquet"). */
  path: string;
  rows: number;
  bytes: number;
}

export interface ParquetWriteResult {
  files: ParquetFile[];
}

type AnySpec = TableSpec<unknown>;
const SPECS = TABLES as unknown as readonly AnySpec[];
const CHUNK_RECORDS = 5000;

/** The folder of a table's part files ("synthetic_transactions"). */
export function parquetTableDir(spec: { file: string }): string {
  return basename(spec.file, ".csv");
}

/** The start of part K's file names: `part-KKKKK`. */
const partStem = (part: number) => `part-${String(part).padStart(5, "0")}`;

/**
 * A table's part file, relative to the output folder: `part-KKKKK.parquet`, or file F of a part that
 * fills several, `part-KKKKK-FFFF.parquet` (names that sort in row order).
 */
export function parquetPartPath(spec: { file: string }, part: number, file?: number): string {
  const piece = file === undefined ? "" : `-${String(file).padStart(4, "0")}`;
  return `${parquetTableDir(spec)}/${partStem(part)}${piece}.parquet`;
}

/** Whether `name` is one of part K's files in a table folder (a name parquetPartPath gives, either form). */
export function isPartFile(name: string, part: number): boolean {
  const stem = partStem(part);
  return (
    name === `${stem}.parquet` || (name.startsWith(`${stem}-`) && /^-\d{4,}\.parquet$/.test(name.slice(stem.length)))
  );
}

/** Where a part file ends: row groups of about `rowGroupSize` rows, at most `rowGroupsPerFile` of them a file. */
export interface ParquetFileLimits {
  /** DuckDB's ROW_GROUP_SIZE (rows; at least 2,048). Its row groups from CSV hold about this many rows. */
  rowGroupSize: number;
  /** DuckDB's ROW_GROUPS_PER_FILE: the next row group starts a new file. */
  rowGroupsPerFile: number;
}

/**
 * Row groups of 61,440 rows (half DuckDB's default), 160 of them a file: about 9.8 million rows, about
 * 400 MB of transactions. DuckDB's Parquet writer holds memory for each file it writes that its memory
 * limit does not spill (duckdb/duckdb#16482, still open in 1.5): 175 million transactions written as one
 * 7 GB file grew the process to 591 MB at a 256MB limit (936 MB at 1GB in a million-user export, and out of
 * memory at 128MB), and as files of 80 row groups it stayed near 300 MB (peak 459 MB). Half-size row groups
 * halve what the writer buffers: 10,000 users' transactions peaked at 297 MB against 397 MB. 10,000 users'
 * tables still fit in one file each.
 */
export const PARQUET_FILE_LIMITS: Readonly<ParquetFileLimits> = { rowGroupSize: 61_440, rowGroupsPerFile: 160 };

/**
 * DuckDB's CSV read buffer (bytes). Its default (32 MB) is held besides the memory limit; 4 MB (lines
 * here are under 2 KB) brought 10,000 users' transactions from 297 MB to 237 MB, in the same time.
 */
const CSV_BUFFER_BYTES = 4 * 1024 * 1024;

/**
 * DuckDB's memory for the CSV-to-Parquet copy (it spills beyond, into `dir`'s hidden temporary folder).
 * DuckDB's default is 80 % of the machine's memory. With the files and row groups above, 10,000 users'
 * transactions took 7.1 s at 256MB (237 MB peak) against 8.2 s at 1GB (393 MB). At 128MB a million users'
 * single-file export ran out of memory twice; 256MB leaves the buffers room.
 */
export const DUCKDB_MEMORY_LIMIT = "256MB";

/**
 * The DuckDB settings of the copy: rows in the CSV's order, one thread, memory bounded by
 * DUCKDB_MEMORY_LIMIT, spilling into a hidden folder inside `dir`. With two threads, keeping the order
 * holds finished batches back until the earlier ones are written; one thread keeps the order by itself
 * and was faster too (12.8 s against 15.0 s for 10,000 users' transactions, at 128MB, in an earlier measure).
 */
export function duckdbConfig(dir: string): Record<string, string> {
  return {
    preserve_insertion_order: "true",
    threads: "1",
    memory_limit: DUCKDB_MEMORY_LIMIT,
    temp_directory: join(dir, ".duckdb-tmp"),
  };
}

const sqlString = (text: string) => `'${text.replaceAll("'", "''")}'`;
const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The SELECT list turning a table's CSV columns (read as their types) into the Parquet columns. */
function selectList(spec: AnySpec): string {
  return spec.columns
    .map((c) => {
      const col = ident(c.name);
      return c.kind === "text" || c.kind === "text?"
        ? `CASE WHEN starts_with(${col}, '''') THEN substr(${col}, 2) ELSE ${col} END AS ${col}`
        : col;
    })
    .join(", ");
}

/**
 * The DuckDB statement writing one table's CSV file as Parquet files `part-0.parquet`, `part-1.parquet`,
 * ... into the new folder `folder`, each ending where `limits` says.
 */
export function parquetCopySql(spec: AnySpec, csvFile: string, folder: string, limits: ParquetFileLimits): string {
  const columns = spec.columns.map((c) => `${sqlString(c.name)}: ${sqlString(PARQUET_TYPES[c.kind])}`).join(", ");
  const read = `read_csv(${sqlString(csvFile)}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', nullstr = '', buffer_size = ${CSV_BUFFER_BYTES}, columns = {${columns}})`;
  const files = `ROW_GROUP_SIZE ${limits.rowGroupSize}, ROW_GROUPS_PER_FILE ${limits.rowGroupsPerFile}, FILENAME_PATTERN 'part-{i}'`;
  return `COPY (SELECT ${selectList(spec)} FROM ${read}) TO ${sqlString(folder)} (FORMAT parquet, COMPRESSION zstd, ${files})`;
}

function checkLimits(limits: ParquetFileLimits): void {
  const { rowGroupSize, rowGroupsPerFile } = limits;
  if (!Number.isInteger(rowGroupSize) || rowGroupSize < 2048)
    throw new ParquetWriteError(
      `invalid option fileLimits.rowGroupSize: ${rowGroupSize} (must be a whole number of at least 2048)`,
    );
  if (!Number.isInteger(rowGroupsPerFile) || rowGroupsPerFile < 1)
    throw new ParquetWriteError(
      `invalid option fileLimits.rowGroupsPerFile: ${rowGroupsPerFile} (must be a whole number of at least 1)`,
    );
}

/**
 * Write one table's CSV file (header first) as part `part`'s files in `dir/<table>/`: `part-KKKKK.parquet`
 * when the rows fit in one file, else `part-KKKKK-0000.parquet`, `part-KKKKK-0001.parquet`, ... in row
 * order. DuckDB writes them into a hidden folder inside `dir` first. Returns each file and its rows.
 */
export async function copyCsvToParquet(
  connection: DuckDBConnection,
  spec: TableSpec<never> | AnySpec,
  csvFile: string,
  dir: string,
  part: number,
  limits: ParquetFileLimits = PARQUET_FILE_LIMITS,
): Promise<{ path: string; rows: number }[]> {
  const table = spec as AnySpec;
  const folder = join(dir, `.copy-${parquetTableDir(table)}`);
  rmSync(folder, { recursive: true, force: true });
  const result = await connection.run(parquetCopySql(table, csvFile, folder, limits));
  // DuckDB numbers the files from 0 in row order; it writes one (with no rows) for an empty table.
  const written = readdirSync(folder)
    .map((name) => ({ name, index: Number(/^part-(\d+)\.parquet$/.exec(name)?.[1] ?? NaN) }))
    .sort((a, b) => a.index - b.index);
  if (written.length === 0 || written.some((w, i) => w.index !== i))
    throw new ParquetWriteError(
      `DuckDB wrote unexpected files for ${table.table}: ${written.map((w) => w.name).join(", ")}`,
    );
  const counted = await connection.runAndReadAll(
    `SELECT file_name, num_rows FROM parquet_file_metadata([${written.map((w) => sqlString(join(folder, w.name))).join(", ")}])`,
  );
  const rowsOf = new Map(counted.getRowsJS().map(([file, rows]) => [String(file), Number(rows)]));
  mkdirSync(join(dir, parquetTableDir(table)), { recursive: true });
  const files = written.map((w, i) => {
    const path = parquetPartPath(table, part, written.length === 1 ? undefined : i);
    renameSync(join(folder, w.name), join(dir, path));
    return { path, rows: rowsOf.get(join(folder, w.name)) ?? NaN };
  });
  rmSync(folder, { recursive: true, force: true });
  const total = files.reduce((sum, f) => sum + f.rows, 0);
  if (total !== result.rowsChanged)
    throw new ParquetWriteError(
      `${table.table}: the part files hold ${total} rows, DuckDB copied ${result.rowsChanged}`,
    );
  return files;
}

const DATASET_KEYS: Record<string, keyof Omit<Dataset, "meta">> = {
  users: "users",
  accounts: "accounts",
  transactions: "transactions",
  liabilities: "liabilities",
  recurring_streams: "recurringStreams",
  life_events: "lifeEvents",
};

function customerRecords(c: Customer, table: string): readonly unknown[] {
  return table === "users"
    ? [c.user]
    : (c[DATASET_KEYS[table] as Exclude<keyof Customer, "user">] as readonly unknown[]);
}

/** The six CSV files of a source in `dir` (customers streamed: memory stays bounded). */
async function writeCsvFiles(
  dir: string,
  source: Dataset | Iterable<Customer> | AsyncIterable<Customer>,
): Promise<void> {
  const fds = new Map(SPECS.map((s) => [s.table, openSync(join(dir, s.file), "w")]));
  try {
    for (const s of SPECS) writeSync(fds.get(s.table)!, csvHeader(s));
    if (isDataset(source)) {
      for (const s of SPECS) {
        const records = source[DATASET_KEYS[s.table]!] as readonly unknown[];
        for (let i = 0; i < records.length; i += CHUNK_RECORDS)
          writeSync(fds.get(s.table)!, csvRows(s, records.slice(i, i + CHUNK_RECORDS)));
      }
      return;
    }
    let pending: Customer[] = [];
    const flush = () => {
      for (const s of SPECS) {
        const text = csvRows(
          s,
          pending.flatMap((c) => customerRecords(c, s.table)),
        );
        if (text) writeSync(fds.get(s.table)!, text);
      }
      pending = [];
    };
    for await (const customer of source) {
      pending.push(customer);
      if (pending.length >= 100) flush();
    }
    flush();
  } finally {
    for (const fd of fds.values()) closeSync(fd);
  }
}

/**
 * Write every table of a dataset (or of customers taken one at a time) as Parquet under `dir`:
 * `dir/<table>/part-KKKKK.parquet`, K = `options.part` (default 0). Other parts already in `dir` stay;
 * the same part written again is replaced. The same input gives the same bytes.
 *
 * @example
 * await writeParquetTables("out", buildDataset({ users: 1000 }));             // out/synthetic_users/part-00000.parquet, ...
 * await writeParquetTables("out", customersOfShard(3), { part: 3 });          // shard 3's part files beside the others
 */
export async function writeParquetTables(
  dir: string,
  source: Dataset | Iterable<Customer> | AsyncIterable<Customer>,
  options: ParquetWriteOptions = {},
): Promise<ParquetWriteResult> {
  const part = options.part ?? 0;
  if (!Number.isInteger(part) || part < 0 || part > 99_999)
    throw new ParquetWriteError(`invalid option part: ${part} (must be a whole number from 0 to 99999)`);
  const limits = options.fileLimits ?? PARQUET_FILE_LIMITS;
  checkLimits(limits);
  const iterable =
    typeof source === "object" && source !== null && (Symbol.iterator in source || Symbol.asyncIterator in source);
  if (!isDataset(source) && !iterable)
    throw new ParquetWriteError("writeParquetTables: the source must be a dataset or an iterable of customers");
  const target = resolve(dir);
  if (existsSync(target) && !statSync(target).isDirectory())
    throw new ParquetWriteError(`${dir}: exists and is not a folder`);
  const parent = dirname(target);
  try {
    mkdirSync(parent, { recursive: true });
  } catch (error) {
    throw new ParquetWriteError(
      `${dir}: cannot create its parent folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  let staging: string;
  try {
    staging = mkdtempSync(join(parent, `.${basename(target)}.parquet-tmp-`));
  } catch (error) {
    throw new ParquetWriteError(
      `${dir}: cannot write beside it (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  const csvDir = join(staging, ".csv");
  try {
    chmodSync(staging, 0o755); // a temporary folder is private; the output folder it becomes should not be
    mkdirSync(csvDir);
    options.onStep?.("csv");
    await writeCsvFiles(csvDir, source);
    const instance = await DuckDBInstance.create(":memory:", duckdbConfig(staging));
    const files: ParquetFile[] = [];
    try {
      const connection = await instance.connect();
      try {
        for (const spec of SPECS) {
          options.onStep?.(`parquet ${spec.table}`);
          for (const f of await copyCsvToParquet(connection, spec, join(csvDir, spec.file), staging, part, limits))
            files.push({ table: spec.table, ...f, bytes: statSync(join(staging, f.path)).size });
        }
      } finally {
        connection.closeSync();
      }
    } finally {
      instance.closeSync();
      rmSync(duckdbConfig(staging).temp_directory as string, { recursive: true, force: true });
    }
    options.onStep?.("publish");
    rmSync(csvDir, { recursive: true, force: true });
    publish(staging, target, files, part);
    return { files };
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (error instanceof ParquetWriteError) throw error;
    throw new ParquetWriteError(`${dir}: ${(error as Error).message.split("\n")[0]}`);
  }
}

/**
 * Move the staged files to `target`: the whole folder in one rename when `target` is new, else file by
 * file, and then the files an earlier write of the same part left that this one did not replace.
 */
function publish(staging: string, target: string, files: readonly ParquetFile[], part: number): void {
  if (!existsSync(target)) {
    try {
      renameSync(staging, target);
      return;
    } catch (error) {
      // Another shard created the folder in the meantime: fall through to moving the files.
      if (!existsSync(target)) throw error;
    }
  }
  for (const f of files) {
    mkdirSync(join(target, dirname(f.path)), { recursive: true });
    renameSync(join(staging, f.path), join(target, f.path));
  }
  const kept = new Set(files.map((f) => f.path));
  for (const folder of new Set(files.map((f) => dirname(f.path))))
    for (const name of readdirSync(join(target, folder)))
      if (isPartFile(name, part) && !kept.has(`${folder}/${name}`)) rmSync(join(target, folder, name));
  rmSync(staging, { recursive: true, force: true });
}
