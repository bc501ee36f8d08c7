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
import { alex, CARD_A, id, nth } from "./hand-made.ts";

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
});
