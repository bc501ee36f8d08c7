import type { CsvProblem } from "./read.ts";
export declare const PROBLEM_CAP = 50;
export declare function formatProblem(p: CsvProblem): string;
/** Up to `cap` problems, one per line, and how many more there were. */
export declare function formatProblems(problems: readonly CsvProblem[], cap?: number): string;
/** Thrown by the loader when any file has a problem; nothing has been written. */
export declare class CsvLoadError extends Error {
    readonly problems: readonly CsvProblem[];
    constructor(problems: readonly CsvProblem[]);
}
//# sourceMappingURL=problems.d.ts.map