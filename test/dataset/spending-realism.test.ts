// Everyday spending across whole datasets: many merchants with one category each, users with their own
// shops, trips located at the destination, amounts without point masses, the groceries-to-eating-out
// ratio falling with income (BLS CE 2024), and pending purchases with Plaid's balance semantics.
import { describe, expect, it } from "vitest";
import { SPEND_CATEGORIES } from "../../src/data/merchants.ts";
import { buildDataset } from "../../src/dataset/build-dataset.ts";
import { checkDailyBalances, checkReconciliation } from "../../src/quality/integrity.ts";
import type { Transaction } from "../../src/schemas/transaction.ts";
import { toDay } from "../../src/units/dates.ts";
import { toCents } from "../../src/units/money.ts";

const SEEDS = [1, 2, 3];
const datasets = SEEDS.map((seed) => buildDataset({ users: 300, seed }));
const small = buildDataset({ users: 100, seed: 42 });

const EATING_OUT = new Set(["FOOD_AND_DRINK_RESTAURANT", "FOOD_AND_DRINK_FAST_FOOD", "FOOD_AND_DRINK_COFFEE"]);
const merchantsOf = (transactions: readonly Transaction[]) => {
  const byUser = new Map<string, Set<string>>();
  for (const t of transactions) {
    if (t.merchant_name === null) continue;
    let set = byUser.get(t.user_id);
    if (!set) byUser.set(t.user_id, (set = new Set()));
    set.add(t.merchant_name);
  }
  return byUser;
};

describe("merchants", () => {
  it("at least 300 distinct merchants, more with more users", () => {
    const distinct = (users: number) =>
      new Set(
        datasets[0]!.transactions
          .filter((t) => Number(t.user_id.slice(5)) <= users && t.merchant_name !== null)
          .map((t) => t.merchant_name),
      ).size;
    expect(distinct(100)).toBeGreaterThanOrEqual(300);
    expect(distinct(300)).toBeGreaterThan(distinct(100));
  });

  // Money sent and received through one P2P app is one merchant in two directions (Plaid files Venmo
  // under TRANSFER_OUT_ACCOUNT_TRANSFER and TRANSFER_IN_ACCOUNT_TRANSFER), so the direction is not a category.
  it("one category per merchant_name across every dataset (transfers counted without their direction)", () => {
    const pfcOf = new Map<string, Set<string>>();
    for (const data of [...datasets, small])
      for (const t of data.transactions) {
        if (t.merchant_name === null) continue;
        let set = pfcOf.get(t.merchant_name);
        if (!set) pfcOf.set(t.merchant_name, (set = new Set()));
        set.add(t.personal_finance_category.detailed.replace(/^TRANSFER_(IN|OUT)_/, "TRANSFER_"));
      }
    const several = [...pfcOf.entries()].filter(([, s]) => s.size > 1).map(([name]) => name);
    expect(several).toEqual([]);
  });

  it("two users share well under half of their merchants (median over pairs)", () => {
    for (const data of datasets) {
      const sets = [...merchantsOf(data.transactions).values()];
      const overlaps: number[] = [];
      for (let i = 0; i < sets.length; i += 3)
        for (let j = i + 1; j < sets.length; j += 7) {
          const a = sets[i]!;
          const b = sets[j]!;
          let shared = 0;
          for (const m of a) if (b.has(m)) shared++;
          overlaps.push(shared / Math.min(a.size, b.size));
        }
      overlaps.sort((x, y) => x - y);
      expect(overlaps[Math.floor(overlaps.length / 2)]).toBeLessThan(0.3);
    }
  });

  it("no merchant carries more than 5 % of food purchases", () => {
    for (const data of datasets) {
      const food = data.transactions.filter((t) => t.personal_finance_category.primary === "FOOD_AND_DRINK");
      const counts = new Map<string, number>();
      for (const t of food) counts.set(t.merchant_name ?? "", (counts.get(t.merchant_name ?? "") ?? 0) + 1);
      expect(Math.max(...counts.values()) / food.length).toBeLessThan(0.05);
    }
  });

  it("fuel and pharmacy purchases appear for most users", () => {
    for (const data of datasets) {
      const users = (detailed: string) =>
        new Set(
          data.transactions.filter((t) => t.personal_finance_category.detailed === detailed).map((t) => t.user_id),
        ).size;
      expect(users("TRANSPORTATION_GAS") / data.users.length).toBeGreaterThan(0.8);
      expect(users("MEDICAL_PHARMACIES_AND_SUPPLEMENTS") / data.users.length).toBeGreaterThan(0.6);
    }
  });

  it("a favourite shop is habitual but not periodic: its visits are irregular", () => {
    let users = 0;
    let irregular = 0;
    for (const t of [datasets[0]!]) {
      const byUserShop = new Map<string, number[]>();
      for (const x of t.transactions) {
        if (
          x.stream_id !== null ||
          x.merchant_name === null ||
          x.personal_finance_category.primary !== "FOOD_AND_DRINK"
        )
          continue;
        const key = `${x.user_id}/${x.merchant_name}`;
        byUserShop.set(key, [...(byUserShop.get(key) ?? []), toDay(x.authorized_date ?? x.date)]);
      }
      const top = new Map<string, number[]>();
      for (const [key, days] of byUserShop) {
        const user = key.split("/")[0]!;
        if ((top.get(user)?.length ?? 0) < days.length) top.set(user, days);
      }
      for (const days of top.values()) {
        if (days.length < 6) continue;
        users++;
        const sorted = days.slice().sort((a, b) => a - b);
        const gaps = sorted.slice(1).map((d, i) => d - sorted[i]!);
        const mean = gaps.reduce((s, g) => s + g, 0) / gaps.length;
        const sd = Math.sqrt(gaps.reduce((s, g) => s + (g - mean) ** 2, 0) / gaps.length);
        if (sd / mean > 0.5) irregular++;
      }
    }
    expect(users).toBeGreaterThan(100);
    expect(irregular / users).toBeGreaterThan(0.9);
  });
});

