import type { ProfileData } from "../data/profile.ts";
import type { Rng } from "../random/rng.ts";
import { type Account, type AccountKind } from "../schemas/account.ts";
export interface AccountRuleInput {
    rng: Rng;
    profile: ProfileData;
    kind: AccountKind;
    userId: string;
    /** Annual income in dollars. */
    income: number;
    /** Balance overrides in cents (balance = amount owed for cards and loans). */
    balanceCents?: number;
    limitCents?: number;
}
/** A credit limit for an income: 10-30 % of annual income, in $500 steps, within $1,000-$50,000. */
export declare function creditLimitCents(profile: ProfileData, rng: Rng, income: number): number;
/** The opening balance in cents for an account kind (for cards: the amount owed). */
export declare function openingBalanceCents(profile: ProfileData, rng: Rng, kind: AccountKind, income: number, limitCents: number | null): number;
/**
 * Build one account whose current balance equals its opening balance (no ledger applied yet).
 *
 * @example
 * drawAccount({ rng: keyedRng(42, "account", 1), kind: "credit_card", userId: "user_001", income: 80000 });
 */
export declare function drawAccount(input: AccountRuleInput): Account;
/** The account with `current_balance` set to `cents` and `available_balance` derived from it. */
export declare function withBalance(account: Account, cents: number): Account;
//# sourceMappingURL=account.d.ts.map