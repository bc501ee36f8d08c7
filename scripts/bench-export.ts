// Export speed and memory (issue 12), each run in a fresh process: transactions per second, wall
// time, the time per stage, and the process's peak RSS (process.resourceUsage().maxRSS; the worker
// threads live in the same process, so this is the peak over the main thread and every worker).
//
// Run: npx tsx scripts/bench-export.ts                      1,000 and 10,000 users, with checks and --checks none
//      npx tsx scripts/bench-export.ts 1000 10000 --workers 2 --format csv|parquet --checks all|none
//      npx tsx scripts/bench-export.ts --million [--format csv|parquet] [--seconds S]
//             1,000,000 users with --checks none; stops after S seconds (default: none) and reports
//             the rate and peak RSS reached, since a full run may take longer than you want to wait
//      npx tsx scripts/bench-export.ts --csv-writers       the row writer against csv-stringify (1,000 users)
//      add --dist to time the compiled package (dist/, what `npx spendsense-fixtures export` runs; run
//      `npm run build` first) instead of the TypeScript sources under tsx, which compiles in every worker
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { ChecksMode, ExportFormat } from "../src/export/export-dataset.ts";
import type { TableSpec } from "../src/tables/columns.ts";

const USAGE = `Usage: npx tsx scripts/bench-export.ts [users ...] [--checks all|none] [--format csv|parquet]
       [--workers N] [--million] [--seconds S] [--csv-writers] [--dist]

Times the export (generate, write, check, report) in a fresh process per run and prints transactions
per second, wall time, seconds per stage and peak RSS. Default: 1,000 and 10,000 users, each with
every check and with --checks none. --million: 1,000,000 users with --checks none (stopped after
--seconds S if given, reporting the rate reached). --csv-writers: the row writer vs csv-stringify.
--dist: time the compiled package in dist/ (npm run build first) rather than the sources under tsx.`;

interface ChildResult {
  users: number;
  transactions: number;
  seconds: number;
  stages: Record<string, number>;
  exit: number | null;
  peakRssMb: number;
  stopped: boolean;
}

async function child(
  users: number,
  checks: ChecksMode,
  format: ExportFormat,
  workers: number,
  dir: string,
  seconds: number,
  dist: boolean,
) {
  const started = performance.now();
  const stages: Record<string, number> = {};
  let stage = "";
  let stageStart = started;
  let done = 0;
  const peak = () => Math.round(process.resourceUsage().maxRSS / 1024);
  const report = (stopped: boolean, exit: number | null, transactions: number) => {
    stages[stage] = (stages[stage] ?? 0) + (performance.now() - stageStart) / 1000;
    const result: ChildResult = {
      users: stopped ? done : users,
      transactions,
      seconds: (performance.now() - started) / 1000,
      stages,
      exit,
      peakRssMb: peak(),
      stopped,
    };
    process.stdout.write(JSON.stringify(result));
  };
  // For a stopped run, the transactions so far are estimated from the users done (about 175 each) by
  // the rate of the data written: the file sizes are not known until the end, so count users instead.
  if (seconds > 0)
    setTimeout(() => {
      report(true, null, Math.round(done * 175.8));
      process.exit(0);
    }, seconds * 1000).unref();
  // The compiled package (--dist) or the sources: the same modules, typed by the sources. Loaded
  // here, so a --dist run does not also load the sources.
  const { exportDataset } = (await import(
    dist ? DIST_MODULES.export : "../src/export/export-dataset.ts"
  )) as typeof import("../src/export/export-dataset.ts");
  const { parseDatasetOptions } = (await import(
    dist ? DIST_MODULES.options : "../src/dataset/options.ts"
  )) as typeof import("../src/dataset/options.ts");
  const result = await exportDataset({
    options: parseDatasetOptions({ users, seed: 7 }),
    outputDir: dir,
    now: Date.now,
    workers,
    checks,
    format,
    onProgress: (s, d) => {
      if (s !== stage) {
        if (stage) stages[stage] = (stages[stage] ?? 0) + (performance.now() - stageStart) / 1000;
        stage = s;
        stageStart = performance.now();
      }
      if (s === "generating") done = d;
    },
  });
  stage = stage || "generating";
  const transactions = Object.entries(result.metadata.counts)
    .filter(([name]) => name.startsWith("synthetic_transactions"))
    .reduce((sum, [, n]) => sum + n, 0);
  report(false, result.report ? (result.report.summary.failed > 0 ? 1 : 0) : 0, transactions);
}

