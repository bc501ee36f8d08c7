import type { SpendKind } from "../../data/merchants.ts";
import type { ProfileData } from "../../data/profile.ts";
import { type SubscriptionName, type SubscriptionService } from "../../data/subscriptions.ts";
import type { Rng } from "../../random/rng.ts";
import type { Transaction } from "../../schemas/transaction.ts";
import type { UserMetadata } from "../../schemas/user.ts";
import { type TxnContext } from "./base.ts";
export type SpendOptions = {
    /** Force the channel ("online" or "in store"); otherwise drawn from the merchant's online share. */
    channel?: "online" | "in store";
    pending?: boolean;
} & ({
    /** The price, in cents (a positive number; the sign is applied here). */
    priceCents: number;
} | {
    /** Annual income in dollars the drawn price scales with (`purchaseCents`). */
    income: number;
});
/**
 * One purchase of a spending kind on `day`.
 *
 * @example
 * spendTransaction(ctx, "coffee", toDay("2025-06-02")); // e.g. Starbucks, -5.40, in store
 */
export declare function spendTransaction(ctx: TxnContext, kind: SpendKind, day: number, options: SpendOptions): Transaction;
/** The subscription service with the spec's name ("Netflix", "Gym Membership", ...). */
export declare function subscriptionService(name: SubscriptionName): SubscriptionService;
/** One monthly charge of a subscription at its exact price. */
export declare function subscriptionTransaction(ctx: TxnContext, service: SubscriptionService, day: number, streamId?: string | null): Transaction;
/** Whether a user buys coffee at all (the spec: students and high incomes; `SPENDING.coffeeDrinkers`). */
export declare function isCoffeeDrinker(profile: ProfileData, user: Pick<UserMetadata, "life_stage" | "income_bracket">): boolean;
/** 0 for the lowest incomes, 1 for the highest, on a log scale (`SPENDING.pricePosition`). */
export declare function incomeFactor(profile: ProfileData, income: number): number;
/**
 * The price of one purchase of `kind` for a user with `income`, in cents: higher incomes pay further up
 * the category's range, a frugal re-plan (0..1) further down.
 */
export declare function purchaseCents(profile: ProfileData, rng: Rng, kind: SpendKind, income: number, frugal?: number): number;
//# sourceMappingURL=spending.d.ts.map