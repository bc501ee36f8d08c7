// PostgreSQL load speed (issue 12's target: 200,000 rows/s or more for 10,000 users).
// Run: npx tsx scripts/bench-postgres.ts [users] [--url postgresql://...] [--persist] [--dir DIR]
//   users      default 10000
//   --dir      load an existing folder of the six CSV files (an export) instead of writing new ones
//   --url      default $SPENDSENSE_TEST_POSTGRES_URL or postgresql://postgres@127.0.0.1:5432/test
//   --persist  also time persistDatasetPostgres from a dataset held in memory (needs about 1 GB more)
//   --server-cpu  also print the server's CPU time per phase (the loading backend and its parallel
//              workers, read from /proc: only when PostgreSQL runs on this machine and /proc shows it)
// It writes the dataset's CSV files into a temporary folder (not timed), loads them with loadCsvPostgres
// into a fresh schema (timed: rows/s), and drops the schema and the folder afterwards.
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
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

/** CPU seconds (user + system) of a process from /proc, or null when it cannot be read. */
function procCpu(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}

/**
 * The CPU time of a load's server processes so far: the backend named by `application_name` and the
 * parallel workers it leads (polled every 50 ms, so a worker's last few ms may be missed). Null until
 * the backend is seen, and always when PostgreSQL runs elsewhere (its /proc entry is not visible here).
 */
function serverCpu(admin: pg.Client, application: string) {
  let backend: number | undefined;
  const workers = new Map<number, number>();
  let stopped = false;
  const poll = (async () => {
    while (!stopped) {
      const rows = await admin.query<{ pid: number; leader_pid: number | null; application_name: string }>(
        "SELECT pid, leader_pid, application_name FROM pg_stat_activity WHERE application_name = $1 OR leader_pid IS NOT NULL",
        [application],
      );
      for (const r of rows.rows) {
        if (r.application_name === application && r.leader_pid === null) backend = r.pid;
        else if (backend !== undefined && r.leader_pid === backend) {
          const cpu = procCpu(r.pid);
          if (cpu !== null) workers.set(r.pid, cpu);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  let lastBackend = 0;
  return {
    now(): number | null {
      if (backend === undefined) return null;
      // The backend is gone once the load has ended: its last reading stands.
      lastBackend = procCpu(backend) ?? lastBackend;
      return lastBackend + [...workers.values()].reduce((a, b) => a + b, 0);
    },
    async stop() {
      stopped = true;
      await poll;
    },
  };
}

const clientCpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};

/** Times per phase of a load, from the loader's onStep calls (with this process's CPU, and the server's when given). */
function phases(server?: () => number | null) {
  const totals = new Map<string, number>();
  const cpu = new Map<string, { client: number; server: number | null }>();
  let current: { phase: string; start: number; client: number; server: number | null } | undefined;
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
    if (!current) return;
    const { phase } = current;
    totals.set(phase, (totals.get(phase) ?? 0) + performance.now() - current.start);
    const before = cpu.get(phase) ?? { client: 0, server: 0 };
    const serverNow = server?.() ?? null;
    cpu.set(phase, {
      client: before.client + clientCpu() - current.client,
      server:
        // Before the poll first sees the backend, its CPU counts from its start (the connection and migration).
        before.server === null || serverNow === null ? null : before.server + serverNow - (current.server ?? 0),
    });
  };
  return {
    onStep(step: string) {
      close();
      current = { phase: phaseOf(step), start: performance.now(), client: clientCpu(), server: server?.() ?? null };
    },
    summary() {
      close();
      current = undefined;
      return [...totals]
        .map(([p, ms]) => {
          const c = cpu.get(p)!;
          const serverPart = server && c.server !== null ? `, server ${c.server.toFixed(2)} s` : "";
          return `${p} ${seconds(ms)} s (CPU: client ${c.client.toFixed(2)} s${serverPart})`;
        })
        .join(", ");
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
  const serverCpuAt = args.indexOf("--server-cpu");
  const withServerCpu = serverCpuAt >= 0;
  if (withServerCpu) args.splice(serverCpuAt, 1);
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

    // The loads name themselves (application_name) so that their backend can be found for --server-cpu.
    const named = (n: number) =>
      `${url}${url.includes("?") ? "&" : "?"}application_name=spendsense-bench-${process.pid}-${n}`;
    const watch = async <T>(n: number, load: (url: string, p: ReturnType<typeof phases>) => Promise<T>) => {
      const watcher = withServerCpu ? serverCpu(admin, `spendsense-bench-${process.pid}-${n}`) : undefined;
      const p = phases(watcher ? () => watcher.now() : undefined);
      try {
        const started = performance.now();
        const result = await load(named(n), p);
        return { result, p, ms: performance.now() - started };
      } finally {
        await watcher?.stop();
      }
    };
    const target = await schema();
    const loaded = await watch(0, (u, p) => loadCsvPostgres(u, dir, { schema: target, onStep: p.onStep }));
    report(
      "loadCsvPostgres (files -> COPY, one transaction, indexes and foreign keys included)",
      loaded.result,
      loaded.ms,
      loaded.p.summary(),
    );

    if (persist) {
      t = performance.now();
      const data = buildDataset({ users, seed: 42 });
      console.log(`buildDataset: ${seconds(performance.now() - t)} s (not timed below)`);
      const into = await schema();
      const persisted = await watch(1, (u, p) => persistDatasetPostgres(u, data, { schema: into, onStep: p.onStep }));
      report(
        "persistDatasetPostgres (dataset in memory -> CSV writer -> COPY)",
        persisted.result,
        persisted.ms,
        persisted.p.summary(),
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
