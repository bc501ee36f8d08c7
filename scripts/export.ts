// Export a dataset to CSV with metadata.json and the quality report (spec phases 6 and 8.3).
// Usage: npx tsx scripts/export.ts [--num-users 100] [--seed 42] [--output-dir data] [--start-date ...]
//        [--end-date ...] [--force] [--db PATH] [--workers N] [--shard K/N] [--format csv|parquet]
//        [--checks all|none] [--yes] [--help]
// Exit status: 0 every check passed, 1 a check failed, 2 bad usage.
import { accessSync, constants, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { z } from "zod";
import { consoleIo, type Io, paint, runAsMain } from "../src/cli/io.ts";
import { DATASET_FLAGS, datasetFlagsHelp, usageError } from "../src/cli/args.ts";
import { checkSourceDateEpoch, databaseOf, parseCommand } from "../src/cli/command.ts";
import { progressReporter, type Progress } from "../src/cli/progress.ts";
import { recoverInterrupted } from "../src/export/atomic-dir.ts";
import { exportDataset, QUALITY_STATE_FILE } from "../src/export/export-dataset.ts";
import { defaultWorkers } from "../src/export/workers.ts";
import { mayReplace } from "../src/export/output-dir.ts";
import { isPostgresUrl } from "../src/db/target.ts";

export const EXPORT_USAGE = `Usage: npx tsx scripts/export.ts [options]     (also: npm run export -- [options])

Write a dataset as CSV files with metadata.json and quality_report.{json,md,html}.
Exit status: 0 when every check passes, 1 when a check fails, 2 for bad usage.

${datasetFlagsHelp(20)}
  --output-dir DIR     where to write (default data)
  --force              replace an earlier export in the output directory
  --replace-non-export with --force: also replace a non-empty folder that holds no earlier export
                       (never the working directory, its parents or a repository)
  --db PATH|URL        also load the files into this SQLite database, or PostgreSQL with
                       postgresql://user@host:port/db[?schema=NAME] (measures AC-7 and AC-8;
                       without it, datasets of up to 1,000 users are loaded into a temporary one)
  --workers N          worker threads generating customers (default: the machine's cores,
                       ${defaultWorkers()} here, one per 100 users for small runs); the files are
                       the same for any N
  --shard K/N          generate only shard K of N (0-based): users K*n/N+1..(K+1)*n/N, with its own
                       files, metadata.json and quality_state.json (combine with the merge command);
                       "$JOB_COMPLETION_INDEX/8" style values come from the environment
  --format csv|parquet the tables as CSV files (default) or Parquet part files <table>/part-KKKKK.parquet
                       (a shard's table past about 9.8 million rows: part-KKKKK-0000.parquet, -0001, ...)
  --checks all|none    "none" skips the quality report (throughput runs); metadata.json says so
  --yes                confirm a --num-users over 1,000,000
  -h, --help           show this help`;

const ExportFlagsSchema = z.object({
  "output-dir": z.string().min(1).default("data"),
  force: z.boolean().default(false),
  "replace-non-export": z.boolean().default(false),
  db: z.string().min(1).optional(),
  workers: z
    .string()
    .regex(/^[1-9]\d*$/, "must be a whole number of at least 1")
    .transform(Number)
    .pipe(z.number().max(256, "must be at most 256"))
    .optional(),
  shard: z
    .string()
    .regex(/^\d+\/[1-9]\d*$/, "must be K/N with whole numbers, 0 <= K < N (e.g. 3/8)")
    .transform((text) => {
      const [index, count] = text.split("/").map(Number) as [number, number];
      return { index, count };
    })
    .refine((s) => s.index < s.count, "must be K/N with 0 <= K < N")
    .optional(),
  format: z.enum(["csv", "parquet"]).default("csv"),
  checks: z.enum(["all", "none"]).default("all"),
});

function checkWritable(dir: string): void {
  const target = resolve(dir);
  if (existsSync(target) && !statSync(target).isDirectory())
    throw usageError("not_a_folder", "output-dir", `${dir} is a file, not a directory`);
  const parent = dirname(target);
  if (!existsSync(parent))
    throw usageError("folder_missing", "output-dir", `${dir}: the folder ${parent} does not exist`);
  // Probe by creating (and removing) a folder: permission bits alone do not tell (root, read-only mounts).
  try {
    accessSync(parent, constants.W_OK);
    rmSync(mkdtempSync(join(parent, ".spendsense-probe-")), { recursive: true, force: true });
  } catch {
    throw usageError("folder_not_writable", "output-dir", `${dir}: cannot write in ${parent}`);
  }
}

/** Run the export command; returns the exit status. */
export async function runExport(
  argv: readonly string[],
  io: Io = consoleIo,
  env: NodeJS.ProcessEnv = process.env,
  now: () => number = Date.now,
): Promise<number> {
  const parsed = parseCommand(argv, io, {
    name: "export",
    usage: EXPORT_USAGE,
    flags: {
      ...DATASET_FLAGS,
      "output-dir": { type: "string" },
      force: { type: "boolean" },
      "replace-non-export": { type: "boolean" },
      db: { type: "string" },
      workers: { type: "string" },
      shard: { type: "string" },
      format: { type: "string" },
      checks: { type: "string" },
    },
    schema: ExportFlagsSchema,
    dataset: true,
    prepare: (flags, datasetOptions) => {
      const options = datasetOptions as NonNullable<typeof datasetOptions>;
      const outputDir = flags["output-dir"];
      checkSourceDateEpoch(env);
      checkWritable(outputDir);
      // A run killed while publishing may have set the previous export aside: put it back first.
      recoverInterrupted(outputDir);
      const verdict = mayReplace(outputDir, process.cwd(), {
        force: flags.force,
        replaceNonExport: flags["replace-non-export"],
      });
      if (!verdict.ok) throw usageError(verdict.code, "output-dir", `${outputDir} ${verdict.reason}`);
      const extra = { workers: flags.workers, shard: flags.shard ?? null, format: flags.format, checks: flags.checks };
      if (flags.shard && flags.shard.count > options.users)
        throw usageError("too_many_shards", "shard", `${flags.shard.count} shards for ${options.users} users`);
      if (flags.db && (flags.shard || flags.format !== "csv"))
        throw usageError("db_with_shard", "db", "--db loads a whole CSV export: not with --shard or --format parquet");
      if (!flags.db) return { options, outputDir, db: null, ...extra };
      // PostgreSQL: AC-7/AC-8 load the files through COPY into that database (src/db/target.ts dispatches).
      if (isPostgresUrl(flags.db)) return { options, outputDir, db: flags.db, ...extra };
      // The output folder is replaced as a whole, so a database inside it would be lost.
      if (`${dirname(resolve(flags.db.replace(/^file:/, "")))}/`.startsWith(`${resolve(outputDir)}/`)) {
        throw usageError(
          "db_inside_output",
          "db",
          `${flags.db} is inside --output-dir ${outputDir}, which the export replaces; put it elsewhere`,
        );
      }
      return { options, outputDir, db: databaseOf(flags.db, env).file, ...extra };
    },
  });
  if ("exit" in parsed) return parsed.exit;
  const { options, outputDir, db, workers, shard, format, checks } = parsed.value;

  const bars = new Map<string, Progress>();
  const result = await exportDataset({
    options,
    outputDir,
    databaseFile: db,
    env,
    ...(workers === undefined ? {} : { workers }),
    shard,
    format,
    checks,
    now,
    onProgress: (stage, done, total) => {
      let bar = bars.get(stage);
      if (!bar) {
        for (const b of bars.values()) b.finish();
        bar = progressReporter(stage, io.stderr);
        bars.set(stage, bar);
      }
      bar.update(done, total);
    },
  });
  for (const b of bars.values()) b.finish();

  io.out(`Wrote ${result.outputDir} in ${result.seconds.toFixed(2)} s`);
  // Parquet part paths ("synthetic_transactions/part-00000-0001.parquet") are longer than the CSV names.
  const width = Math.max(28, ...Object.keys(result.files).map((name) => name.length));
  for (const [name, f] of Object.entries(result.files))
    io.out(`  ${name.padEnd(width)} ${String(f.rows).padStart(9)} rows ${(f.bytes / 1024).toFixed(0).padStart(8)} KiB`);
  const files = { ...result.files };
  if (!result.report) {
    const why = checks === "none" ? "checks skipped (--checks none)" : `${QUALITY_STATE_FILE} for the merge command`;
    io.out(`  metadata.json; ${why}`);
    io.summary?.({
      outputDir: result.outputDir,
      seconds: Math.round(result.seconds * 1000) / 1000,
      files: Object.fromEntries(Object.entries(files).map(([name, f]) => [name, { rows: f.rows, bytes: f.bytes }])),
      checks: checks === "none" ? "skipped" : "shard",
    });
    return 0;
  }
  const { summary } = result.report;
  io.out(`  metadata.json, quality_report.json, quality_report.md, quality_report.html`);
  const verdict =
    summary.failed > 0 ? paint(io, "fail", `${summary.failed} failed`) : paint(io, "pass", `${summary.failed} failed`);
  const na = summary.not_applicable ? `, ${summary.not_applicable} not applicable to this profile` : "";
  io.out(`Checks: ${summary.passed} passed, ${verdict}, ${summary.skipped} skipped${na}`);
  const failed = result.report.checks.filter((x) => x.status === "fail");
  for (const c of failed)
    io.out(`  ${paint(io, "fail", "FAIL")} ${c.id} ${c.description}: ${c.measured} (threshold ${c.threshold})`);
  io.summary?.({
    outputDir: result.outputDir,
    seconds: Math.round(result.seconds * 1000) / 1000,
    files: Object.fromEntries(
      Object.entries(result.files).map(([name, f]) => [name, { rows: f.rows, bytes: f.bytes }]),
    ),
    checks: {
      passed: summary.passed,
      failed: summary.failed,
      skipped: summary.skipped,
      failing: failed.map((c) => c.id),
    },
  });
  return summary.failed > 0 ? 1 : 0;
}

runAsMain(import.meta.url, "export", (argv) => runExport(argv));
