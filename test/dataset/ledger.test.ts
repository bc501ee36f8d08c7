// The ledger of every customer, checked over several seeds: counts, windows, reconciliation,
// transfers, liabilities, streams, schedules and the budget.
import { beforeAll, describe, expect, it } from "vitest";
import {
  AccountSchema,
  LiabilitySchema,
  LifeEventSchema,
  RecurringStreamSchema,
  TransactionSchema,
  UserSchema,
  buildDataset,
  checkDailyBalances,
  checkLiabilities,
  checkReconciliation,
  checkStreams,
  checkTransferPairs,
  type Dataset,
  type Transaction,
} from "spendsense-fixtures";
import { PFC_V2_PAIRS } from "../../src/data/pfc-taxonomy.ts";
import type { Account } from "../../src/schemas/account.ts";
import { SUBSCRIPTIONS } from "../../src/data/subscriptions.ts";
import { toDay, weekdayOfDay } from "../../src/units/dates.ts";
import { OPM_FEDERAL_HOLIDAYS } from "../fixtures/federal-holidays.ts";
import { seedsFor } from "../helpers/seeds.ts";

const SEEDS = seedsFor([42, 3], 1);
const FEDERAL_2025 = new Set(OPM_FEDERAL_HOLIDAYS[2025]);
const PFC_PAIRS = new Set(PFC_V2_PAIRS.map(([p, d]) => `${p}/${d}`));

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    let list = map.get(k);
    if (!list) map.set(k, (list = []));
    list.push(item);
  }
  return map;
}

const domDistance = (date: string, dom: number) => {
  const d = Number(date.slice(8, 10));
  return Math.min(Math.abs(d - dom), Math.abs(d + 30 - dom), Math.abs(dom + 30 - d));
};

