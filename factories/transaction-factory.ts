// `transactionFactory`: one transaction of a given kind, drawn by the same rule functions that the
// dataset's ledgers use. Amounts follow this toolkit's sign rule: money out is negative.
import { EMPLOYERS, LANDLORDS, SPEND_KINDS, type SpendKind, UTILITY_PROVIDERS } from "../src/data/merchants.ts";
import type { ProfileData } from "../src/data/profile.ts";
import { PLACES_BY_REGION } from "../src/data/places.ts";
import { SUBSCRIPTION_NAMES, type SubscriptionName } from "../src/data/subscriptions.ts";
import { userId as userIdOf } from "../src/random/ids.ts";
import { keyedRng, type Rng } from "../src/random/rng.ts";
import { StoreLocator, type TxnContext } from "../src/rules/transactions/base.ts";
import {
  drawPayFrequency,
  housingCents,
  housingTransaction,
  netPayPerPeriodCents,
  payDepositCents,
  payrollTransaction,
  retirementIncomeTransaction,
  SOCIAL_SECURITY_NAME,
  utilityBaseCents,
  utilityBillCents,
  utilityTransaction,
} from "../src/rules/transactions/bills.ts";
import {
  birthDayOfMonth,
  retirementMonthlyCents,
  socialSecurityCents,
  socialSecurityPayday,
  socialSecurityWednesday,
} from "../src/rules/retirement.ts";
import { incomeTierOf } from "../src/schemas/brackets.ts";
import { spendTransaction, subscriptionService, subscriptionTransaction } from "../src/rules/transactions/spending.ts";
import type { Account } from "../src/schemas/account.ts";
import { isPfcPair, pfcPrimaryOf, type Transaction, TransactionSchema } from "../src/schemas/transaction.ts";
import type { HomeLocation } from "../src/schemas/user.ts";
import { dayOf, isIsoDate, monthOfDay, toDay, weekdayOfDay } from "../src/units/dates.ts";
import { defaultAccountId } from "./account-factory.ts";
import { FixtureFactory, factoryIncome, type KeyTransient, profileOf, recordKey, windowOf } from "./fixture-factory.ts";

export const TRANSACTION_KINDS = [
  "payroll",
  "rent",
  "utilities",
  "subscription",
  ...SPEND_KINDS,
  "socialSecurity",
] as const;
export type TransactionKind = (typeof TRANSACTION_KINDS)[number];

export type TransactionTransient = KeyTransient & {
  kind?: TransactionKind;
  subscription?: SubscriptionName;
  channel?: "online" | "in store";
  pending?: boolean;
  /** Where in-store purchases happen (default: Austin, TX 78701, as in the spec). */
  home?: HomeLocation;
  /** Annual income in dollars that pay, housing and prices scale with (default: drawn from the profile's factory income). */
  income?: number;
};

export interface TransactionParents {
  account?: Account;
}

/** Kinds that only make sense on a depository account. */
const DEPOSITORY_ONLY: readonly TransactionKind[] = ["payroll", "rent", "utilities", "socialSecurity"];

export class TransactionFactory extends FixtureFactory<Transaction, TransactionTransient, TransactionParents> {
  /** A salary deposit: positive, `INCOME_SALARY`, channel `other`. */
  payroll() {
    return this.transient({ kind: "payroll" });
  }

  /** Rent on the 1st (±2 days): 25-35 % of gross monthly income (the dataset's housing rule). */
  rent() {
    return this.transient({ kind: "rent" });
  }

  /** A utility bill on the 15th (±2 days): $80-$150. */
  utilities() {
    return this.transient({ kind: "utilities" });
  }

  /**
   * A Social Security deposit (`INCOME_RETIREMENT_PENSION`, "SSA TREAS 310 XXSOC SEC") on the 2nd, 3rd or
   * 4th Wednesday by the build's birthday, as the dataset's retirees receive it.
   */
  socialSecurity() {
    return this.transient({ kind: "socialSecurity" });
  }

  /** One of the spec's five subscriptions at its exact price (any of them when omitted). */
  subscription(name?: SubscriptionName) {
    if (name !== undefined) subscriptionService(name);
    return this.transient({ kind: "subscription", subscription: name });
  }

  groceries() {
    return this.transient({ kind: "groceries" });
  }

  restaurant() {
    return this.transient({ kind: "restaurant" });
  }

  coffee() {
    return this.transient({ kind: "coffee" });
  }

  /** Paid online: null location. Without another kind, an online-marketplace purchase. */
  online() {
    return this.transient({ channel: "online" });
  }

  /** Not yet posted. */
  pending() {
    return this.transient({ pending: true });
  }
}

const DEFAULT_HOME = PLACES_BY_REGION.urban[0] as HomeLocation;

