// One rule, one place: a factory built for a dataset user's account draws from the same rule and the
// same ranges as the dataset. The expected ranges are the spec's, worked out here from the profile's
// numbers (net pay by tier over 26 or 12 periods ±2 %, housing 25-35 % of gross monthly income,
// utilities $80-$150, the five subscription prices, the 2 % card minimum), not read off either side.
import { describe, expect, it } from "vitest";
import {
  buildDataset,
  DEFAULT_PROFILE,
  liabilityFactory,
  transactionFactory,
  type Account,
  type Dataset,
  type Transaction,
  type User,
} from "spendsense-fixtures";
import { SUBSCRIPTIONS } from "../../src/data/subscriptions.ts";
import { seedsFor } from "../helpers/seeds.ts";

const P = DEFAULT_PROFILE;
const BUILDS = 12;

/** A deposit is a biweekly (net / 26) or a monthly (net / 12) paycheck, ±2 %; rounding adds at most half a cent. */
function payRanges(user: User): { min: number; max: number }[] {
  const net = user.metadata.income * P.budget.payroll.netShareByTier[user.metadata.income_bracket];
  const v = P.budget.payroll.variance;
  return [26, 12].map((periods) => ({
    min: (net / periods) * (1 - v) - 0.005,
    max: (net / periods) * (1 + v) + 0.005,
  }));
}

function housingRange(user: User): { min: number; max: number } {
  const monthly = user.metadata.income / 12;
  const share = { min: 0.25, max: 0.35 }; // the spec's 25-35 % of gross monthly income
  return { min: Math.round(monthly * share.min) - 1, max: Math.round(monthly * share.max) + 1 }; // whole dollars
}

const within = (amount: number, r: { min: number; max: number }) =>
  Math.abs(amount) >= r.min && Math.abs(amount) <= r.max;

function userParts(data: Dataset, user: User) {
  const accounts = data.accounts.filter((a) => a.user_id === user.user_id);
  const checking = accounts.find((a) => a.subtype === "checking") as Account;
  const txns = data.transactions.filter((t) => t.user_id === user.user_id);
  return { accounts, checking, txns };
}

const byDetailed = (txns: readonly Transaction[], detailed: string) =>
  txns.filter((t) => t.personal_finance_category.detailed === detailed);

