// Everyday spending: groceries, restaurants, coffee, shopping, online, entertainment, seasonal
// categories, and the five subscriptions. Amounts are negative (money leaves the account).
import { SPEND_CATEGORIES, type SpendKind } from "../../data/merchants.ts";
import { SUBSCRIPTIONS, type SubscriptionName, type SubscriptionService } from "../../data/subscriptions.ts";
import type { Transaction } from "../../schemas/transaction.ts";
import { makeTransaction, type TxnContext } from "./base.ts";

export interface SpendOptions {
  /** Force the channel ("online" or "in store"); otherwise drawn from the merchant's online share. */
  channel?: "online" | "in store";
  pending?: boolean;
  /** Override the price, in cents (a positive number; the sign is applied here). */
  priceCents?: number;
}

/**
 * One purchase of a spending kind on `day`.
 *
 * @example
 * spendTransaction(ctx, "coffee", toDay("2025-06-02")); // e.g. Starbucks, -5.40, in store
 */
export function spendTransaction(ctx: TxnContext, kind: SpendKind, day: number, options: SpendOptions = {}): Transaction {
  const category = SPEND_CATEGORIES[kind];
  const { rng } = ctx;
  let merchants = category.merchants;
  if (options.channel === "online") merchants = merchants.filter((m) => m.online_share > 0);
  else if (options.channel === "in store") merchants = merchants.filter((m) => m.online_share < 1);
  if (merchants.length === 0) merchants = category.merchants;
  const merchant = rng.pick(merchants);
  const channel = options.channel ?? (rng.chance(merchant.online_share) ? "online" : "in store");
  const price = options.priceCents ?? rng.int(category.price_cents.min, category.price_cents.max);
  return makeTransaction(ctx, {
    day,
    authLagDays: channel === "in store" ? rng.int(0, 2) : rng.int(0, 1),
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
    throw new RangeError(`unknown subscription "${name}"; expected one of ${SUBSCRIPTIONS.map((s) => s.service).join(", ")}`);
  }
  return service;
}

/** One monthly charge of a subscription at its exact price. */
export function subscriptionTransaction(ctx: TxnContext, service: SubscriptionService, day: number, streamId: string | null = null): Transaction {
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
