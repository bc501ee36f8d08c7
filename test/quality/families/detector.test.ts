// Detector family (AC-6, RD-1, RD-2) on hand-made customers.
import { describe, expect, it } from "vitest";
import type { Customer } from "spendsense-fixtures";
import { DetectorFamily } from "../../../src/quality/families/detector.ts";
import { inspectCustomer } from "../../../src/quality/inspect.ts";
import { alex, bo, env, nth } from "../hand-made.ts";

function checks(customers: Customer[]) {
  const f = new DetectorFamily();
  for (const c of customers) f.add(inspectCustomer(c));
  return Object.fromEntries(f.checks(env()).map((c) => [c.id, c]));
}

describe("detector family", () => {
  it("finds alex's payroll and Netflix series and nothing else", () => {
    const c = checks([alex(), bo()]);
    expect(c["AC-6"]).toMatchObject({ status: "pass", measured: "2 of 2 found (100.0%)", threshold: ">= 95% found" });
    // alex's payroll (S1) is biweekly, Netflix (S2) monthly: one of each, both found, nothing else detected.
    expect(c["RD-1"]).toMatchObject({
      status: "pass",
      measured:
        "100.0% (2 of 2); by frequency: BIWEEKLY 100.0% (1 of 1), MONTHLY 100.0% (1 of 1); 0 hard negatives (habitual spending at one shop taken for a series)",
    });
    expect(c["RD-2"]).toMatchObject({
      status: "pass",
      measured: "100.0% (2 of 2); by frequency: BIWEEKLY 100.0% (1 of 1), MONTHLY 100.0% (1 of 1)",
    });
  });

  it("AC-6 and RD-2 fail when a subscription's description changes every month", () => {
    const a = alex();
    nth(a, 10).name = "NETFLIX INC";
    nth(a, 11).name = "NETFLIX MEMBERSHIP";
    const c = checks([a]);
    expect(c["AC-6"]).toMatchObject({
      status: "fail",
      measured: "1 of 2 found (50.0%); missed e.g. user_001 NETFLIX.COM",
    });
    // The monthly stream is the one missed.
    expect(c["RD-2"]).toMatchObject({
      status: "fail",
      measured: "50.0% (1 of 2); by frequency: BIWEEKLY 100.0% (1 of 1), MONTHLY 0.0% (0 of 1)",
    });
    expect(c["RD-1"]?.status).toBe("pass");
  });

  it("RD-1 fails when weekly coffees look like a series that is no stream", () => {
    const a = alex();
    const third = structuredClone(nth(a, 5));
    Object.assign(third, {
      transaction_id: "txn_00000000-0000-4000-8000-000000000099",
      date: "2025-05-17",
      authorized_date: "2025-05-17",
      amount: -5.8,
    });
    a.transactions.push(third);
    const c = checks([a]);
    // The three coffees (05-03, 05-10, 05-17) are a weekly series of no stream: a hard negative.
    expect(c["RD-1"]).toMatchObject({
      status: "fail",
      measured:
        "66.7% (2 of 3); by frequency: WEEKLY 0.0% (0 of 1), BIWEEKLY 100.0% (1 of 1), MONTHLY 100.0% (1 of 1); 1 hard negatives (habitual spending at one shop taken for a series)",
    });
    expect(c["RD-2"]?.status).toBe("pass");
  });

  it("fails rather than passes when there is nothing to detect", () => {
    const c = checks([bo()]);
    expect(c["AC-6"]).toMatchObject({ status: "fail", measured: "0 of 0 found (100.0%)" });
    expect(c["RD-1"]?.status).toBe("fail");
    expect(c["RD-2"]?.status).toBe("fail");
  });
});
