// Keys family (QC-3, QC-4) on hand-made customers.
import { describe, expect, it } from "vitest";
import type { Customer } from "spendsense-fixtures";
import { KeysFamily } from "../../../src/quality/families/keys.ts";
import { inspectCustomer } from "../../../src/quality/inspect.ts";
import { alex, bo, CHECKING_B, CONTEXT, env, id, nth } from "../hand-made.ts";

function checks(customers: Customer[]) {
  const f = new KeysFamily(CONTEXT);
  for (const c of customers) f.add(inspectCustomer(c));
  return Object.fromEntries(f.checks(env()).map((c) => [c.id, c]));
}

describe("keys family", () => {
  it("QC-3 and QC-4 pass on the hand-made customers", () => {
    const c = checks([alex(), bo()]);
    expect(c["QC-3"]).toMatchObject({
      status: "pass",
      measured: "0 broken references, 0 duplicate transaction ids",
      threshold: "0",
    });
    expect(c["QC-4"]).toMatchObject({ status: "pass", measured: "0 of 12 outside", threshold: "0 outside" });
  });

  it("QC-3 fails on a transaction that points at another user's account", () => {
    const a = alex();
    nth(a, 2).account_id = CHECKING_B;
    expect(checks([a, bo()])["QC-3"]).toMatchObject({
      status: "fail",
      measured: `1 broken references, 0 duplicate transaction ids (e.g. transaction ${id("txn_", 2)} -> account ${CHECKING_B})`,
    });
  });

  it("QC-3 fails on a transaction id used by two users", () => {
    const b = bo();
    (b.transactions[0] as { transaction_id: string }).transaction_id = id("txn_", 5);
    expect(checks([alex(), b])["QC-3"]).toMatchObject({
      status: "fail",
      measured: "0 broken references, 1 duplicate transaction ids",
    });
  });

  it("QC-4 fails on a date the day before the window", () => {
    const b = bo();
    const t = b.transactions[0] as { date: string; authorized_date: string | null };
    t.date = "2025-04-30";
    t.authorized_date = "2025-04-30";
    expect(checks([alex(), b])["QC-4"]).toMatchObject({
      status: "fail",
      measured: "1 of 12 outside",
      description: "Transaction dates within 2025-05-01 - 2025-10-31",
    });
  });
});
