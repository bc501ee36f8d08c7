import { beforeAll, describe, expect, it } from "vitest";
import { buildDataset } from "spendsense-fixtures";
import {
  accountsWithBalances,
  liabilitiesDueSoon,
  persistDataset,
  spendingByCategory,
  transactionsInMonth,
} from "spendsense-fixtures/db";
import { useTestDatabase } from "spendsense-fixtures/testing";

const db = useTestDatabase();
const data = buildDataset({ users: 20, seed: 42 });

beforeAll(async () => {
  await persistDataset(db.prisma, data);
});

describe("queries", () => {
  it("transactionsInMonth returns exactly the user's transactions of that month, newest first", async () => {
    const rows = await transactionsInMonth(db.prisma, "user_003", "2025-07");
    const expected = data.transactions.filter((t) => t.user_id === "user_003" && t.date.startsWith("2025-07"));
    expect(rows.map((r) => r.transaction_id).sort()).toEqual(expected.map((t) => t.transaction_id).sort());
    expect(rows.map((r) => r.date)).toEqual([...rows.map((r) => r.date)].sort().reverse());
  });

  it("spendingByCategory sums money out per primary category, excluding transfers and payments", async () => {
    const rows = await spendingByCategory(db.prisma, "user_003", "2025-05-01", "2025-10-31");
    const food = data.transactions.filter(
      (t) =>
        t.user_id === "user_003" &&
        t.amount < 0 &&
        t.personal_finance_category.primary === "FOOD_AND_DRINK" &&
        t.transfer_id === null,
    );
    const expected = Math.round(-food.reduce((s, t) => s + Math.round(t.amount * 100), 0)) / 100;
    expect(rows.find((r) => r.category === "FOOD_AND_DRINK")?.spent).toBeCloseTo(expected, 2);
    expect(rows.some((r) => r.category === "TRANSFER_OUT" || r.category === "LOAN_PAYMENTS")).toBe(false);
  });

  it("accountsWithBalances lists the user's accounts", async () => {
    const rows = await accountsWithBalances(db.prisma, "user_001");
    expect(rows.map((r) => r.account_id).sort()).toEqual(
      data.accounts
        .filter((a) => a.user_id === "user_001")
        .map((a) => a.account_id)
        .sort(),
    );
  });

  it("liabilitiesDueSoon returns overdue ones and those due within the horizon", async () => {
    const rows = await liabilitiesDueSoon(db.prisma, "2025-10-31", 14);
    for (const r of rows)
      expect(
        r.is_overdue || (r.next_payment_due_date! >= "2025-10-31" && r.next_payment_due_date! <= "2025-11-14"),
      ).toBe(true);
    const expected = data.liabilities.filter(
      (l) => l.is_overdue || (l.next_payment_due_date! >= "2025-10-31" && l.next_payment_due_date! <= "2025-11-14"),
    );
    expect(rows).toHaveLength(expected.length);
  });
});
