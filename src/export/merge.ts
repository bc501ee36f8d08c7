// `spendsense-fixtures merge`: one report for a dataset generated as shards (`export --shard K/N`),
// without regenerating anything. Each shard folder holds its files, its metadata.json (which shard,
// which users) and quality_state.json (its quality accumulator's state and its own measurements);
// the states merge exactly, so the report equals the one a single run writes (timings aside).
// Shards of different datasets (seed, users, window, profile, format, checks, package version),
// missing or repeated shards are refused, naming them; nothing is written then.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { METADATA_FILE, type MetadataFile, parseMetadataFile } from "../csv/metadata-file.ts";
import { PACKAGE_VERSION } from "../data/version.ts";
import type { ExternalMeasurements } from "../quality/checks.ts";
import { qualityFromState, type QualityState } from "../quality/state.ts";
import type { QualityReport } from "../quality/report.ts";
import { publish, publishFaultHook, stagingDir } from "./atomic-dir.ts";
import { QUALITY_STATE_FILE, qualityReport, shardRange, writeReports } from "./export-dataset.ts";
import { generationTimestamp } from "./metadata.ts";

/** Shards that cannot be merged; the message names the folder and the reason. Nothing was written. */
export class MergeError extends Error {
  override name = "MergeError";
}

/** What every shard of one dataset must agree on. */
const IDENTITY = [
  "generator",
  "package_version",
  "num_users",
  "seed",
  "profile",
  "date_range",
  "format",
  "checks",
] as const;

interface ShardInput {
  dir: string;
  metadata: MetadataFile & { shard: NonNullable<MetadataFile["shard"]> };
}

/** The merged manifest: the dataset, each shard's users and files, and the total counts. */
export interface MergedMetadata {
  generator: string;
  package_version: string;
  num_users: number;
  seed: number;
  profile: string;
  date_range: { start: string; end: string };
  generated_at: string;
  format?: "parquet";
  checks?: "none";
  counts: Record<string, number>;
  shards: {
    index: number;
    count: number;
    first_user: number;
    last_user: number;
    dir: string;
    files: MetadataFile["files"];
  }[];
}

function readShard(dir: string): ShardInput {
  const path = join(dir, METADATA_FILE);
  if (!existsSync(path)) throw new MergeError(`${dir}: no ${METADATA_FILE} (not an export folder)`);
  const parsed = parseMetadataFile(readFileSync(path, "utf8"));
  if ("problems" in parsed)
    throw new MergeError(
      `${path}: ${parsed.problems.map((p) => `${p.path?.join(".") ?? ""} ${p.message}`).join("; ")}`,
    );
  const { metadata } = parsed;
  if (!metadata.shard) throw new MergeError(`${path}: names no shard (the folder was not written with --shard K/N)`);
  const { from, to } = shardRange(metadata.num_users, metadata.shard);
  if (metadata.shard.first_user !== from || metadata.shard.last_user !== to - 1)
    throw new MergeError(
      `${path}: shard ${metadata.shard.index}/${metadata.shard.count} should hold users ${from}-${to - 1}, not ${metadata.shard.first_user}-${metadata.shard.last_user}`,
    );
  return { dir, metadata: metadata as ShardInput["metadata"] };
}

/** The shards in index order, checked to be all the shards of one dataset, each once. */
export function checkShards(dirs: readonly string[]): ShardInput[] {
  if (dirs.length === 0) throw new MergeError("no shard folders given");
  const shards = dirs.map(readShard);
  const first = shards[0] as ShardInput;
  for (const s of shards.slice(1)) {
    for (const key of IDENTITY) {
      const a = JSON.stringify(first.metadata[key] ?? null);
      const b = JSON.stringify(s.metadata[key] ?? null);
      if (a !== b)
        throw new MergeError(`${s.dir}: ${key} is ${b} but ${first.dir} has ${a}: shards of different datasets`);
    }
    if (s.metadata.shard.count !== first.metadata.shard.count)
      throw new MergeError(
        `${s.dir}: is a shard of ${s.metadata.shard.count} but ${first.dir} is a shard of ${first.metadata.shard.count}`,
      );
  }
  const count = first.metadata.shard.count;
  const byIndex = new Map<number, ShardInput>();
  for (const s of shards) {
    const twice = byIndex.get(s.metadata.shard.index);
    if (twice)
      throw new MergeError(`shard ${s.metadata.shard.index}/${count} is given twice: ${twice.dir} and ${s.dir}`);
    byIndex.set(s.metadata.shard.index, s);
  }
  const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !byIndex.has(i));
  if (missing.length)
    throw new MergeError(`missing shard${missing.length > 1 ? "s" : ""} ${missing.join(", ")} of ${count}`);
  return Array.from({ length: count }, (_, i) => byIndex.get(i) as ShardInput);
}

