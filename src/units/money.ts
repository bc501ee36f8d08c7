// Money: records carry dollars (Plaid's form, at most two decimals); sums that must reconcile are
// done in integer cents.

/** Dollars to integer cents, rounding half away from zero at the third decimal. */
export function toCents(dollars: number): number {
  return Math.round(dollars * 100 + (dollars >= 0 ? 1e-9 : -1e-9));
}

/** Integer cents to dollars, e.g. `-1599` to `-15.99`. */
export function toDollars(cents: number): number {
  if (!Number.isInteger(cents)) throw new RangeError(`toDollars needs integer cents, got ${cents}`);
  return cents / 100;
}

/** True when `value` has at most two decimals (it is the double nearest to some whole number of cents). */
export function hasCentPrecision(value: number): boolean {
  if (!Number.isFinite(value)) return false;
  // Below 10^12 dollars, value * 100 is within a fraction of a cent of the whole number of cents it
  // stands for, so rounding finds it exactly; this is toFixed's answer at a tenth of the cost (the
  // quality pass asks it for every amount). Above, toFixed decides.
  if (Math.abs(value) < 1e12) return Math.round(value * 100) / 100 === value;
  return Number(value.toFixed(2)) === value;
}

/** `share` of `cents`, rounded to the nearest cent (half up). */
export function percentOf(cents: number, share: number): number {
  return Math.round(cents * share);
}