describe.each(SEEDS)("the ledger of seed %i", (seed) => {
  let data: Dataset;
  let byUser: Map<string, Transaction[]>;
  beforeAll(() => {
    data = buildDataset({ users: 100, seed });
    byUser = groupBy(data.transactions, (t) => t.user_id);
  });

  it("every user has 150-200 transactions, all dated inside the window and authorized on or before their date (AC-2, QC-4)", () => {
    for (const user of data.users) {
      const count = byUser.get(user.user_id)?.length ?? 0;
      expect(count, user.user_id).toBeGreaterThanOrEqual(150);
      expect(count, user.user_id).toBeLessThanOrEqual(200);
    }
    for (const t of data.transactions) {
      expect(t.date >= "2025-05-01" && t.date <= "2025-10-31").toBe(true);
      expect(t.authorized_date! <= t.date).toBe(true);
    }
  });

  it("every record satisfies its schema and every category pair is in the PFCv2 taxonomy (AC-3)", () => {
    const invalid = [
      ...data.users.filter((r) => !UserSchema.safeParse(r).success),
      ...data.accounts.filter((r) => !AccountSchema.safeParse(r).success),
      ...data.transactions.filter((r) => !TransactionSchema.safeParse(r).success),
      ...data.liabilities.filter((r) => !LiabilitySchema.safeParse(r).success),
      ...data.recurringStreams.filter((r) => !RecurringStreamSchema.safeParse(r).success),
      ...data.lifeEvents.filter((r) => !LifeEventSchema.safeParse(r).success),
    ];
    expect(invalid).toEqual([]);
    for (const t of data.transactions)
      expect(PFC_PAIRS.has(`${t.personal_finance_category.primary}/${t.personal_finance_category.detailed}`)).toBe(
        true,
      );
  });

  it("ids are unique and every foreign key resolves (QC-3)", () => {
    const users = new Set(data.users.map((u) => u.user_id));
    const accounts = new Map(data.accounts.map((a) => [a.account_id, a]));
    expect(new Set(data.transactions.map((t) => t.transaction_id)).size).toBe(data.transactions.length);
    expect(accounts.size).toBe(data.accounts.length);
    expect(new Set(data.users.map((u) => u.email)).size).toBe(data.users.length);
    for (const a of data.accounts) expect(users.has(a.user_id)).toBe(true);
    for (const t of data.transactions) expect(accounts.get(t.account_id)?.user_id).toBe(t.user_id);
    for (const l of data.liabilities) expect(accounts.get(l.account_id)?.user_id).toBe(l.user_id);
  });

  it("every account reconciles in cents, checking never ends a day below zero, cards stay within 0..limit", () => {
    expect(checkReconciliation(data.accounts, data.transactions)).toEqual([]);
    expect(checkDailyBalances(data.accounts, data.transactions)).toEqual([]);
  });

  it("transfers are two legs with a shared transfer_id, and liabilities match the latest payments", () => {
    expect(checkTransferPairs(data.transactions)).toEqual([]);
    expect(
      data.transactions
        .filter((t) => t.personal_finance_category.detailed === "LOAN_PAYMENTS_CREDIT_CARD_PAYMENT")
        .every((t) => t.transfer_id !== null),
    ).toBe(true);
    expect(checkLiabilities(data.accounts, data.liabilities, data.transactions)).toEqual([]);
  });

  it("streams list exactly their transactions, and each series' amounts stay within ±10% of its median (QC-5)", () => {
    expect(checkStreams(data.recurringStreams, data.transactions)).toEqual([]);
    const amount = new Map(data.transactions.map((t) => [t.transaction_id, Math.abs(t.amount)]));
    for (const s of data.recurringStreams) {
      const values = s.transaction_ids.map((id) => amount.get(id) as number).sort((a, b) => a - b);
      const median = values[Math.floor(values.length / 2)] as number;
      for (const v of values) expect(Math.abs(v - median)).toBeLessThanOrEqual(0.1 * median);
      if (s.transaction_ids.length >= 3) expect(s.status).toBe("MATURE");
    }
  });

  it("payroll is biweekly or monthly, positive, with at most ±2% variance per employer", () => {
    const payroll = data.transactions.filter((t) => t.personal_finance_category.detailed === "INCOME_SALARY");
    for (const [, list] of groupBy(payroll, (t) => t.stream_id ?? "none")) {
      const amounts = list.map((t) => t.amount);
      expect(Math.min(...amounts)).toBeGreaterThan(0);
      expect(Math.max(...amounts) / Math.min(...amounts)).toBeLessThanOrEqual(1.02 / 0.98 + 1e-9);
      const gaps = list.slice(1).map((t, i) => toDay(t.date) - toDay((list[i] as Transaction).date));
      // Biweekly is every 14 days, 13 or 15 around a payday moved off a holiday; monthly is the last business day.
      for (const gap of gaps) expect((gap >= 13 && gap <= 15) || (gap >= 27 && gap <= 35)).toBe(true);
    }
  });

  it("paydays and ACH debits (rent, utilities, loan and card payments, savings transfers) post on business days", () => {
    const ach = new Set([
      "INCOME_SALARY",
      "RENT_AND_UTILITIES_RENT",
      "LOAN_PAYMENTS_MORTGAGE_PAYMENT",
      "RENT_AND_UTILITIES_GAS_AND_ELECTRICITY",
      "LOAN_PAYMENTS_STUDENT_LOAN_PAYMENT",
      "LOAN_PAYMENTS_CREDIT_CARD_PAYMENT",
      "TRANSFER_OUT_SAVINGS",
    ]);
    const debits = data.transactions.filter((t) => ach.has(t.personal_finance_category.detailed));
    expect(debits.length).toBeGreaterThan(1000);
    const offDays = debits.filter((t) => {
      const weekday = weekdayOfDay(toDay(t.date));
      return weekday === 0 || weekday === 6 || FEDERAL_2025.has(t.date);
    });
    expect(offDays.map((t) => `${t.date} ${t.personal_finance_category.detailed}`)).toEqual([]);
  });

  it("rent falls on the 1st ±2 days and utilities on the 15th ±2 days; 30-40% of users pay 1-3 subscriptions at exact prices", () => {
    for (const t of data.transactions) {
      const d = t.personal_finance_category.detailed;
      if (d === "RENT_AND_UTILITIES_RENT" || d === "LOAN_PAYMENTS_MORTGAGE_PAYMENT")
        expect(domDistance(t.date, 1)).toBeLessThanOrEqual(2);
      if (d === "RENT_AND_UTILITIES_GAS_AND_ELECTRICITY") {
        expect(domDistance(t.date, 15)).toBeLessThanOrEqual(2);
        expect(-t.amount).toBeGreaterThanOrEqual(80);
        expect(-t.amount).toBeLessThanOrEqual(150);
      }
    }
    const prices = new Map(SUBSCRIPTIONS.map((s) => [s.merchant_name, -s.price_cents / 100]));
    const subscribers = new Map<string, Set<string>>();
    for (const s of data.recurringStreams) {
      if (!s.merchant_name || !prices.has(s.merchant_name)) continue;
      subscribers.set(s.user_id, (subscribers.get(s.user_id) ?? new Set()).add(s.merchant_name));
      expect(s.average_amount).toBe(prices.get(s.merchant_name));
      expect(s.frequency).toBe("MONTHLY");
    }
    expect(subscribers.size / data.users.length).toBeGreaterThanOrEqual(0.3);
    expect(subscribers.size / data.users.length).toBeLessThanOrEqual(0.4);
    for (const set of subscribers.values()) expect(set.size).toBeLessThanOrEqual(3);
  });

  it("in-store purchases carry the user's home location, except a trip's charges at its destination; online ones none", () => {
    const home = new Map(data.users.map((u) => [u.user_id, u.metadata.home]));
    const travelDays = new Map<string, number[]>();
    for (const t of data.transactions)
      if (t.personal_finance_category.primary === "TRAVEL")
        travelDays.set(t.user_id, [...(travelDays.get(t.user_id) ?? []), toDay(t.authorized_date ?? t.date)]);
    const flightDays = new Map<string, number[]>();
    for (const t of data.transactions)
      if (t.personal_finance_category.detailed === "TRAVEL_FLIGHTS")
        flightDays.set(t.user_id, [...(flightDays.get(t.user_id) ?? []), toDay(t.authorized_date ?? t.date)]);
    let away = 0;
    for (const t of data.transactions) {
      if (t.payment_channel === "online") expect(Object.values(t.location).every((v) => v === null)).toBe(true);
      if (t.payment_channel !== "in store") continue;
      const h = home.get(t.user_id);
      const atHome = t.location.city === h?.city && t.location.postal_code === h?.postal_code;
      const detailed = t.personal_finance_category.detailed;
      if (detailed === "TRAVEL_LODGING" || detailed === "TRAVEL_RENTAL_CARS") expect(atHome).toBe(false);
      else if (!atHome) {
        // Only meals during a trip happen away from home: within a few days of that user's travel charges,
        // or, when the hotel could not be paid (a short customer skips it), inside the flight's booking
        // lead (7-45 days) plus the nights after a flight booked online.
        away++;
        expect(["FOOD_AND_DRINK_RESTAURANT", "FOOD_AND_DRINK_FAST_FOOD"]).toContain(detailed);
        const day = toDay(t.authorized_date ?? t.date);
        const near = (travelDays.get(t.user_id) ?? []).some((d) => Math.abs(d - day) <= 5);
        const afterFlight = (flightDays.get(t.user_id) ?? []).some((d) => day - d >= 7 && day - d <= 45 + 7);
        expect(near || afterFlight, `${t.user_id} ${t.merchant_name} ${t.date}`).toBe(true);
      }
      expect(t.location.city).not.toBeNull();
    }
    expect(away).toBeGreaterThan(0);
  });

  it("restaurants are likelier on Friday to Sunday (by purchase day), and travel and back-to-school only around their months", () => {
    const restaurants = data.transactions.filter(
      (t) =>
        t.personal_finance_category.primary === "FOOD_AND_DRINK" &&
        t.personal_finance_category.detailed.includes("RESTAURANT"),
    );
    const purchaseDay = (t: (typeof data.transactions)[number]) => toDay(t.authorized_date ?? t.date);
    const weekend = restaurants.filter((t) => [0, 5, 6].includes(weekdayOfDay(purchaseDay(t)))).length;
    expect(weekend / restaurants.length).toBeGreaterThan((3 / 7) * 1.1);
    for (const t of data.transactions) {
      const month = Number((t.authorized_date ?? t.date).slice(5, 7));
      const detailed = t.personal_finance_category.detailed;
      // Trips start in June or July: flights are booked up to 45 days before, hotels paid at check-out.
      if (detailed === "TRAVEL_FLIGHTS") expect([4, 5, 6, 7]).toContain(month);
      else if (t.personal_finance_category.primary === "TRAVEL") expect([6, 7, 8]).toContain(month);
      if (detailed === "GENERAL_MERCHANDISE_OFFICE_SUPPLIES") expect([8, 9]).toContain(month);
    }
  });

  it("life events: medical bills of $500-$3,000, job changes with 2-4 weeks without pay, large purchases", () => {
    const txn = new Map(data.transactions.map((t) => [t.transaction_id, t]));
    for (const e of data.lifeEvents) {
      expect(data.users.find((u) => u.user_id === e.user_id)?.metadata.life_event).toBe(e.kind);
      if (e.kind === "medical") {
        expect(-e.amount).toBeGreaterThanOrEqual(500);
        expect(-e.amount).toBeLessThanOrEqual(3000);
        expect(txn.get(e.transaction_ids[0] as string)?.amount).toBe(e.amount);
      }
      if (e.kind === "job_change") {
        const gap = toDay(e.end_date) - toDay(e.start_date);
        expect(gap).toBeGreaterThanOrEqual(14);
        expect(gap).toBeLessThanOrEqual(28);
        const paid = (byUser.get(e.user_id) ?? []).filter(
          (t) =>
            t.personal_finance_category.detailed === "INCOME_SALARY" && t.date > e.start_date && t.date < e.end_date,
        );
        expect(paid).toEqual([]);
      }
    }
    expect(data.lifeEvents.length).toBeGreaterThanOrEqual(5);
  });

  it("the budget adds up: checking ends at roughly 0.5-4 months of income, and high earners move their surplus out", () => {
    const income = new Map(data.users.map((u) => [u.user_id, u.metadata.income]));
    const savers = new Set(data.accounts.filter((a) => a.subtype === "savings").map((a) => a.user_id));
    const monthsOf = (a: Account) => a.current_balance / ((income.get(a.user_id) as number) / 12);
    const checking = data.accounts.filter((a) => a.subtype === "checking");
    const share = (list: Account[]) => list.filter((a) => monthsOf(a) >= 0.5 && monthsOf(a) <= 4).length / list.length;
    // Customers with a savings account are never strained (BUDGET.stress): 95 % of them end in 0.5-4
    // months; strained customers (about half of the 30 % without one) end near their small cushion.
    expect(share(checking.filter((a) => savers.has(a.user_id)))).toBeGreaterThanOrEqual(0.95);
    expect(share(checking)).toBeGreaterThanOrEqual(0.75);
    for (const u of data.users.filter((x) => x.metadata.income_bracket === "high")) {
      const saved = (byUser.get(u.user_id) ?? []).filter((t) =>
        ["TRANSFER_OUT_SAVINGS", "TRANSFER_OUT_INVESTMENT_AND_RETIREMENT_FUNDS"].includes(
          t.personal_finance_category.detailed,
        ),
      );
      expect(saved.length, u.user_id).toBeGreaterThan(0);
    }
  });

  it("student loans open at $15,000-$60,000 and cards at 30-70% utilization", () => {
    for (const a of data.accounts) {
      if (a.subtype === "student") {
        expect(a.opening_balance).toBeGreaterThanOrEqual(15_000);
        expect(a.opening_balance).toBeLessThanOrEqual(60_000);
      }
      if (a.type === "credit") {
        const u = a.opening_balance / (a.credit_limit as number);
        expect(u).toBeGreaterThanOrEqual(0.3 - 1e-4);
        expect(u).toBeLessThanOrEqual(0.7 + 1e-4);
      }
    }
  });
});
