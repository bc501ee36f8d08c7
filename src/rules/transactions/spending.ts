// Everyday spending: groceries, restaurants, coffee, shopping, online, entertainment, seasonal
// categories, and the five subscriptions. Amounts are negative (money leaves the account).
import type { SpendKind } from "../../data/merchants.ts";
import type { ProfileData } from "../../data/profile.ts";
import { SUBSCRIPTIONS, type SubscriptionName, type SubscriptionService } from "../../data/subscriptions.ts";
import type { Rng } from "../../random/rng.ts";
import type { Transaction } from "../../schemas/transaction.ts";
import type { UserMetadata } from "../../schemas/user.ts";
import { makeTransaction, type TxnContext } from "./base.ts";

export type SpendOptions = {
  /** Force the channel ("online" or "in store"); otherwise drawn from the merchant's online share. */
  channel?: "online" | "in store";
  pending?: boolean;
} & (
  | {
      /** The price, in cents (a positive number; the sign is applied here). */
      priceCents: number;
    }
  | {
      /** Annual income in dollars the drawn price scales with (`purchaseCents`). */
      income: number;
    }
);

/**
 * One purchase of a spending kind on `day`.
 *
 * @example
 * spendTransaction(ctx, "coffee", toDay("2025-06-02")); // e.g. Starbucks, -5.40, in store
 */
export function spendTransaction(ctx: TxnContext, kind: SpendKind, day: number, options: SpendOptions): Transaction {
  const category = ctx.profile.spending.categories[kind];
  const lag = ctx.profile.spending.authLagDays;
  const { rng } = ctx;
  let merchants = category.merchants;
  if (options.channel === "online") merchants = merchants.filter((m) => m.online_share > 0);
  else if (options.channel === "in store") merchants = merchants.filter((m) => m.online_share < 1);
  if (merchants.length === 0) merchants = category.merchants;
  const merchant = rng.pick(merchants);
  const channel = options.channel ?? (rng.chance(merchant.online_share) ? "online" : "in store");
  const price = "priceCents" in options ? options.priceCents : purchaseCents(ctx.profile, rng, kind, options.income);
  return makeTransaction(ctx, {
    day,
    authLagDays:
      channel === "in store" ? rng.int(lag.inStore.min, lag.inStore.max) : rng.int(lag.online.min, lag.online.max),
    amountCents: -price,
    name: merchant.name,
    merchantName: merchant.merchant_name,
    channel,
    pfc: merchant.pfc,
    pending: options.pending,
  });
}

/** The subscription service with the spec's name ("Netflix", "Gym Membership", ...). */
export function subscriptionService(name: SubscriptionName): SubscriptionService {
  const service = SUBSCRIPTIONS.find((s) => s.service === name);
  if (!service) {
    throw new RangeError(
      `unknown subscription "${name}"; expected one of ${SUBSCRIPTIONS.map((s) => s.service).join(", ")}`,
    );
  }
  return service;
}

/** One monthly charge of a subscription at its exact price. */
export function subscriptionTransaction(
  ctx: TxnContext,
  service: SubscriptionService,
  day: number,
  streamId: string | null = null,
): Transaction {
  return makeTransaction(ctx, {
    day,
    amountCents: -service.price_cents,
    name: service.name,
    merchantName: service.merchant_name,
    channel: "online",
    pfc: service.pfc,
    confidence: "VERY_HIGH",
    streamId,
  });
}

/** Whether a user buys coffee at all (the spec: students and high incomes; `SPENDING.coffeeDrinkers`). */
export function isCoffeeDrinker(
  profile: ProfileData,
  user: Pick<UserMetadata, "life_stage" | "income_bracket">,
): boolean {
  const who = profile.spending.coffeeDrinkers;
  return (
    (who.lifeStages as readonly string[]).includes(user.life_stage) ||
    (who.incomeTiers as readonly string[]).includes(user.income_bracket)
  );
}

/** 0 for the lowest incomes, 1 for the highest, on a log scale (`SPENDING.pricePosition`). */
export function incomeFactor(profile: ProfileData, income: number): number {
  const { incomeFloor, incomeCeiling } = profile.spending.pricePosition;
  return Math.min(
    1,
    Math.max(0, (Math.log(income) - Math.log(incomeFloor)) / (Math.log(incomeCeiling) - Math.log(incomeFloor))),
  );
}

/**
 * The price of one purchase of `kind` for a user with `income`, in cents: higher incomes pay further up
 * the category's range, a frugal re-plan (0..1) further down.
 */
export function purchaseCents(profile: ProfileData, rng: Rng, kind: SpendKind, income: number, frugal = 0): number {
  const { min, max } = profile.spending.categories[kind].price_cents;
  const pp = profile.spending.pricePosition;
  const position = pp.base + pp.incomeWeight * incomeFactor(profile, income) - pp.frugalWeight * frugal;
  const p = Math.min(1, Math.max(0, position + pp.spread * (rng.next() - 0.5)));
  return Math.round(min + (max - min) * p);
}