describe("places", () => {
  it("hotel and rental-car charges are at a city other than home; flights and online purchases have no location", () => {
    for (const data of datasets) {
      const home = new Map(data.users.map((u) => [u.user_id, u.metadata.home.city]));
      let away = 0;
      const bad: string[] = [];
      for (const t of data.transactions) {
        const detailed = t.personal_finance_category.detailed;
        if (
          (t.payment_channel === "online" || detailed === "TRAVEL_FLIGHTS") &&
          !Object.values(t.location).every((v) => v === null)
        )
          bad.push(`${t.transaction_id}: ${detailed} online with a location`);
        if ((detailed === "TRAVEL_LODGING" || detailed === "TRAVEL_RENTAL_CARS") && t.payment_channel === "in store") {
          if (t.location.city === null || t.location.city === home.get(t.user_id))
            bad.push(`${t.transaction_id}: ${detailed} at ${t.location.city}`);
          away++;
        }
      }
      expect(bad).toEqual([]);
      expect(away).toBeGreaterThan(20);
    }
  });
});

describe("amounts", () => {
  it("no point mass at a category's lowest price (under 1 % exactly at it)", () => {
    const mins = new Set(Object.values(SPEND_CATEGORIES).map((c) => toCents(c.price_cents.min / 100)));
    for (const data of datasets) {
      const spend = data.transactions.filter(
        (t) => t.transfer_id === null && t.stream_id === null && t.amount < 0 && t.merchant_name !== null,
      );
      const food = spend.filter((t) => t.personal_finance_category.primary === "FOOD_AND_DRINK");
      for (const list of [spend, food]) {
        const atMin = list.filter((t) => mins.has(-toCents(t.amount))).length;
        expect(atMin / list.length).toBeLessThan(0.01);
      }
    }
  });

  it("the groceries-to-eating-out ratio falls with income: about 2.3 in the lowest quintile to 1.2 in the highest", () => {
    // BLS CE 2024 Table 1101 (food at home / food away from home): 2.32, 2.02, 1.78, 1.53, 1.22. With 60
    // users per quintile the measured ratio moves about ±0.1 between seeds; tolerances ±0.35 at the ends.
    for (const data of datasets) {
      const sorted = data.users.slice().sort((a, b) => a.metadata.income - b.metadata.income);
      const quintile = new Map(sorted.map((u, i) => [u.user_id, Math.floor((i * 5) / sorted.length)]));
      const groceries = [0, 0, 0, 0, 0];
      const eatingOut = [0, 0, 0, 0, 0];
      for (const t of data.transactions) {
        const q = quintile.get(t.user_id)!;
        const detailed = t.personal_finance_category.detailed;
        if (detailed === "FOOD_AND_DRINK_GROCERIES") groceries[q]! -= t.amount;
        else if (EATING_OUT.has(detailed)) eatingOut[q]! -= t.amount;
      }
      const ratio = groceries.map((g, q) => g / eatingOut[q]!);
      expect(ratio[0]).toBeGreaterThan(1.95);
      expect(ratio[0]).toBeLessThan(2.7);
      expect(ratio[4]).toBeGreaterThan(0.9);
      expect(ratio[4]).toBeLessThan(1.55);
      expect(ratio[0]!).toBeGreaterThan(ratio[2]!);
      expect(ratio[2]!).toBeGreaterThan(ratio[4]!);
    }
  });
});