describe.each(seedsFor([42, 7], 1))("factories and the dataset share each rule (seed %i)", (seed) => {
  const data = buildDataset({ users: 40, seed });
  const users = data.users.filter((u) => u.metadata.life_event === null);

  it("payroll: net pay by tier, biweekly or monthly, ±2 %", () => {
    for (const user of users.slice(0, 8)) {
      const { checking, txns } = userParts(data, user);
      const ranges = payRanges(user);
      const paid = (t: Transaction) => ranges.some((r) => within(t.amount, r));
      for (const t of byDetailed(txns, "INCOME_SALARY"))
        expect(paid(t), `${user.user_id} dataset ${t.amount}`).toBe(true);
      const built = transactionFactory
        .payroll()
        .buildList(BUILDS, {}, { associations: { account: checking }, transient: { income: user.metadata.income } });
      for (const t of built) expect(paid(t), `${user.user_id} factory ${t.amount}`).toBe(true);
    }
  });

  it("rent or mortgage: 25-35 % of gross monthly income, on the 1st ±2 days", () => {
    for (const user of users.slice(0, 8)) {
      const { checking, txns } = userParts(data, user);
      const range = housingRange(user);
      const housing = txns.filter((t) =>
        ["RENT_AND_UTILITIES_RENT", "LOAN_PAYMENTS_MORTGAGE_PAYMENT"].includes(t.personal_finance_category.detailed),
      );
      expect(housing.length).toBeGreaterThan(0);
      for (const t of housing) expect(within(t.amount, range), `${user.user_id} dataset ${t.amount}`).toBe(true);
      const built = transactionFactory
        .rent()
        .buildList(BUILDS, {}, { associations: { account: checking }, transient: { income: user.metadata.income } });
      for (const t of built) expect(within(t.amount, range), `${user.user_id} factory ${t.amount}`).toBe(true);
    }
  });

  it("utilities: every bill in $80-$150", () => {
    const range = { min: 80, max: 150 };
    const { checking } = userParts(data, users[0] as User);
    for (const t of byDetailed(data.transactions, "RENT_AND_UTILITIES_GAS_AND_ELECTRICITY"))
      expect(within(t.amount, range)).toBe(true);
    for (const t of transactionFactory.utilities().buildList(BUILDS * 4, {}, { associations: { account: checking } }))
      expect(within(t.amount, range)).toBe(true);
  });

  it("Social Security: whole dollars up to the SSA maximum, on the 2nd-4th Wednesday or the business day before", () => {
    // The SSA's rules, not the profile's: 2024 maximum benefit at 70 is $4,873; benefits are whole dollars;
    // payment on the 2nd, 3rd or 4th Wednesday (days 8-28), earlier only when that Wednesday is a holiday.
    const onSchedule = (t: Transaction) => {
      const dom = Number(t.date.slice(8, 10));
      const weekday = new Date(`${t.date}T00:00:00Z`).getUTCDay();
      return (weekday === 3 && dom >= 8 && dom <= 28) || (weekday >= 1 && weekday <= 2 && dom >= 6 && dom <= 27);
    };
    const ok = (t: Transaction) =>
      t.amount > 0 && t.amount <= 4_873 && Number.isInteger(t.amount) && t.name === "SSA TREAS 310 XXSOC SEC";
    const inData = data.transactions.filter((t) => t.name === "SSA TREAS 310 XXSOC SEC");
    for (const t of inData) {
      expect(ok(t), `dataset ${t.amount}`).toBe(true);
      expect(onSchedule(t), `dataset ${t.date}`).toBe(true);
      expect(t.personal_finance_category.detailed).toBe("INCOME_RETIREMENT_PENSION");
    }
    const { checking } = userParts(data, users[0] as User);
    for (const t of transactionFactory
      .socialSecurity()
      .buildList(BUILDS * 4, {}, { associations: { account: checking } })) {
      expect(ok(t), `factory ${t.amount}`).toBe(true);
      expect(onSchedule(t), `factory ${t.date}`).toBe(true);
      expect(t.personal_finance_category.detailed).toBe("INCOME_RETIREMENT_PENSION");
    }
  });

  it("subscriptions: the same services at the same exact prices", () => {
    const prices = new Map(SUBSCRIPTIONS.map((s) => [s.merchant_name, -s.price_cents / 100]));
    const subscriptionIds = new Set(
      data.recurringStreams.filter((s) => prices.has(s.merchant_name ?? "")).flatMap((s) => s.transaction_ids),
    );
    const inData = data.transactions.filter((t) => subscriptionIds.has(t.transaction_id));
    expect(inData.length).toBeGreaterThan(0);
    for (const t of inData) expect(t.amount).toBe(prices.get(t.merchant_name ?? ""));
    for (const t of transactionFactory.subscription().buildList(BUILDS))
      expect(t.amount).toBe(prices.get(t.merchant_name ?? ""));
  });

  it("student loans: the factory's liability for a dataset loan has the dataset's monthly payment", () => {
    const loans = data.liabilities.filter((l) => l.type === "student_loan");
    expect(loans.length).toBeGreaterThan(0);
    for (const loan of loans) {
      const user = data.users.find((u) => u.user_id === loan.user_id) as User;
      const account = data.accounts.find((a) => a.account_id === loan.account_id) as Account;
      const built = liabilityFactory.build(
        {},
        { associations: { account }, transient: { income: user.metadata.income } },
      );
      expect(built.minimum_payment_amount).toBe(loan.minimum_payment_amount);
      // The spec's $150-$400, and every dataset payment of the loan is that amount (the last may be the rest).
      expect(loan.minimum_payment_amount).toBeGreaterThanOrEqual(150);
      expect(loan.minimum_payment_amount).toBeLessThanOrEqual(400);
    }
  });

  it("card liabilities: the 2 % minimum of the statement balance, for the dataset and the factory alike", () => {
    const cards = data.liabilities.filter((l) => l.type === "credit_card");
    expect(cards.length).toBeGreaterThan(0);
    for (const liability of cards) {
      const account = data.accounts.find((a) => a.account_id === liability.account_id) as Account;
      const built = liabilityFactory.build({}, { associations: { account } });
      const expected = Math.round(account.current_balance * 2) / 100; // 2 % in cents, rounded
      expect(liability.minimum_payment_amount).toBeCloseTo(expected, 2);
      expect(built.minimum_payment_amount).toBeCloseTo(expected, 2);
      expect(built.last_statement_balance).toBe(liability.last_statement_balance);
    }
  });
});
