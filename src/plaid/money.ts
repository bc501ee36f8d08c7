// The one sign flip at the boundary: this toolkit writes money leaving an account as negative,
// Plaid writes it as positive. Done in cents so that no float noise (or -0) leaks through.
import { toCents, toDollars } from "../units/money.ts";

/** Toolkit amount to Plaid amount and back (the same function: a negation in whole cents). */
export function flipSign(amount: number): number {
  const cents = -toCents(amount);
  return cents === 0 ? 0 : toDollars(cents);
}
