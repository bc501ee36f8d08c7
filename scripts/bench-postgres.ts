// PostgreSQL load speed (issue 12's target: 200,000 rows/s or more for 10,000 users).
// Run: npx tsx scripts/bench-postgres.ts [users] [--url postgresql://...] [--persist] [--dir DIR]
//   users      default 10000
//   --dir      load an existing folder of the six CSV files (an export) instead of writing new ones
//   --url      default $SPENDSENSE_TEST_POSTGRES_URL or postgresql://postgres@127.0.0.1:5432/test
//   --persist  also time persistDatasetPostgres from a dataset held in memory (needs about 1 GB more)
// It writes the dataset's CSV files into a temporary folder (not timed), loads them with loadCsvPostgres
// into a fresh schema (timed: rows/s), and drops the schema and the folder afterwards.
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { csvHeader, csvRows } from "../src/csv/write.ts";
import { buildDataset, forEachCustomer } from "../src/dataset/build-dataset.ts";
import type { Customer } from "../src/dataset/customer.ts";
import { loadCsvPostgres, persistDatasetPostgres, type PostgresLoadResult } from "../src/db/postgres/index.ts";
import type { TableSpec } from "../src/tables/columns.ts";
import { TABLES } from "../src/tables/tables.ts";

const SPECS = TABLES as unknown as readonly TableSpec<unknown>[];

const RECORDS: Record<string, (c: Customer) => readonly unknown[]> = {
  users: (c) => [c.user],
  accounts: (c) => c.accounts,
  transactions: (c) => c.transactions,
  liabilities: (c) => c.liabilities,
  recurring_streams: (c) => c.recurringStreams,
  life_events: (c) => c.lifeEvents,
};

/** The dataset's six CSV files, written customer by customer (bounded memory). */
export function writeCsvFiles(dir: string, users: number, seed = 42): void {
  const fds = new Map(SPECS.map((s) => [s.table, openSync(join(dir, s.file), "w")]));
  const buffers = new Map(SPECS.map((s) => [s.table, [csvHeader(s)] as string[]]));
  const flush = () => {
    for (const s of SPECS) {
      writeSync(fds.get(s.table)!, buffers.get(s.table)!.join(""));
      buffers.set(s.table, []);
    }
  };
  forEachCustomer({ users, seed }, (c, index) => {
    for (const s of SPECS) buffers.get(s.table)!.push(csvRows(s, RECORDS[s.table]!(c)));
    if (index % 200 === 0) flush();
  });
  flush();
  for (const fd of fds.values()) closeSync(fd);
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);

/** Times per phase of a load, from the loader's onStep calls. */
function phases() {
  const totals = new Map<string, number>();
  let current: { phase: string; start: number } | undefined;
  const phaseOf = (step: string) =>
    step.startsWith("copy ")
      ? "COPY rows"
      : /PRIMARY KEY/.test(step)
        ? "primary keys"
        : /FOREIGN KEY/.test(step)
          ? "foreign keys"
          : /INDEX/.test(step)
            ? "indexes"
            : step.split(" ")[0]!;
  const close = () => {
    if (current) totals.set(current.phase, (totals.get(current.phase) ?? 0) + performance.now() - current.start);
  };
  return {
    onStep(step: string) {
      close();
      current = { phase: phaseOf(step), start: performance.now() };
    },
    summary() {
      close();
      current = undefined;
      return [...totals].map(([p, ms]) => `${p} ${seconds(ms)} s`).join(", ");
    },
  };
}

function report(label: string, result: PostgresLoadResult, ms: number, steps: string): void {
  const rate = Math.round(result.rows / (ms / 1000));
  console.log(
    `${label}: ${result.rows.toLocaleString("en-US")} rows in ${seconds(ms)} s = ${rate.toLocaleString("en-US")} rows/s`,
  );
  console.log(
    `  ${Object.entries(result.counts)
      .map(([t, n]) => `${t} ${n}`)
      .join(", ")}`,
  );
  console.log(`  phases: ${steps}`);
}

export async function run(argv: string[]): Promise<void> {
  const args = [...argv];
  const urlAt = args.indexOf("--url");
  const url =
    urlAt >= 0
      ? args.splice(urlAt, 2)[1]!
      : (process.env.SPENDSENSE_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test");
  const persistAt = args.indexOf("--persist");
  const persist = persistAt >= 0;
  if (persist) args.splice(persistAt, 1);
  const dirAt = args.indexOf("--dir");
  const given = dirAt >= 0 ? args.splice(dirAt, 2)[1] : undefined;
  const users = Number(args[0] ?? 10_000);

  const dir = given ?? mkdtempSync(join(tmpdir(), "spendsense-bench-pg-"));
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const schemas: string[] = [];
  const schema = async () => {
    const name = `bench_${process.pid}_${schemas.length}`;
    await admin.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE; CREATE SCHEMA "${name}"`);
    schemas.push(name);
    return name;
  };
  try {
    let t = performance.now();
    if (!given) writeCsvFiles(dir, users);
    const bytes = SPECS.reduce((sum, s) => sum + statSync(join(dir, s.file)).size, 0);
    console.log(
      `${given ? `folder ${given}` : `users ${users}: CSV files written in ${seconds(performance.now() - t)} s`} (${(bytes / 1_048_576).toFixed(1)} MB, not timed below)`,
    );

    let p = phases();
    const target = await schema();
    t = performance.now();
    const loaded = await loadCsvPostgres(url, dir, { schema: target, onStep: p.onStep });
    report(
      "loadCsvPostgres (files -> COPY, one transaction, indexes and foreign keys included)",
      loaded,
      performance.now() - t,
      p.summary(),
    );

    if (persist) {
      t = performance.now();
      const data = buildDataset({ users, seed: 42 });
      console.log(`buildDataset: ${seconds(performance.now() - t)} s (not timed below)`);
      p = phases();
      const into = await schema();
      t = performance.now();
      const persisted = await persistDatasetPostgres(url, data, { schema: into, onStep: p.onStep });
      report(
        "persistDatasetPostgres (dataset in memory -> CSV writer -> COPY)",
        persisted,
        performance.now() - t,
        p.summary(),
      );
    }
    console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    for (const name of schemas) await admin.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
    await admin.end();
    if (!given) rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run(process.argv.slice(2));
