import { type Budget } from "../data/budget.ts";
export interface DataWindow {
    startDate: string;
    endDate: string;
    startDay: number;
    endDay: number;
    /** Days in the window, both ends included. */
    days: number;
    months: {
        year: number;
        month: number;
    }[];
}
/** The spec's band of transactions per user over its six-month window (AC-2). */
export declare function dataWindow(startDate: string, endDate: string): DataWindow;
/** The per-user transaction band for a window: 150-200 over 184 days (`BUDGET.countBand`), scaled to its length. */
export declare function countBand(window: Pick<DataWindow, "days">, band?: Budget["countBand"]): {
    min: number;
    max: number;
};
export declare function inWindow(window: DataWindow, day: number): boolean;
/**
 * The same day of every month (clamped to short months), shifted by `jitter()`, that falls inside the
 * window. The months just outside count too: a bill due on the 1st can land on the 30th before.
 */
export declare function monthlyDays(window: DataWindow, dayOfMonthWanted: number, jitter: () => number): number[];
/** Fridays every 14 days from the `firstWeek`-th Friday (0 or 1) of the window. */
export declare function biweeklyFridays(window: DataWindow, firstWeek: number): number[];
/** The last weekday of every month whose last weekday is in the window. */
export declare function lastBusinessDays(window: DataWindow): number[];
/** Quarter ends (Mar 31, Jun 30, Sep 30, Dec 31) inside the window, when savings interest posts. */
export declare function quarterEnds(window: DataWindow): number[];
//# sourceMappingURL=window.d.ts.map