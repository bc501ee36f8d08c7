// Integrity family (INT-1..INT-6) and the balance-path chart on hand-made customers.
import { describe, expect, it } from "vitest";
import type { Customer } from "spendsense-fixtures";
import { IntegrityFamily } from "../../../src/quality/families/integrity.ts";
import { inspectCustomer } from "../../../src/quality/inspect.ts";
import { alex, bo, CARD_A, CHECKING_A, CHECKING_B, CONTEXT, env, id, nth } from "../hand-made.ts";

function integrity(customers: Customer[]): IntegrityFamily {
  const f = new IntegrityFamily(CONTEXT);
  for (const c of customers) f.add(inspectCustomer(c));
  return f;
}
const failing = (customers: Customer[]) =>
  Object.fromEntries(
    integrity(customers)
      .checks(env())
      .filter((c) => c.status === "fail")
      .map((c) => [c.id, c.measured]),
  );

describe("integrity family", () => {
  it("passes INT-1..INT-6 on the hand-made customers", () => {
    const checks = integrity([alex(), bo()]).checks(env());
    expect(checks.map((c) => `${c.id} ${c.status} ${c.measured}`)).toEqual(
      ["INT-1", "INT-2", "INT-3", "INT-4", "INT-5", "INT-6"].map((i) => `${i} pass 0 problems`),
    );
  });

  it("INT-1 fails when the opening balance is a cent off", () => {
    const a = alex();
    (a.accounts[0] as { opening_balance: number }).opening_balance = 1000.01;
    expect(failing([a, bo()])).toEqual({
      "INT-1": `1 problems (e.g. ${CHECKING_A}: replayed balance 6840.54 differs from current_balance 6840.53)`,
    });
  });

  it("INT-2 fails when checking overdraws with no fee or beyond its limit, or a card goes over its limit", () => {
    const b = bo();
    Object.assign(b.accounts[0] as object, { opening_balance: 0, current_balance: -4.75, available_balance: -4.75 });
    expect(failing([alex(), b])).toEqual({
      "INT-2": `1 problems (e.g. ${CHECKING_B}: checking is overdrawn on 2025-06-01 with no overdraft fee)`,
    });
    // $600 below zero is beyond the default $500 overdraft limit; the episode began before the window
    // (it opened overdrawn), so its fee is not in the window and not asked for.
    const deep = bo();
    Object.assign(deep.accounts[0] as object, {
      opening_balance: -595.25,
      current_balance: -600,
      available_balance: -600,
    });
    expect(failing([deep])).toEqual({
      "INT-2": `1 problems (e.g. ${CHECKING_B}: checking ends 2025-06-01 at -600, beyond its overdraft limit of 500)`,
    });
    const a = alex();
    Object.assign(a.accounts[1] as object, { credit_limit: 120, available_balance: 70 });
    expect(failing([a])).toEqual({
      "INT-2": `1 problems (e.g. ${CARD_A}: card owes 150 on 2025-05-04, outside 0..120)`,
    });
  });

  it("INT-3 fails on a transfer leg without its pair", () => {
    const a = alex();
    nth(a, 8).transfer_id = "xfer_2";
    expect(failing([a])).toEqual({
      "INT-3": "2 problems (e.g. xfer_1: 1 legs instead of 2; xfer_2: 1 legs instead of 2)",
    });
  });

  it("INT-4 fails when the liability's last payment is not the card's latest", () => {
    const a = alex();
    (a.liabilities[0] as { last_payment_date: string }).last_payment_date = "2025-05-19";
    expect(failing([a])).toEqual({
      "INT-4": `1 problems (e.g. ${id("liab_", 1)}: last payment 100 on 2025-05-19 is not the latest payment (100 on 2025-05-20))`,
    });
  });

  it("INT-5 fails on a category pair outside PFCv2, even in a record the schema rejects", () => {
    const a = alex();
    nth(a, 2).personal_finance_category = { ...nth(a, 2).personal_finance_category, detailed: "FOOD_AND_DRINK_CAVIAR" };
    // The schema rejects the transaction, so the replay leaves it out and INT-1 fails too.
    expect(failing([a])).toEqual({
      "INT-1": `1 problems (e.g. ${CHECKING_A}: replayed balance 6845.93 differs from current_balance 6840.53)`,
      "INT-5": `1 problems (e.g. ${id("txn_", 2)}: FOOD_AND_DRINK/FOOD_AND_DRINK_CAVIAR)`,
    });
  });

  it("INT-6 fails when a stream lists another transaction instead of one of its own", () => {
    const a = alex();
    a.recurringStreams[1]?.transaction_ids.splice(2, 1, id("txn_", 5));
    expect(failing([a])["INT-6"]).toBe(
      `1 problems (e.g. ${id("stream_", 2)}: transaction_ids differ from the transactions carrying this stream_id)`,
    );
  });

  it("charts the end-of-day balances of the first users' checking accounts and cards", () => {
    const paths = integrity([alex(), bo()]).balancePaths();
    expect(paths.map((p) => p.label)).toEqual([
      "user_001 Everyday Checking (checking)",
      "user_001 Rewards Card (credit card, owed)",
      "user_002 Everyday Checking (checking)",
    ]);
    // Checking: 1000 at the start, +2000 on 05-02, -5.40 on 05-03, ...; on 05-20 only the end of the day.
    expect(paths[0]?.points.slice(0, 4)).toEqual([
      ["2025-05-01", 1000],
      ["2025-05-02", 3000],
      ["2025-05-03", 2994.6],
      ["2025-05-05", 2978.61],
    ]);
    expect(paths[1]?.points).toEqual([
      ["2025-05-01", 100],
      ["2025-05-04", 150],
      ["2025-05-20", 50],
    ]);
    expect(paths[2]?.points).toEqual([
      ["2025-05-01", 50],
      ["2025-06-01", 45.25],
    ]);
  });
});
