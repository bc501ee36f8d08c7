import { z } from "zod";
/** Shortest window whose per-user count band still leaves room for everyday spending. */
export declare const MIN_WINDOW_DAYS = 28;
/** Longest window (ten years). */
export declare const MAX_WINDOW_DAYS = 3660;
export declare const DatasetOptionsSchema: z.ZodObject<{
    users: z.ZodDefault<z.ZodNumber>;
    seed: z.ZodDefault<z.ZodNumber>;
    startDate: z.ZodDefault<z.ZodString>;
    endDate: z.ZodDefault<z.ZodString>;
    profile: z.ZodDefault<z.ZodEnum<{
        default: "default";
    }>>;
}, z.core.$strict>;
export type DatasetOptionsInput = z.input<typeof DatasetOptionsSchema>;
export type DatasetOptions = z.output<typeof DatasetOptionsSchema>;
/** Thrown for bad `buildDataset` options; the message names each bad option. */
export declare class DatasetOptionsError extends Error {
    constructor(message: string);
}
export declare function parseDatasetOptions(input: unknown): DatasetOptions;
//# sourceMappingURL=options.d.ts.map