// `transactionFactory`: one transaction of a given kind, drawn by the same rule functions that the
// dataset's ledgers use. Amounts follow this toolkit's sign rule: money out is negative.
import { BILL_RULES, LANDLORDS, SPEND_KINDS, SPEND_WEIGHTS, type SpendKind, UTILITY_PROVIDERS } from "../src/data/merchants.ts";
import { PLACES_BY_REGION } from "../src/data/places.ts";
import { SUBSCRIPTION_NAMES, type SubscriptionName } from "../src/data/subscriptions.ts";
import { userId as userIdOf } from "../src/random/ids.ts";
import { keyedRng, type Rng } from "../src/random/rng.ts";
import { StoreLocator, type TxnContext } from "../src/rules/transactions/base.ts";
import { housingTransaction, payrollTransaction, utilityTransaction } from "../src/rules/transactions/bills.ts";
import { spendTransaction, subscriptionService, subscriptionTransaction } from "../src/rules/transactions/spending.ts";
import type { Account } from "../src/schemas/account.ts";
import { type Transaction, TransactionSchema } from "../src/schemas/transaction.ts";
import type { HomeLocation } from "../src/schemas/user.ts";
import { dayOf, isIsoDate, monthOfDay, toDay, weekdayOfDay } from "../src/units/dates.ts";
import { defaultAccountId } from "./account-factory.ts";
import { FixtureFactory, type KeyTransient, recordKey, windowOf } from "./fixture-factory.ts";

export const TRANSACTION_KINDS = ["payroll", "rent", "utilities", "subscription", ...SPEND_KINDS] as const;
export type TransactionKind = (typeof TRANSACTION_KINDS)[number];

export type TransactionTransient = KeyTransient & {
  kind?: TransactionKind;
  subscription?: SubscriptionName;
  channel?: "online" | "in store";
  pending?: boolean;
  /** Where in-store purchases happen (default: Austin, TX 78701, as in the spec). */
  home?: HomeLocation;
  /** Annual income in dollars that payroll and rent scale with (default $60,000). */
  income?: number;
};

export interface TransactionParents {
  account?: Account;
}

/** Kinds that only make sense on a depository account. */
const DEPOSITORY_ONLY: readonly TransactionKind[] = ["payroll", "rent", "utilities"];

export class TransactionFactory extends FixtureFactory<Transaction, TransactionTransient, TransactionParents> {
  /** A salary deposit: positive, `INCOME_SALARY`, channel `other`. */
  payroll() {
    return this.transient({ kind: "payroll" });
  }

  /** Rent on the 1st (±2 days): 25-35 % of monthly income. */
  rent() {
    return this.transient({ kind: "rent" });
  }

  /** A utility bill on the 15th (±2 days): $80-$150. */
  utilities() {
    return this.transient({ kind: "utilities" });
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
const DEFAULT_INCOME = 60_000;

function drawDay(rng: Rng, kind: TransactionKind, startDay: number, endDay: number): number {
  const anyDay = rng.int(startDay, endDay);
  const clamp = (d: number) => Math.min(endDay, Math.max(startDay, d));
  const onDayOfMonth = (dom: number) => {
    const date = new Date(anyDay * 86_400_000);
    return clamp(dayOf(date.getUTCFullYear(), monthOfDay(anyDay), dom) + rng.int(-BILL_RULES.dayJitter, BILL_RULES.dayJitter));
  };
  if (kind === "rent") return onDayOfMonth(BILL_RULES.rentDayOfMonth);
  if (kind === "utilities") return onDayOfMonth(BILL_RULES.utilitiesDayOfMonth);
  if (kind === "payroll") {
    // Paydays are Fridays.
    const friday = anyDay + ((5 - weekdayOfDay(anyDay) + 7) % 7);
    return friday > endDay ? friday - 7 : friday;
  }
  return anyDay;
}

function buildOne(rng: Rng, ctx: TxnContext, kind: TransactionKind, day: number, t: TransactionTransient): Transaction {
  const income = t.income ?? DEFAULT_INCOME;
  const monthlyCents = Math.round((income * 100) / 12);
  switch (kind) {
    case "payroll": {
      const biweeklyCents = Math.round((income * 100) / 26);
      const variance = rng.float(-BILL_RULES.payrollVariance, BILL_RULES.payrollVariance);
      return payrollTransaction(ctx, "Acme Corp", Math.round(biweeklyCents * (1 + variance)), day);
    }
    case "rent": {
      const share = rng.float(BILL_RULES.rentShareOfMonthlyIncome.min, BILL_RULES.rentShareOfMonthlyIncome.max);
      return housingTransaction(ctx, rng.pick(LANDLORDS), false, Math.round(monthlyCents * share), day);
    }
    case "utilities":
      return utilityTransaction(ctx, rng.pick(UTILITY_PROVIDERS), rng.int(BILL_RULES.utilitiesCents.min, BILL_RULES.utilitiesCents.max), day);
    case "subscription": {
      const service = subscriptionService(t.subscription ?? rng.pick(SUBSCRIPTION_NAMES));
      return subscriptionTransaction(ctx, service, day);
    }
    default:
      return spendTransaction(ctx, kind, day, { channel: t.channel, pending: t.pending });
  }
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
  const { account } = associations as TransactionParents;
  const rng = keyedRng(key.seed, "transaction", key.index);
  const kind: TransactionKind =
    t.kind ?? (t.channel === "online" ? "online" : rng.weighted(Object.keys(SPEND_WEIGHTS) as SpendKind[], (k) => SPEND_WEIGHTS[k] ?? 0));
  if (account && account.type !== "depository" && DEPOSITORY_ONLY.includes(kind)) {
    throw new RangeError(`transactionFactory: a ${kind} transaction belongs on a checking account, not on ${account.subtype} account ${account.account_id}`);
  }
  const window = windowOf(t);
  const startDay = toDay(window.startDate);
  const endDay = toDay(window.endDate);
  const day = typeof params.date === "string" && isIsoDate(params.date) ? toDay(params.date) : drawDay(rng, kind, startDay, endDay);
  const ctx: TxnContext = {
    rng,
    accountId: account?.account_id ?? defaultAccountId(key.seed, key.index),
    userId: account?.user_id ?? userIdOf(key.index),
    stores: new StoreLocator(t.home ?? DEFAULT_HOME, rng),
  };
  const txn = buildOne(rng, ctx, kind, day, t);
  if (t.pending) txn.pending = true;
  // An overridden date keeps authorization on or before it.
  if (typeof params.date === "string" && params.authorized_date === undefined) txn.authorized_date = params.date;
  return txn;
}).validatedAs(TransactionSchema, "transaction", ["account"]);
