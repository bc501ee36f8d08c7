// The integrity functions report Issues with a code per check and the record's id as the path.
import { describe, expect, it } from "vitest";
import {
  checkDailyBalances,
  checkLiabilities,
  checkReconciliation,
  checkStreams,
  checkTransferPairs,
} from "spendsense-fixtures";
import { checkPfcPairs } from "../../src/quality/integrity.ts";
import type { Transaction } from "../../src/schemas/transaction.ts";
import { alex, CARD_A, CHECKING_A, id, nth } from "./hand-made.ts";

describe("integrity issues", () => {
  it("are empty for a consistent customer", () => {
    const a = alex();
    expect([
      checkReconciliation(a.accounts, a.transactions),
      checkDailyBalances(a.accounts, a.transactions),
      checkTransferPairs(a.transactions),
      checkLiabilities(a.accounts, a.liabilities, a.transactions),
      checkPfcPairs(a.transactions),
      checkStreams(a.recurringStreams, a.transactions),
    ]).toEqual([[], [], [], [], [], []]);
  });

  it("carry one code per check and the record's id", () => {
    const a = alex();
    (a.accounts[1] as { opening_balance: number }).opening_balance = 2000; // the card: owes 1950 at the end, over its 1000 limit
    nth(a, 7).transfer_id = null;
    (a.liabilities[0] as { last_payment_amount: number }).last_payment_amount = 99;
    nth(a, 3).personal_finance_category = { ...nth(a, 3).personal_finance_category, primary: "INCOME" };
    nth(a, 1).stream_id = null;
    const codes = (issues: { code: string; path: unknown[] }[]) => issues.map((i) => [i.code, i.path]);
    expect(codes(checkReconciliation(a.accounts, a.transactions))).toEqual([["reconciliation", [CARD_A]]]);
    expect(codes(checkDailyBalances(a.accounts, a.transactions))).toEqual([["daily_balance", [CARD_A]]]);
    expect(codes(checkTransferPairs(a.transactions))).toEqual([["transfer_pair", ["xfer_1"]]]);
    expect(codes(checkLiabilities(a.accounts, a.liabilities, a.transactions))).toEqual([
      ["liability", [id("liab_", 1)]],
    ]);
    expect(codes(checkPfcPairs(a.transactions))).toEqual([["pfc_pair", [id("txn_", 3)]]]);
    expect(codes(checkStreams(a.recurringStreams, a.transactions))).toEqual([["stream", [id("stream_", 1)]]]);
  });

  describe("INT-2: the bank's overdraft rule", () => {
    // Checking may end a day below zero down to its overdraft limit (ACCOUNTS.overdraft: $500 by
    // default), and the first day of each overdraft episode carries an overdraft fee.
    const overdraw = (cents: number, fee: boolean, extra: Transaction[] = []) => {
      const a = alex();
      const checking = a.accounts.find((x) => x.account_id === CHECKING_A) as {
        opening_balance: number;
        current_balance: number;
      };
      const base = a.transactions.find((t) => t.account_id === CHECKING_A) as Transaction;
      const bill = {
        ...base,
        transaction_id: id("txn_", 901),
        date: "2025-10-30",
        amount: -cents / 100,
        transfer_id: null,
        stream_id: null,
      };
      const feeTxn = {
        ...bill,
        transaction_id: id("txn_", 902),
        amount: -35,
        name: "OVERDRAFT FEE",
        personal_finance_category: {
          primary: "BANK_FEES",
          detailed: "BANK_FEES_OVERDRAFT_FEES",
          confidence_level: "VERY_HIGH" as const,
        },
      };
      const added = [bill, ...(fee ? [feeTxn] : []), ...extra];
      a.transactions.push(...added);
      checking.current_balance =
        Math.round(checking.current_balance * 100 + added.reduce((x, t) => x + Math.round(t.amount * 100), 0)) / 100;
      return { a, end: checking.current_balance, limit: 500 };
    };
    const codes = (issues: { code: string; path: unknown[] }[]) => issues.map((i) => [i.code, i.path]);

    it("accepts an overdraft within the limit that is charged its fee", () => {
      const { a, end } = overdraw(Math.round(alex().accounts[0]!.current_balance * 100) + 10_000, true);
      expect(end).toBeLessThan(0);
      expect(end).toBeGreaterThanOrEqual(-500);
      expect(checkDailyBalances(a.accounts, a.transactions)).toEqual([]);
    });

    it("flags an overdraft episode with no fee", () => {
      const { a } = overdraw(Math.round(alex().accounts[0]!.current_balance * 100) + 10_000, false);
      expect(codes(checkDailyBalances(a.accounts, a.transactions))).toEqual([["daily_balance", [CHECKING_A]]]);
    });

    it("flags checking beyond the overdraft limit, even with its fee", () => {
      const { a, end } = overdraw(Math.round(alex().accounts[0]!.current_balance * 100) + 60_000, true);
      expect(end).toBeLessThan(-500);
      expect(codes(checkDailyBalances(a.accounts, a.transactions))).toEqual([["daily_balance", [CHECKING_A]]]);
      // A stricter rule (no overdraft at all) flags the smaller overdraft too, and the limit is the profile's data.
      const small = overdraw(Math.round(alex().accounts[0]!.current_balance * 100) + 10_000, true);
      expect(checkDailyBalances(small.a.accounts, small.a.transactions, { limitCents: 0 })).toHaveLength(1);
    });
  });
});
