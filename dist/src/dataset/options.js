// `buildDataset` options: validated once, at the boundary, into a typed object with defaults.
import { z } from "zod";
import { PROFILE_NAMES } from "../data/profile.js";
import { DEFAULT_FIXTURE_CONFIG } from "../random/config.js";
import { IsoDate } from "../schemas/common.js";
import { formatIssues, issuesOf } from "../schemas/validate.js";
import { toDay } from "../units/dates.js";
/** Shortest window whose per-user count band still leaves room for everyday spending. */
export const MIN_WINDOW_DAYS = 28;
/** Longest window (ten years). */
export const MAX_WINDOW_DAYS = 3_660;
export const DatasetOptionsSchema = z
    .object({
    users: z.number().int({ error: "expected a whole number" }).min(1, { error: "must be at least 1" }).max(10_000_000, { error: "must be at most 10,000,000" }).default(100),
    seed: z.number().int({ error: "expected a whole number" }).default(DEFAULT_FIXTURE_CONFIG.seed),
    startDate: IsoDate.default(DEFAULT_FIXTURE_CONFIG.startDate),
    endDate: IsoDate.default(DEFAULT_FIXTURE_CONFIG.endDate),
    /** Which profile's numbers to draw from (`PROFILES`); `"default"` is the spec's. */
    profile: z.enum(PROFILE_NAMES).default(DEFAULT_FIXTURE_CONFIG.profile),
})
    .strict()
    .superRefine((o, ctx) => {
    let days;
    try {
        days = toDay(o.endDate) - toDay(o.startDate) + 1;
    }
    catch {
        return; // the date fields report their own format errors
    }
    if (days < 1)
        ctx.addIssue({ code: "custom", path: ["endDate"], message: `endDate ${o.endDate} is before startDate ${o.startDate}` });
    else if (days < MIN_WINDOW_DAYS)
        ctx.addIssue({ code: "custom", path: ["endDate"], message: `the window must span at least ${MIN_WINDOW_DAYS} days, got ${days}` });
    else if (days > MAX_WINDOW_DAYS)
        ctx.addIssue({ code: "custom", path: ["endDate"], message: `the window must span at most ${MAX_WINDOW_DAYS} days, got ${days}` });
});
/** Thrown for bad `buildDataset` options; the message names each bad option. */
export class DatasetOptionsError extends Error {
    constructor(message) {
        super(message);
        this.name = "DatasetOptionsError";
    }
}
export function parseDatasetOptions(input) {
    const result = DatasetOptionsSchema.safeParse(input ?? {});
    if (!result.success)
        throw new DatasetOptionsError(`buildDataset: invalid option ${formatIssues(issuesOf(result.error))}`);
    return result.data;
}
//# sourceMappingURL=options.js.map