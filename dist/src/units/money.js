// Money: records carry dollars (Plaid's form, at most two decimals); sums that must reconcile are
// done in integer cents.
/** Dollars to integer cents, rounding half away from zero at the third decimal. */
export function toCents(dollars) {
    return Math.round(dollars * 100 + (dollars >= 0 ? 1e-9 : -1e-9));
}
/** Integer cents to dollars, e.g. `-1599` to `-15.99`. */
export function toDollars(cents) {
    if (!Number.isInteger(cents))
        throw new RangeError(`toDollars needs integer cents, got ${cents}`);
    return cents / 100;
}
/** True when `value` has at most two decimals (it is the double nearest to some whole number of cents). */
export function hasCentPrecision(value) {
    return Number.isFinite(value) && Number(value.toFixed(2)) === value;
}
/** `share` of `cents`, rounded to the nearest cent (half up). */
export function percentOf(cents, share) {
    return Math.round(cents * share);
}
//# sourceMappingURL=money.js.map