describe("pending purchases", () => {
  const end = toDay("2025-10-31");

  it("are authorized in the window's last days, dated on their authorization day; nothing posts before it is authorized", () => {
    let pending = 0;
    const bad: string[] = [];
    for (const data of [...datasets, small])
      for (const t of data.transactions) {
        const authorized = toDay(t.authorized_date ?? t.date);
        const lag = toDay(t.date) - authorized;
        if (lag < 0 || lag > 3) bad.push(`${t.transaction_id}: posted ${lag} days after authorization`);
        if (t.pending) {
          pending++;
          if (t.date !== t.authorized_date || end - authorized > 2 || t.amount >= 0)
            bad.push(`${t.transaction_id}: pending ${t.authorized_date} -> ${t.date}, ${t.amount}`);
        }
      }
    expect(bad).toEqual([]);
    expect(pending).toBeGreaterThan(50);
  });

  it("are left out of the current balance and counted in the available one (Plaid's semantics)", () => {
    const data = small;
    const pendingBy = new Map<string, number>();
    for (const t of data.transactions)
      if (t.pending) pendingBy.set(t.account_id, (pendingBy.get(t.account_id) ?? 0) + toCents(t.amount));
    let cards = 0;
    for (const a of data.accounts) {
      const p = pendingBy.get(a.account_id) ?? 0;
      if (a.type === "depository") expect(toCents(a.available_balance!)).toBe(toCents(a.current_balance) + p);
      if (a.type === "credit") {
        expect(toCents(a.available_balance!)).toBe(toCents(a.credit_limit!) - toCents(a.current_balance) + p);
        if (p !== 0) cards++;
      }
    }
    expect(cards).toBeGreaterThan(0);
    expect(checkReconciliation(data.accounts, data.transactions)).toEqual([]);
    expect(checkDailyBalances(data.accounts, data.transactions)).toEqual([]);
    // The check sees a card whose available credit ignores its pending purchases.
    const card = data.accounts.find((a) => a.type === "credit" && (pendingBy.get(a.account_id) ?? 0) !== 0)!;
    const wrong = { ...card, available_balance: (toCents(card.credit_limit!) - toCents(card.current_balance)) / 100 };
    const issues = checkReconciliation(
      data.accounts.map((a) => (a === card ? wrong : a)),
      data.transactions,
    );
    expect(issues.map((i) => i.path[0])).toEqual([card.account_id]);
  });
});
