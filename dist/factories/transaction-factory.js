// `transactionFactory`: one transaction of a given kind, drawn by the same rule functions that the
// dataset's ledgers use. Amounts follow this toolkit's sign rule: money out is negative.
import { EMPLOYERS, LANDLORDS, SPEND_KINDS, UTILITY_PROVIDERS } from "../src/data/merchants.js";
import { PLACES_BY_REGION } from "../src/data/places.js";
import { SUBSCRIPTION_NAMES } from "../src/data/subscriptions.js";
import { userId as userIdOf } from "../src/random/ids.js";
import { keyedRng } from "../src/random/rng.js";
import { StoreLocator } from "../src/rules/transactions/base.js";
import { drawPayFrequency, housingCents, housingTransaction, netPayPerPeriodCents, payDepositCents, payrollTransaction, utilityBaseCents, utilityBillCents, utilityTransaction, } from "../src/rules/transactions/bills.js";
import { spendTransaction, subscriptionService, subscriptionTransaction } from "../src/rules/transactions/spending.js";
import { isPfcPair, pfcPrimaryOf, TransactionSchema } from "../src/schemas/transaction.js";
import { dayOf, isIsoDate, monthOfDay, toDay, weekdayOfDay } from "../src/units/dates.js";
import { defaultAccountId } from "./account-factory.js";
import { FixtureFactory, factoryIncome, profileOf, recordKey, windowOf } from "./fixture-factory.js";
export const TRANSACTION_KINDS = ["payroll", "rent", "utilities", "subscription", ...SPEND_KINDS];
/** Kinds that only make sense on a depository account. */
const DEPOSITORY_ONLY = ["payroll", "rent", "utilities"];
export class TransactionFactory extends FixtureFactory {
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
    /** One of the spec's five subscriptions at its exact price (any of them when omitted). */
    subscription(name) {
        if (name !== undefined)
            subscriptionService(name);
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
const DEFAULT_HOME = PLACES_BY_REGION.urban[0];
function drawDay(profile, rng, kind, startDay, endDay) {
    const { dayJitter, housing, utilities } = profile.budget;
    const anyDay = rng.int(startDay, endDay);
    const clamp = (d) => Math.min(endDay, Math.max(startDay, d));
    const onDayOfMonth = (dom) => {
        const date = new Date(anyDay * 86_400_000);
        return clamp(dayOf(date.getUTCFullYear(), monthOfDay(anyDay), dom) + rng.int(-dayJitter, dayJitter));
    };
    if (kind === "rent")
        return onDayOfMonth(housing.dayOfMonth);
    if (kind === "utilities")
        return onDayOfMonth(utilities.dayOfMonth);
    if (kind === "payroll") {
        // Paydays are Fridays.
        const friday = anyDay + ((5 - weekdayOfDay(anyDay) + 7) % 7);
        return friday > endDay ? friday - 7 : friday;
    }
    return anyDay;
}
/** One transaction of `kind`, drawn by the same rule functions the dataset's planners call. */
function buildOne(ctx, kind, day, t, income, channel) {
    const { rng, profile } = ctx;
    switch (kind) {
        case "payroll": {
            const perPeriod = netPayPerPeriodCents(profile, income, drawPayFrequency(profile, rng));
            return payrollTransaction(ctx, rng.pick(EMPLOYERS), payDepositCents(profile, rng, perPeriod), day);
        }
        case "rent":
            return housingTransaction(ctx, rng.pick(LANDLORDS), false, housingCents(profile, rng, income), day);
        case "utilities":
            return utilityTransaction(ctx, rng.pick(UTILITY_PROVIDERS), utilityBillCents(profile, rng, utilityBaseCents(profile, rng)), day);
        case "subscription":
            return subscriptionTransaction(ctx, subscriptionService(t.subscription ?? rng.pick(SUBSCRIPTION_NAMES)), day);
        default:
            return spendTransaction(ctx, kind, day, { channel, pending: t.pending, income });
    }
}
/** True for a detailed code of the PFCv2 taxonomy (an unknown one is left for the schema to report). */
function isPfcDetailed(detailed) {
    try {
        return isPfcPair(pfcPrimaryOf(detailed), detailed);
    }
    catch {
        return false;
    }
}
/** A payment channel given as an override, when it is one a purchase can have. */
function channelOverride(value) {
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
    const { account } = associations;
    const rng = keyedRng(key.seed, "transaction", key.index);
    // Derived fields follow overrides: an overridden channel decides the store location (and the kind,
    // when none is asked for), an overridden category its primary.
    const channel = channelOverride(params.payment_channel) ?? t.channel;
    const weights = profile.spending.weights;
    const kind = t.kind ?? (channel === "online" ? "online" : rng.weighted(Object.keys(weights), (k) => weights[k] ?? 0));
    if (account && account.type !== "depository" && DEPOSITORY_ONLY.includes(kind)) {
        throw new RangeError(`transactionFactory: a ${kind} transaction belongs on a checking account, not on ${account.subtype} account ${account.account_id}`);
    }
    const window = windowOf(t);
    const startDay = toDay(window.startDate);
    const endDay = toDay(window.endDate);
    const day = typeof params.date === "string" && isIsoDate(params.date) ? toDay(params.date) : drawDay(profile, rng, kind, startDay, endDay);
    const ctx = {
        rng,
        profile,
        accountId: account?.account_id ?? defaultAccountId(profile, key.seed, key.index),
        userId: account?.user_id ?? userIdOf(key.index),
        stores: new StoreLocator(t.home ?? DEFAULT_HOME, rng, profile.spending.stores),
    };
    const txn = buildOne(ctx, kind, day, t, t.income ?? factoryIncome(profile, key), channel);
    if (t.pending)
        txn.pending = true;
    const detailed = params.personal_finance_category?.detailed;
    if (typeof detailed === "string" && params.personal_finance_category?.primary === undefined && isPfcDetailed(detailed)) {
        txn.personal_finance_category.primary = pfcPrimaryOf(detailed);
    }
    // An overridden date keeps authorization on or before it.
    if (typeof params.date === "string" && params.authorized_date === undefined)
        txn.authorized_date = params.date;
    return txn;
}).validatedAs(TransactionSchema, "transaction", ["account"]);
//# sourceMappingURL=transaction-factory.js.map