function drawDay(
  profile: ProfileData,
  rng: Rng,
  kind: TransactionKind,
  startDay: number,
  endDay: number,
  key: { seed: number; index: number },
): number {
  const { dayJitter, housing, utilities } = profile.budget;
  const anyDay = rng.int(startDay, endDay);
  const clamp = (d: number) => Math.min(endDay, Math.max(startDay, d));
  const onDayOfMonth = (dom: number) => {
    const date = new Date(anyDay * 86_400_000);
    return clamp(dayOf(date.getUTCFullYear(), monthOfDay(anyDay), dom) + rng.int(-dayJitter, dayJitter));
  };
  if (kind === "rent") return onDayOfMonth(housing.dayOfMonth);
  if (kind === "utilities") return onDayOfMonth(utilities.dayOfMonth);
  if (kind === "socialSecurity") {
    // The SSA's Wednesday for this build's birthday, in the month of a drawn day (or the month before
    // when that Wednesday falls after the window).
    const nth = socialSecurityWednesday(profile, birthDayOfMonth(key.seed, key.index));
    const [year, month] = [new Date(anyDay * 86_400_000).getUTCFullYear(), monthOfDay(anyDay)];
    const payday = socialSecurityPayday(year, month, nth);
    if (payday <= endDay && payday >= startDay) return payday;
    const before = month === 1 ? socialSecurityPayday(year - 1, 12, nth) : socialSecurityPayday(year, month - 1, nth);
    return before >= startDay ? before : clamp(payday);
  }
  if (kind === "payroll") {
    // Paydays are Fridays.
    const friday = anyDay + ((5 - weekdayOfDay(anyDay) + 7) % 7);
    return friday > endDay ? friday - 7 : friday;
  }
  return anyDay;
}

/** One transaction of `kind`, drawn by the same rule functions the dataset's planners call. */
function buildOne(
  ctx: TxnContext,
  kind: TransactionKind,
  day: number,
  t: TransactionTransient,
  income: number,
  channel: "online" | "in store" | undefined,
  windowEndDay: number,
): Transaction {
  const { rng, profile } = ctx;
  switch (kind) {
    case "payroll": {
      const perPeriod = netPayPerPeriodCents(profile, income, drawPayFrequency(profile, rng));
      return payrollTransaction(ctx, rng.pick(EMPLOYERS), payDepositCents(profile, rng, perPeriod), day);
    }
    case "rent":
      return housingTransaction(ctx, rng.pick(LANDLORDS), false, housingCents(profile, rng, income), day);
    case "utilities":
      return utilityTransaction(
        ctx,
        rng.pick(UTILITY_PROVIDERS),
        utilityBillCents(profile, rng, utilityBaseCents(profile, rng), monthOfDay(day)),
        day,
      );
    case "socialSecurity": {
      const monthly = retirementMonthlyCents(profile, income, incomeTierOf(income));
      return retirementIncomeTransaction(ctx, SOCIAL_SECURITY_NAME, socialSecurityCents(profile, monthly), day);
    }
    case "subscription":
      return subscriptionTransaction(ctx, subscriptionService(t.subscription ?? rng.pick(SUBSCRIPTION_NAMES)), day);
    default:
      return spendTransaction(ctx, kind, day, { channel, pending: t.pending, income, windowEndDay });
  }
}

/** True for a detailed code of the PFCv2 taxonomy (an unknown one is left for the schema to report). */
function isPfcDetailed(detailed: string): boolean {
  try {
    return isPfcPair(pfcPrimaryOf(detailed), detailed);
  } catch {
    return false;
  }
}

/** A payment channel given as an override, when it is one a purchase can have. */
function channelOverride(value: unknown): "online" | "in store" | undefined {
  return value === "online" || value === "in store" ? value : undefined;
}

/**
 * Transactions. Without an associated account, build #n sits on account #n of `accountFactory`
 * (a checking account of `user_00n`).
 *
 * @example
 * const deposit = transactionFactory.payroll().build({}, { associations: { account } });
 * deposit.amount > 0 && deposit.payment_channel === "other"; // true
 */
export const transactionFactory = TransactionFactory.define(({ sequence, params, associations, transientParams }) => {
  const t = transientParams;
  const key = recordKey(sequence, t);
  const profile = profileOf(t);
  const { account } = associations as TransactionParents;
  const rng = keyedRng(key.seed, "transaction", key.index);
  // Derived fields follow overrides: an overridden channel decides the store location (and the kind,
  // when none is asked for), an overridden category its primary.
  const channel = channelOverride(params.payment_channel) ?? t.channel;
  const weights = profile.spending.weights as Readonly<Partial<Record<SpendKind, number>>>;
  const kind: TransactionKind =
    t.kind ??
    (channel === "online" ? "online" : rng.weighted(Object.keys(weights) as SpendKind[], (k) => weights[k] ?? 0));
  if (account && account.type !== "depository" && DEPOSITORY_ONLY.includes(kind)) {
    throw new RangeError(
      `transactionFactory: a ${kind} transaction belongs on a checking account, not on ${account.subtype} account ${account.account_id}`,
    );
  }
  const window = windowOf(t);
  const startDay = toDay(window.startDate);
  const endDay = toDay(window.endDate);
  const day =
    typeof params.date === "string" && isIsoDate(params.date)
      ? toDay(params.date)
      : drawDay(profile, rng, kind, startDay, endDay, key);
  const ctx: TxnContext = {
    rng,
    profile,
    accountId: account?.account_id ?? defaultAccountId(profile, key.seed, key.index),
    userId: account?.user_id ?? userIdOf(key.index),
    stores: new StoreLocator(t.home ?? DEFAULT_HOME, rng, profile.spending.stores),
  };
  const txn = buildOne(ctx, kind, day, t, t.income ?? factoryIncome(profile, key), channel, endDay);
  if (t.pending) txn.pending = true;
  const detailed = params.personal_finance_category?.detailed;
  if (
    typeof detailed === "string" &&
    params.personal_finance_category?.primary === undefined &&
    isPfcDetailed(detailed)
  ) {
    txn.personal_finance_category.primary = pfcPrimaryOf(detailed);
  }
  // An overridden date keeps authorization on or before it.
  if (typeof params.date === "string" && params.authorized_date === undefined) txn.authorized_date = params.date;
  return txn;
}).validatedAs(TransactionSchema, "transaction", ["account"]);
