// Everyday spending: groceries, restaurants, coffee, shopping, online, entertainment, seasonal
// categories, and the five subscriptions. Amounts are negative (money leaves the account).
import type { Merchant, SpendKind } from "../../data/merchants.ts";
import type { ProfileData } from "../../data/profile.ts";
import { SUBSCRIPTIONS, type SubscriptionName, type SubscriptionService } from "../../data/subscriptions.ts";
import type { Rng } from "../../random/rng.ts";
import type { Transaction } from "../../schemas/transaction.ts";
import type { UserMetadata } from "../../schemas/user.ts";
import { categoryMerchants } from "../merchants.ts";
import { makeTransaction, type StorePlace, type TxnContext } from "./base.ts";

export type SpendOptions = {
  /** Force the channel ("online" or "in store"); otherwise drawn from the merchant's online share. */
  channel?: "online" | "in store";
  /** Still pending whatever the posting lag. */
  pending?: boolean;
  /** The shop (otherwise drawn from the kind's brands by weight). */
  merchant?: Merchant;
  /** Where an in-store purchase happens when away from home (a trip's destination). */
  place?: StorePlace | null;
  /**
   * The last day of the data window: a purchase whose posting day falls after it is pending, dated on
   * its authorization day (Plaid's convention). Without it the posting lag applies as drawn.
   */
  windowEndDay?: number;
  /**
   * Post on the authorization day unless it stays pending: a debit from checking, whose overdraft rule
   * (`ACCOUNTS.overdraft`) is kept on the posted balance the ledger holds.
   */
  postSameDay?: boolean;
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
 * One purchase of a spending kind authorized on `day` (the purchase day); it posts 0-3 days later
 * (`SPENDING.pending`), or stays pending when that is after the window.
 *
 * @example
 * spendTransaction(ctx, "coffee", toDay("2025-06-02"), { income: 80_000 }); // e.g. Starbucks, -5.40, in store
 */
export function spendTransaction(ctx: TxnContext, kind: SpendKind, day: number, options: SpendOptions): Transaction {
  const { rng } = ctx;
  let merchant = options.merchant;
  if (!merchant) {
    const all = categoryMerchants(ctx.profile, kind);
    merchant = all.pick(rng);
    if (options.channel === "online" && merchant.online_share === 0) {
      merchant = rng.weighted(all.items, (m) => (m.online_share > 0 ? (m.weight ?? 1) : 0) + 1e-12);
    } else if (options.channel === "in store" && merchant.online_share === 1) {
      merchant = rng.weighted(all.items, (m) => (m.online_share < 1 ? (m.weight ?? 1) : 0) + 1e-12);
    }
  }
  const channel = options.channel ?? (rng.chance(merchant.online_share) ? "online" : "in store");
  const price = "priceCents" in options ? options.priceCents : purchaseCents(ctx.profile, rng, kind, options.income);
  const lag = channel === "in store" ? ctx.profile.spending.pending.inStore : ctx.profile.spending.pending.online;
  const lagDays = rng.int(lag.min, lag.max);
  const pending =
    options.pending === true || (options.windowEndDay !== undefined && day + lagDays > options.windowEndDay);
  return makeTransaction(ctx, {
    day: pending || options.postSameDay ? day : day + lagDays,
    authLagDays: pending || options.postSameDay ? 0 : lagDays,
    amountCents: -price,
    name: merchant.name,
    merchantName: merchant.merchant_name,
    channel,
    pfc: merchant.pfc,
    pending,
    ...(options.place ? { place: options.place } : {}),
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

/** The standard normal CDF (Abramowitz-Stegun 7.1.26 for erf, |error| < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

/** The standard normal quantile (Acklam's rational approximation, relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
  ];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const q = Math.min(1 - 1e-12, Math.max(1e-12, p));
  const [a0, a1, a2, a3, a4, a5] = a as [number, number, number, number, number, number];
  const [b0, b1, b2, b3, b4] = b as [number, number, number, number, number];
  const [c0, c1, c2, c3, c4, c5] = c as [number, number, number, number, number, number];
  const [d0, d1, d2, d3] = d as [number, number, number, number];
  if (q < 0.02425) {
    const r = Math.sqrt(-2 * Math.log(q));
    return (((((c0 * r + c1) * r + c2) * r + c3) * r + c4) * r + c5) / ((((d0 * r + d1) * r + d2) * r + d3) * r + 1);
  }
  if (q > 1 - 0.02425) {
    const r = Math.sqrt(-2 * Math.log(1 - q));
    return -(((((c0 * r + c1) * r + c2) * r + c3) * r + c4) * r + c5) / ((((d0 * r + d1) * r + d2) * r + d3) * r + 1);
  }
  const r = q - 0.5;
  const r2 = r * r;
  return (
    ((((((a0 * r2 + a1) * r2 + a2) * r2 + a3) * r2 + a4) * r2 + a5) * r) /
    (((((b0 * r2 + b1) * r2 + b2) * r2 + b3) * r2 + b4) * r2 + 1)
  );
}

/**
 * The price of one purchase of `kind` for a user with `income`, in cents: a lognormal truncated to the
 * category's range, drawn by inverse CDF on the truncated distribution (so no point mass at either
 * bound), right-skewed. Higher incomes have a higher median, a frugal re-plan (0..1) a lower one
 * (`SPENDING.pricePosition`).
 */
export function purchaseCents(profile: ProfileData, rng: Rng, kind: SpendKind, income: number, frugal = 0): number {
  const { min, max } = profile.spending.categories[kind].price_cents;
  if (max <= min) return min;
  const pp = profile.spending.pricePosition;
  const position = pp.base + pp.incomeWeight * incomeFactor(profile, income) - pp.frugalWeight * frugal;
  // On the log scale of the range: 0 at min, 1 at max; median at `position`, spread `pp.spread`.
  const spread = Math.max(1e-6, pp.spread);
  const lo = normalCdf((0 - position) / spread);
  const hi = normalCdf((1 - position) / spread);
  const u = lo + (hi - lo) * rng.next();
  const x = Math.min(1, Math.max(0, position + spread * normalQuantile(u)));
  const cents = Math.round(Math.exp(Math.log(min) + x * (Math.log(max) - Math.log(min))));
  return Math.min(max, Math.max(min, cents));
}

/** A cheap purchase of `kind` for a customer short of money: the low end of the range, still spread out. */
export function cheapPurchaseCents(profile: ProfileData, rng: Rng, kind: SpendKind): number {
  const { min, max } = profile.spending.categories[kind].price_cents;
  return min + Math.floor(rng.next() * Math.max(1, Math.round((max - min) * 0.1)));
}

/** Kind weights that move with income, interpolated at the user's income factor (`SPENDING.weightsByIncome`). */
export function incomeKindWeight(profile: ProfileData, kind: SpendKind, factor: number): number {
  const byIncome = (profile.spending.weightsByIncome as Partial<Record<SpendKind, { low: number; high: number }>>)[
    kind
  ];
  if (byIncome) return byIncome.low + (byIncome.high - byIncome.low) * factor;
  return (profile.spending.weights as Partial<Record<SpendKind, number>>)[kind] ?? 0;
}