interface ShardState {
  state: QualityState;
  external: ExternalMeasurements;
}

function readState(dir: string): ShardState {
  const path = join(dir, QUALITY_STATE_FILE);
  if (!existsSync(path))
    throw new MergeError(`${dir}: no ${QUALITY_STATE_FILE} (written by export --shard with checks)`);
  try {
    return JSON.parse(readFileSync(path, "utf8")) as ShardState;
  } catch (error) {
    throw new MergeError(`${path}: is not valid JSON (${(error as Error).message})`);
  }
}

/**
 * The shards' measurements as one: shard 0 measures the sample (AC-7, AC-8, AC-10 over the dataset's
 * first users, as a single run does); AC-9's generation time is the sum over the shards (the work done).
 */
export function mergeExternal(parts: readonly ExternalMeasurements[]): ExternalMeasurements {
  const first = parts[0] as ExternalMeasurements;
  const seconds = parts.every((p) => p.generationSeconds !== null)
    ? parts.reduce((sum, p) => sum + (p.generationSeconds as number), 0)
    : null;
  return { ...first, generationSeconds: seconds };
}

export interface MergeInput {
  dirs: readonly string[];
  outputDir: string;
  env?: NodeJS.ProcessEnv;
  now: () => number;
}

/** Merge shard folders into `outputDir` (metadata.json and, unless checks were skipped, the quality report). */
export async function mergeShards(
  input: MergeInput,
): Promise<{ metadata: MergedMetadata; report: QualityReport | null }> {
  const env = input.env ?? process.env;
  const shards = checkShards(input.dirs);
  const m = (shards[0] as ShardInput).metadata;
  if (m.package_version !== PACKAGE_VERSION)
    throw new MergeError(`the shards were written by version ${m.package_version}, this is ${PACKAGE_VERSION}`);
  const generatedAt = generationTimestamp(env, input.now());
  const counts: Record<string, number> = {};
  for (const s of shards) for (const [f, n] of Object.entries(s.metadata.counts)) counts[f] = (counts[f] ?? 0) + n;
  const metadata: MergedMetadata = {
    generator: m.generator,
    package_version: m.package_version,
    num_users: m.num_users,
    seed: m.seed,
    profile: m.profile ?? "default",
    date_range: m.date_range,
    generated_at: generatedAt,
    ...(m.format ? { format: m.format } : {}),
    ...(m.checks ? { checks: m.checks } : {}),
    counts,
    shards: shards.map((s) => ({ ...s.metadata.shard, dir: s.dir, files: s.metadata.files })),
  };
  let report: QualityReport | null = null;
  let merged: { accumulator: ReturnType<typeof qualityFromState>; external: ExternalMeasurements } | null = null;
  if (m.checks !== "none") {
    const states = shards.map((s) => readState(s.dir));
    let accumulator;
    try {
      accumulator = states.map((s) => qualityFromState(s.state)).reduce((a, b) => a.merge(b));
    } catch (error) {
      throw new MergeError(`quality states: ${(error as Error).message}`);
    }
    merged = { accumulator, external: mergeExternal(states.map((s) => s.external)) };
  }
  const staging = stagingDir(input.outputDir);
  try {
    writeFileSync(join(staging, METADATA_FILE), `${JSON.stringify(metadata, null, 2)}\n`);
    if (merged) {
      const reproducibleBuild = env.SOURCE_DATE_EPOCH !== undefined && env.SOURCE_DATE_EPOCH !== "";
      report = qualityReport(merged.accumulator, merged.external, generatedAt, reproducibleBuild, {
        num_users: m.num_users,
        seed: m.seed,
        start_date: m.date_range.start,
        end_date: m.date_range.end,
        source: `merged from ${shards.length} shards by spendsense-fixtures merge`,
      });
      await writeReports(staging, report);
    }
    publish(staging, input.outputDir, publishFaultHook(env));
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  return { metadata, report };
}
