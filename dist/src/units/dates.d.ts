/** True for a real calendar date written `YYYY-MM-DD` (so `2025-02-30` is false). */
export declare function isIsoDate(value: string): boolean;
/** Days since 1970-01-01 for a `YYYY-MM-DD` date. */
export declare function toDay(date: string): number;
/** The `YYYY-MM-DD` date of a day number. */
export declare function fromDay(day: number): string;
export declare function addDays(date: string, days: number): string;
/** Whole days from `a` to `b` (positive when `b` is later). */
export declare function daysBetween(a: string, b: string): number;
/** 0 = Sunday ... 6 = Saturday. */
export declare function weekdayOfDay(day: number): number;
/** Month 1-12 of a day number. */
export declare function monthOfDay(day: number): number;
/** Day of month 1-31 of a day number. */
export declare function dayOfMonth(day: number): number;
/** The day number of `year-month-dayOfMonth`, clamping the day to the month's length. */
export declare function dayOf(year: number, month: number, day: number): number;
/** Every (year, month) whose first-of-month or any day lies in [startDay, endDay]. */
export declare function monthsBetween(startDay: number, endDay: number): {
    year: number;
    month: number;
}[];
//# sourceMappingURL=dates.d.ts.map