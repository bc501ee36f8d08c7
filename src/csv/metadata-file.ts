// Reading a dataset folder's metadata.json (written by the export): a strict schema, so a corrupt
// file or an unknown key is a problem to report, not something to ignore. Pure: takes the text.
import { z } from "zod";
import { PROFILE_NAMES } from "../data/profile.ts";
import { IsoDate } from "../schemas/common.ts";
import { csvProblem, type CsvProblem } from "./read.ts";

export const METADATA_FILE = "metadata.json";

const FileSummarySchema = z.strictObject({
  rows: z.number().int().min(0),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const MetadataFileSchema = z.strictObject({
  generator: z.string(),
  package_version: z.string(),
  num_users: z.number().int().min(1),
  seed: z.number().int(),
  /** The profile the data was drawn from; absent in exports made before profiles existed ("default"). */
  profile: z.enum(PROFILE_NAMES).optional(),
  date_range: z.strictObject({ start: IsoDate, end: IsoDate }),
  generated_at: z.string(),
  generation_seconds: z.number().min(0).optional(),
  counts: z.record(z.string(), z.number().int().min(0)),
  files: z.record(z.string(), FileSummarySchema),
  // Written by `export --format parquet`, `--checks none` and `--shard K/N` (src/export/metadata.ts).
  format: z.literal("parquet").optional(),
  checks: z.literal("none").optional(),
  shard: z
    .strictObject({
      index: z.number().int().min(0),
      count: z.number().int().min(1),
      first_user: z.number().int().min(1),
      last_user: z.number().int().min(0),
    })
    .optional(),
});

export type MetadataFile = z.infer<typeof MetadataFileSchema>;

/** The metadata, or the problems that make it unusable (each naming the key). */
export function parseMetadataFile(text: string): { metadata: MetadataFile } | { problems: CsvProblem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      problems: [
        csvProblem("metadata_json", METADATA_FILE, null, null, `is not valid JSON: ${(error as Error).message}`),
      ],
    };
  }
  const result = MetadataFileSchema.safeParse(json);
  if (result.success) return { metadata: result.data };
  return {
    problems: result.error.issues.map((issue) => ({
      code: issue.code === "unrecognized_keys" ? "metadata_unknown_key" : "metadata_invalid",
      path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
      message: issue.message,
      file: METADATA_FILE,
    })),
  };
}
