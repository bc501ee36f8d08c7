// `buildDataset` options: validated once, at the boundary, into a typed object with defaults.
import { z } from "zod";
import { PROFILE_NAMES } from "../data/profile.ts";
import { DEFAULT_FIXTURE_CONFIG } from "../random/config.ts";
import { IsoDate } from "../schemas/common.ts";
import { formatIssues, issuesOf } from "../schemas/validate.ts";
import { toDay } from "../units/dates.ts";

/** Shortest window whose per-user count band still leaves room for everyday spending. */
export const MIN_WINDOW_DAYS = 28;
/**
 * Longest window (three years). Longer windows do not always generate: card autopay is planned
 * from the opening balance and the purchases, capped at 40 % of the opening amount owed and scaled
 * down for frugal users, so a card's balance drifts up month after month, and over ~1,400 days
 * some card reaches its limit and a subscription charge cannot be placed on it (issue 13, item 4).
 */
export const MAX_WINDOW_DAYS = 1_096;

export const DatasetOptionsSchema = z
  .object({
    users: z
      .number()
      .int({ error: "expected a whole number" })
      .min(1, { error: "must be at least 1" })
      .max(10_000_000, { error: "must be at most 10,000,000" })
      .default(100),
    seed: z.number().int({ error: "expected a whole number" }).default(DEFAULT_FIXTURE_CONFIG.seed),
    startDate: IsoDate.default(DEFAULT_FIXTURE_CONFIG.startDate),
    endDate: IsoDate.default(DEFAULT_FIXTURE_CONFIG.endDate),
    /** Which profile's numbers to draw from (`PROFILES`); `"default"` is the spec's. */
    profile: z.enum(PROFILE_NAMES).default(DEFAULT_FIXTURE_CONFIG.profile),
  })
  .strict()
  .superRefine((o, ctx) => {
    let days: number;
    try {
      days = toDay(o.endDate) - toDay(o.startDate) + 1;
    } catch {
      return; // the date fields report their own format errors
    }
    if (days < 1)
      ctx.addIssue({
        code: "custom",
        path: ["endDate"],
        message: `${o.endDate} is before the start date ${o.startDate}`,
      });
    else if (days < MIN_WINDOW_DAYS)
      ctx.addIssue({
        code: "custom",
        path: ["endDate"],
        message: `the window must span at least ${MIN_WINDOW_DAYS} days, got ${days}`,
      });
    else if (days > MAX_WINDOW_DAYS)
      ctx.addIssue({
        code: "custom",
        path: ["endDate"],
        message: `the window must span at most ${MAX_WINDOW_DAYS} days, got ${days}`,
      });
  });

export type DatasetOptionsInput = z.input<typeof DatasetOptionsSchema>;
export type DatasetOptions = z.output<typeof DatasetOptionsSchema>;

/** Thrown for bad `buildDataset` options; the message names each bad option. */
export class DatasetOptionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DatasetOptionsError";
  }
}

export function parseDatasetOptions(input: unknown): DatasetOptions {
  const result = DatasetOptionsSchema.safeParse(input ?? {});
  if (!result.success)
    throw new DatasetOptionsError(`buildDataset: invalid option ${formatIssues(issuesOf(result.error))}`);
  return result.data;
}
