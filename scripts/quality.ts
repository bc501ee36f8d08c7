// Re-check a folder of dataset CSV files with the quality report (files may be hand-edited or from
// another tool). Usage: npx tsx scripts/quality.ts --dir data [--start-date ...] [--end-date ...]
//                        [--db PATH] [--report-dir DIR] [--help]
// Exit status: 0 every check passed, 1 a check failed, 2 bad usage.
import { z } from "zod";
import { consoleIo, type Io, paint, runAsMain } from "../src/cli/io.ts";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DATASET_DEFAULTS, usageError } from "../src/cli/args.ts";
import { METADATA_FILE, parseMetadataFile } from "../src/csv/metadata-file.ts";
import { checkSourceDateEpoch, databaseOf, existingFolder, parseCommand } from "../src/cli/command.ts";
import { generationTimestamp } from "../src/export/metadata.ts";
import { IsoDate } from "../src/schemas/common.ts";
import { checkDirectory } from "../src/export/check-directory.ts";
import { TABLES } from "../src/tables/tables.ts";
import { writeReports } from "../src/export/export-dataset.ts";

export const QUALITY_USAGE = `Usage: npx tsx scripts/quality.ts --dir DIR [options]

Check a folder of synthetic_*.csv files and write quality_report.{json,md,html}.
Exit status: 0 when every check passes, 1 when a check fails, 2 for bad usage.

  --dir DIR           the folder to check (default data)
  --start-date DATE   the window to check dates against (default: metadata.json, else 2025-05-01)
  --end-date DATE     (default: metadata.json, else 2025-10-31)
  --db PATH           load into this SQLite file for AC-7/AC-8 (default: a temporary one, up to 1,000 users)
  --report-dir DIR    where to write the reports (default: --dir)
  -h, --help          show this help`;

const Flags = z.object({
  dir: z.string().min(1).default("data"),
  "start-date": IsoDate.optional(),
  "end-date": IsoDate.optional(),
  db: z.string().min(1).optional(),
  "report-dir": z.string().min(1).optional(),
});

/** The window recorded in a folder's metadata.json, when it has a valid one. */
function recordedWindow(dir: string): { start: string; end: string } | null {
  const path = join(dir, METADATA_FILE);
  if (!existsSync(path)) return null;
  try {
    const parsed = parseMetadataFile(readFileSync(path, "utf8"));
    return "metadata" in parsed ? parsed.metadata.date_range : null;
  } catch {
    return null; // unreadable (a folder?): the check itself reports it
  }
}

export async function runQuality(
  argv: readonly string[],
  io: Io = consoleIo,
  now: () => number = Date.now,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const parsed = parseCommand(argv, io, {
    name: "quality",
    usage: QUALITY_USAGE,
    flags: {
      dir: { type: "string" },
      "start-date": { type: "string" },
      "end-date": { type: "string" },
      db: { type: "string" },
      "report-dir": { type: "string" },
    },
    schema: Flags,
    prepare: (flags) => {
      existingFolder("dir", flags.dir);
      // A folder without any of the dataset's CSV files is a mistake in the command, not a dataset that fails.
      if (!TABLES.some((t) => existsSync(join(flags.dir, t.file)))) {
        throw usageError("no_dataset", "dir", `${flags.dir} holds none of ${TABLES.map((t) => t.file).join(", ")}`);
      }
      checkSourceDateEpoch(env);
      // Everything the run writes to is checked before the (long) checks start.
      if (flags["report-dir"] !== undefined) existingFolder("report-dir", flags["report-dir"]);
      // The window checked is the flags', else metadata.json's, else the default: it must not be inverted.
      const recorded = recordedWindow(flags.dir);
      const start = flags["start-date"] ?? recorded?.start ?? DATASET_DEFAULTS.startDate;
      const end = flags["end-date"] ?? recorded?.end ?? DATASET_DEFAULTS.endDate;
      if (end < start) {
        const from = (flag: string, given: string | undefined) =>
          given !== undefined ? flag : recorded ? `metadata.json's ${flag.slice(2)}` : `the default ${flag.slice(2)}`;
        throw usageError(
          "window_order",
          flags["end-date"] !== undefined ? "end-date" : "start-date",
          `${end} (${from("--end-date", flags["end-date"])}) is before ${start} (${from("--start-date", flags["start-date"])})`,
        );
      }
      return { ...flags, databaseFile: flags.db ? databaseOf(flags.db, env).file : null };
    },
  });
  if ("exit" in parsed) return parsed.exit;
  const flags = parsed.value;
  const report = await checkDirectory({
    dir: flags.dir,
    startDate: flags["start-date"],
    endDate: flags["end-date"],
    databaseFile: flags.databaseFile,
    generatedAt: generationTimestamp(env, now()),
  });
  const out = flags["report-dir"] ?? flags.dir;
  await writeReports(out, report);
  io.out(
    `Checked ${flags.dir}: ${report.summary.passed} passed, ${report.summary.failed} failed, ${report.summary.skipped} skipped${report.summary.not_applicable ? `, ${report.summary.not_applicable} not applicable` : ""} (reports in ${out})`,
  );
  const failed = report.checks.filter((x) => x.status === "fail");
  for (const c of failed)
    io.out(`  ${paint(io, "fail", "FAIL")} ${c.id} ${c.description}: ${c.measured} (threshold ${c.threshold})`);
  io.summary?.({ dir: flags.dir, reports: out, checks: { ...report.summary, failing: failed.map((c) => c.id) } });
  return report.summary.failed > 0 ? 1 : 0;
}

runAsMain(import.meta.url, "quality", (argv) => runQuality(argv));
