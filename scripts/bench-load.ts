// Loader speed and memory (issue 12's targets for 10,000 users: SQLite under 10 s at under 300 MB peak
// RSS; PostgreSQL 200,000 rows/s or more).
// Run: npx tsx scripts/bench-load.ts [users] [--dir DIR] [--db postgresql://...] [--floor]
//   users   default 10000: the dataset's CSV files are written first by a child process (not timed,
//           and not counted in the peak memory below)
//   --dir   load an existing export instead (for example one written by `spendsense-fixtures export`)
//   --db    load into PostgreSQL (a fresh schema, dropped afterwards) instead of a new SQLite file
//   --floor SQLite's own share: the transactions file's rows, read and checked outside the timing,
//           inserted into a new migrated database with the loader's statement, cells, settings and
//           deferred indexes; only the inserts and index builds are timed: the least any loader built
//           on one better-sqlite3 connection could take for them
// Prints rows, wall time, rows/s and this process's peak RSS (the load only).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { TABLES } from "../src/tables/tables.ts";

const USAGE = `Usage: npx tsx scripts/bench-load.ts [users] [--dir DIR] [--db postgresql://...] [--floor]

Load a dataset's CSV files (written first for [users], default 10000, or an export in --dir) into a
new SQLite file, or with --db into a fresh PostgreSQL schema; print rows/s, wall time and peak RSS.
--floor times only SQLite's inserts of the transactions (read outside the timing) and its index builds.`;

/** Transaction rows read per batch (outside the timing), then inserted (timed). */
const FLOOR_BATCH = 50_000;

/**
 * The SQLite floor of the transactions' load: their rows read and checked by the loader's reader and
 * turned into the loader's cells outside the timing, then inserted with its prepared statement into
 * the migrated schema in one transaction, the secondary indexes dropped and built after (as the loader
 * does), timing only SQLite's work.
 */
async function insertFloor(dir: string, work: string): Promise<void> {
  const Database = (await import("better-sqlite3")).default;
  const { closeSync, openSync, readSync } = await import("node:fs");
  const { migrateDatabase } = await import("../src/db/migrate.ts");
  const { dropSecondaryIndexes, insertSql, useLoadSettings } = await import("../src/db/load-csv.ts");
  const { sqlCell } = await import("../src/db/cells.ts");
  const { CHUNK_BYTES, CsvTableReader } = await import("../src/csv/read.ts");
  const { TransactionSchema } = await import("../src/schemas/transaction.ts");
  const { transactionsTable } = await import("../src/tables/tables.ts");
  const file = join(work, "floor.db");
  migrateDatabase(file);
  const db = new Database(file);
  useLoadSettings(db);
  const spec = transactionsTable;
  const insert = db.prepare(insertSql(spec as never));
  db.exec("BEGIN IMMEDIATE");
  const indexes = dropSecondaryIndexes(db, spec.table);
  let inserting = 0;
  let rows = 0;
  let batch: (string | number | null)[][] = [];
  const flush = () => {
    const started = performance.now();
    for (const cells of batch) insert.run(cells);
    inserting += performance.now() - started;
    rows += batch.length;
    batch = [];
  };
  const reader = new CsvTableReader(spec, TransactionSchema, spec.file, (record) => {
    batch.push(spec.columns.map((c) => sqlCell(c, record)));
    if (batch.length === FLOOR_BATCH) flush();
  });
  const fd = openSync(join(dir, spec.file), "r");
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) reader.push(buffer.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  reader.end();
  if (reader.problems.length > 0) throw new Error(`${spec.file} has problems: ${reader.problems[0]?.message}`);
  flush();
  const indexStarted = performance.now();
  for (const sql of indexes) db.exec(sql);
  const indexing = performance.now() - indexStarted;
  db.exec("COMMIT");
  db.close();
  console.log(
    `SQLite floor, ${rows.toLocaleString("en-US")} transactions: inserts ${(inserting / 1000).toFixed(2)} s ` +
      `(${Math.round(rows / (inserting / 1000)).toLocaleString("en-US")} rows/s), ${indexes.length} index builds ` +
      `${(indexing / 1000).toFixed(2)} s, together ${((inserting + indexing) / 1000).toFixed(2)} s`,
  );
}

async function main(argv: string[]): Promise<void> {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(USAGE);
    return;
  }
  // The child that writes the files: `--write DIR USERS`.
  if (argv[0] === "--write") {
    const { writeCsvFiles } = await import("./bench-postgres.ts");
    mkdirSync(argv[1] as string, { recursive: true });
    writeCsvFiles(argv[1] as string, Number(argv[2]), 42);
    return;
  }
  const args = [...argv];
  const take = (flag: string) => {
    const at = args.indexOf(flag);
    return at >= 0 ? args.splice(at, 2)[1] : undefined;
  };
  const given = take("--dir");
  const url = take("--db");
  const floorAt = args.indexOf("--floor");
  const floor = floorAt >= 0;
  if (floor) args.splice(floorAt, 1);
  const users = Number(args[0] ?? 10_000);
  if (!Number.isInteger(users) || users < 1 || args.length > 1 || (floor && url)) {
    console.error(`bad arguments: ${argv.join(" ")}\n\n${USAGE}`);
    process.exit(2);
  }
  const work = mkdtempSync(join(tmpdir(), "spendsense-bench-load-"));
  const dir = given ?? join(work, "csv");
  try {
    if (!given) {
      const started = performance.now();
      const child = spawnSync(
        process.execPath,
        ["--import", "tsx", fileURLToPath(import.meta.url), "--write", dir, String(users)],
        { stdio: "inherit" },
      );
      if (child.status !== 0) throw new Error("writing the CSV files failed");
      console.log(
        `users ${users}: CSV files written in ${((performance.now() - started) / 1000).toFixed(1)} s (not timed)`,
      );
    }
    if (floor) {
      await insertFloor(dir, work);
      return;
    }
    const bytes = TABLES.reduce((sum, s) => sum + statSync(join(dir, s.file)).size, 0);
    const { loadInto } = await import("../src/db/target.ts");
    let target = join(work, "bench.db");
    let drop: (() => Promise<void>) | null = null;
    if (url) {
      const pg = (await import("pg")).default;
      const schema = `bench_load_${process.pid}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE; CREATE SCHEMA "${schema}"`);
      drop = async () => {
        await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await admin.end();
      };
      target = `${url}${url.includes("?") ? "&" : "?"}schema=${schema}`;
    }
    try {
      const cpu0 = process.cpuUsage();
      const started = performance.now();
      const loaded = await loadInto(target, dir);
      const seconds = (performance.now() - started) / 1000;
      const cpu = process.cpuUsage(cpu0);
      console.log(
        `${url ? "PostgreSQL" : "SQLite"} load of ${given ?? `${users} users`} (${(bytes / 1_048_576).toFixed(0)} MB of CSV): ` +
          `${loaded.rows.toLocaleString("en-US")} rows in ${seconds.toFixed(2)} s wall = ${Math.round(loaded.rows / seconds).toLocaleString("en-US")} rows/s; ` +
          `CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; database ${(loaded.bytes / 1_048_576).toFixed(0)} MB`,
      );
      console.log(
        `  ${Object.entries(loaded.counts)
          .map(([t, n]) => `${t} ${n}`)
          .join(", ")}`,
      );
    } finally {
      await drop?.();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main(process.argv.slice(2));
