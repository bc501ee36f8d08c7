// metadata.json (spec 6.2): what was generated, when, by which version, and the hash of each file.
import type { ProfileName } from "../data/profile.ts";
import type { DatasetOptions } from "../dataset/options.ts";
import type { FileSummary } from "./csv-files.ts";

export interface ExportMetadata {
  generator: string;
  package_version: string;
  num_users: number;
  seed: number;
  profile: ProfileName;
  date_range: { start: string; end: string };
  generated_at: string;
  /** Omitted under SOURCE_DATE_EPOCH, where the file must be reproducible byte for byte. */
  generation_seconds?: number;
  counts: Record<string, number>;
  files: Record<string, FileSummary>;
  /** "parquet" when the tables are Parquet part files (absent for CSV). */
  format?: "parquet";
  /** "none" when the quality checks were skipped (`--checks none`; no report was written). */
  checks?: "none";
  /** This folder holds one shard: users first_user..last_user of num_users (`--shard index/count`). */
  shard?: { index: number; count: number; first_user: number; last_user: number };
}

/**
 * The generation time: `SOURCE_DATE_EPOCH` (seconds) when set, so a build can be reproduced byte
 * for byte, otherwise the given clock reading.
 */
export function generationTimestamp(env: NodeJS.ProcessEnv, nowMs: number): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== "") {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds, got ${JSON.stringify(epoch)}`);
    return new Date(Number(epoch) * 1000).toISOString();
  }
  return new Date(nowMs).toISOString();
}

export function buildMetadata(
  options: DatasetOptions,
  files: Record<string, FileSummary>,
  version: string,
  generatedAt: string,
  seconds: number | null,
): ExportMetadata {
  return {
    generator: "spendsense-fixtures",
    package_version: version,
    num_users: options.users,
    seed: options.seed,
    profile: options.profile,
    date_range: { start: options.startDate, end: options.endDate },
    generated_at: generatedAt,
    ...(seconds === null ? {} : { generation_seconds: Math.round(seconds * 1000) / 1000 }),
    counts: Object.fromEntries(Object.entries(files).map(([name, f]) => [name, f.rows])),
    files,
  };
}
