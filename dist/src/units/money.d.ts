/** Dollars to integer cents, rounding half away from zero at the third decimal. */
export declare function toCents(dollars: number): number;
/** Integer cents to dollars, e.g. `-1599` to `-15.99`. */
export declare function toDollars(cents: number): number;
/** True when `value` has at most two decimals (it is the double nearest to some whole number of cents). */
export declare function hasCentPrecision(value: number): boolean;
/** `share` of `cents`, rounded to the nearest cent (half up). */
export declare function percentOf(cents: number, share: number): number;
//# sourceMappingURL=money.d.ts.map