// The generator is imported where it is used, so a timed child loads only what it runs.
async function csvWriters(): Promise<void> {
  const { buildDataset } = await import("../src/dataset/build-dataset.ts");
  const { CsvBytes, csvRows, csvRowsStringify } = await import("../src/csv/write.ts");
  const { TABLES } = await import("../src/tables/tables.ts");
  const data = buildDataset({ users: 1000, seed: 7 });
  const spec = TABLES.find((t) => t.table === "transactions") as unknown as TableSpec<unknown>;
  const sink = new CsvBytes();
  // The export's path: the row writer's lines encoded to UTF-8 as they are written (bytes, not a string).
  const toBytes = (s: TableSpec<unknown>, records: readonly unknown[]) => {
    sink.rows(s, records);
    return sink.take();
  };
  const writers: [string, (s: TableSpec<unknown>, records: readonly unknown[]) => { length: number }][] = [
    ["csv-stringify", csvRowsStringify],
    ["row writer", csvRows],
    ["CsvBytes", toBytes],
  ];
  for (const [name, write] of writers) {
    write(spec, data.transactions.slice(0, 2000)); // warm up
    const start = performance.now();
    let bytes = 0;
    for (let i = 0; i < 3; i++) bytes += write(spec, data.transactions).length;
    const s = (performance.now() - start) / 1000 / 3;
    console.log(
      `${name.padEnd(14)} ${(data.transactions.length / s).toFixed(0).padStart(10)} rows/s  ${(bytes / 3 / 1_048_576 / s).toFixed(0)} MB/s`,
    );
  }
}

/** The compiled modules (`npm run build`). */
const DIST_MODULES = {
  export: new URL("../dist/src/export/export-dataset.js", import.meta.url).href,
  options: new URL("../dist/src/dataset/options.js", import.meta.url).href,
};

const argv = process.argv.slice(2);
if (argv[0] === "child") {
  const [, users, checks, format, workers, dir, seconds, build] = argv;
  await child(
    Number(users),
    checks as ChecksMode,
    format as ExportFormat,
    Number(workers),
    String(dir),
    Number(seconds),
    build === "dist",
  );
} else {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        checks: { type: "string" },
        format: { type: "string" },
        workers: { type: "string" },
        million: { type: "boolean" },
        seconds: { type: "string" },
        "csv-writers": { type: "boolean" },
        dist: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      allowPositionals: true,
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    process.exit(2);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const bad =
    positionals.find((p) => !/^[1-9]\d*$/.test(p)) ??
    (values.checks && !["all", "none"].includes(values.checks) ? `--checks ${values.checks}` : undefined) ??
    (values.format && !["csv", "parquet"].includes(values.format) ? `--format ${values.format}` : undefined) ??
    (values.workers && !/^[1-9]\d*$/.test(values.workers) ? `--workers ${values.workers}` : undefined) ??
    (values.seconds && !/^[1-9]\d*$/.test(values.seconds) ? `--seconds ${values.seconds}` : undefined);
  if (bad !== undefined) {
    process.stderr.write(`bad argument: ${bad}\n\n${USAGE}\n`);
    process.exit(2);
  }
  if (values["csv-writers"]) {
    await csvWriters();
    process.exit(0);
  }
  const { defaultWorkers } = await import("../src/export/workers.ts");
  const workers = Number(values.workers ?? defaultWorkers());
  const format = (values.format ?? "csv") as ExportFormat;
  const sizes = values.million ? [1_000_000] : positionals.length ? positionals.map(Number) : [1000, 10_000];
  const modes: ChecksMode[] = values.million
    ? ["none"]
    : values.checks
      ? [values.checks as ChecksMode]
      : ["all", "none"];
  const dir = mkdtempSync(join(tmpdir(), "spendsense-bench-export-"));
  try {
    if (values.dist && !existsSync(fileURLToPath(DIST_MODULES.export))) {
      process.stderr.write("--dist: dist/ is not built; run `npm run build` first\n");
      process.exit(2);
    }
    console.log(
      `workers ${workers}, format ${format}, ${values.dist ? "compiled package (dist/)" : "sources under tsx"}`,
    );
    console.log("users      checks  transactions   wall s    txn/s  peak RSS MB  exit  stages (s)");
    for (const n of sizes) {
      for (const checks of modes) {
        const out = execFileSync(
          process.execPath,
          [
            "--import",
            "tsx",
            fileURLToPath(import.meta.url),
            "child",
            String(n),
            checks,
            format,
            String(workers),
            join(dir, `out-${n}-${checks}`),
            values.seconds ?? "0",
            values.dist ? "dist" : "src",
          ],
          { encoding: "utf8", maxBuffer: 1 << 20 },
        );
        const r = JSON.parse(out) as ChildResult;
        const stages = Object.entries(r.stages)
          .map(([k, v]) => `${k} ${v.toFixed(1)}`)
          .join(", ");
        console.log(
          `${String(r.users).padEnd(10)} ${checks.padEnd(6)} ${String(r.transactions).padStart(13)} ${r.seconds.toFixed(1).padStart(8)} ${(r.transactions / r.seconds).toFixed(0).padStart(8)} ${String(r.peakRssMb).padStart(12)}  ${String(r.exit ?? "-").padStart(4)}  ${stages}${r.stopped ? `  (stopped after ${values.seconds} s, ${n} users asked; transactions estimated)` : ""}`,
        );
        rmSync(join(dir, `out-${n}-${checks}`), { recursive: true, force: true });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
