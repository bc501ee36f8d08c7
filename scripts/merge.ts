// Merge the shards of a dataset (written by `export --shard K/N`) into one manifest and quality report.
// Usage: npx tsx scripts/merge.ts --output-dir OUT [--force] SHARD_DIR...
// Exit status: 0 every check passed, 1 a check failed, 2 bad usage (shards that do not make one dataset).
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { consoleIo, type Io, paint, runAsMain } from "../src/cli/io.ts";
import { MergeError, mergeShards } from "../src/export/merge.ts";
import { mayReplace } from "../src/export/output-dir.ts";
import { recoverInterrupted } from "../src/export/atomic-dir.ts";

export const MERGE_USAGE = `Usage: spendsense-fixtures merge --output-dir OUT [--force] SHARD_DIR...

Combine the shard folders of one dataset (each written by export --shard K/N) into OUT/metadata.json
(every shard's users and files, total counts) and OUT/quality_report.{json,md,html}, from the shards'
quality_state.json files, without regenerating. Refuses shards of different datasets (seed, users,
window, profile, format, checks, version), and missing or repeated shards.
Exit status: 0 when every check passes, 1 when one fails, 2 for bad usage.

  --output-dir DIR     where to write the merged manifest and report (required)
  --force              replace an earlier export or merge in the output directory
  -h, --help           show this help`;

/** Run the merge command; returns the exit status. */
export async function runMerge(
  argv: readonly string[],
  io: Io = consoleIo,
  env: NodeJS.ProcessEnv = process.env,
  now: () => number = Date.now,
): Promise<number> {
  let values: { "output-dir"?: string; force?: boolean; help?: boolean };
  let dirs: string[];
  try {
    const parsed = parseArgs({
      args: [...argv],
      options: { "output-dir": { type: "string" }, force: { type: "boolean" }, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: true,
    });
    values = parsed.values;
    dirs = parsed.positionals;
  } catch (error) {
    io.err(`merge: ${(error as Error).message.split("\n")[0]}\n\n${MERGE_USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(MERGE_USAGE);
    return 0;
  }
  const outputDir = values["output-dir"];
  const bad = (message: string) => {
    io.err(`merge: ${message}\n\n${MERGE_USAGE}`);
    return 2;
  };
  if (!outputDir) return bad("--output-dir: is required");
  if (dirs.length === 0) return bad("no shard folders given");
  if (dirs.some((d) => resolve(d) === resolve(outputDir)))
    return bad("--output-dir: must not be one of the shard folders");
  recoverInterrupted(outputDir);
  const verdict = mayReplace(outputDir, process.cwd(), { force: values.force === true, replaceNonExport: false });
  if (!verdict.ok) return bad(`--output-dir: ${outputDir} ${verdict.reason}`);
  let result: Awaited<ReturnType<typeof mergeShards>>;
  try {
    result = await mergeShards({ dirs, outputDir, env, now });
  } catch (error) {
    if (error instanceof MergeError) {
      io.err(`merge: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const { metadata, report } = result;
  io.out(`Merged ${metadata.shards.length} shards of ${metadata.num_users} users into ${outputDir}`);
  for (const [name, n] of Object.entries(metadata.counts)) io.out(`  ${name.padEnd(28)} ${String(n).padStart(9)} rows`);
  if (!report) {
    io.out("  metadata.json; checks were skipped (--checks none)");
    io.summary?.({ outputDir, shards: metadata.shards.length, counts: metadata.counts, checks: "skipped" });
    return 0;
  }
  const { summary } = report;
  const verdictText = paint(io, summary.failed > 0 ? "fail" : "pass", `${summary.failed} failed`);
  io.out(`Checks: ${summary.passed} passed, ${verdictText}, ${summary.skipped} skipped`);
  const failed = report.checks.filter((x) => x.status === "fail");
  for (const c of failed)
    io.out(`  ${paint(io, "fail", "FAIL")} ${c.id} ${c.description}: ${c.measured} (threshold ${c.threshold})`);
  io.summary?.({
    outputDir,
    shards: metadata.shards.length,
    counts: metadata.counts,
    checks: {
      passed: summary.passed,
      failed: summary.failed,
      skipped: summary.skipped,
      failing: failed.map((c) => c.id),
    },
  });
  return summary.failed > 0 ? 1 : 0;
}

runAsMain(import.meta.url, "merge", (argv) => runMerge(argv));
