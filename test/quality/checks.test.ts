// The accumulator of all families: report order, the hand-made customers' verdicts, and merging
// accumulators over user ranges, which must give the one-run result in either order.
import { describe, expect, it } from "vitest";
import type { Customer } from "spendsense-fixtures";
import { CHECK_TABLE } from "../../src/quality/check-table.ts";
import { QualityAccumulator } from "../../src/quality/checks.ts";
import { alex, bo, CHECKING_A, CHECKING_B, CONTEXT, id, NOT_MEASURED } from "./hand-made.ts";

function accumulate(customers: Customer[]): QualityAccumulator {
  const q = new QualityAccumulator(CONTEXT);
  for (const c of customers) q.add(c);
  return q;
}

/** alex and bo, both with a cent too much at opening (INT-1) and sharing a transaction id (QC-3). */
function broken(): [Customer, Customer] {
  const a = alex();
  const b = bo();
  (a.accounts[0] as { opening_balance: number }).opening_balance = 1000.01;
  (b.accounts[0] as { opening_balance: number }).opening_balance = 50.01;
  (b.transactions[0] as { transaction_id: string }).transaction_id = id("txn_", 2);
  return [a, b];
}

describe("QualityAccumulator", () => {
  it("reports the spec's and the toolkit's checks, once each, in table order", () => {
    const ids = accumulate([alex()])
      .checks(NOT_MEASURED)
      .map((c) => c.id);
    expect(ids).toEqual([
      "AC-1",
      "AC-2",
      "AC-3",
      "AC-4",
      "AC-5",
      "AC-6",
      "AC-7",
      "AC-8",
      "AC-9",
      "AC-10",
      "QC-1",
      "QC-2",
      "QC-3",
      "QC-4",
      "QC-5",
      "INT-1",
      "INT-2",
      "INT-3",
      "INT-4",
      "INT-5",
      "INT-6",
      "RD-1",
      "RD-2",
      "CAL-1",
      "SP-1",
      "SP-2",
      "SP-3",
      "SP-4",
    ]);
    expect(CHECK_TABLE.map((d) => d.id)).toEqual(ids);
  });

  it("each family measures exactly the checks the table assigns to it", () => {
    const q = accumulate([alex()]);
    const env = { context: CONTEXT, band: { min: 1, max: 20 }, external: NOT_MEASURED };
    for (const [name, family] of Object.entries(q.families)) {
      expect(family.checks(env).map((c) => c.id)).toEqual(
        CHECK_TABLE.filter((d) => d.family === name).map((d) => d.id),
      );
    }
  });

  it("the hand-made customers fail only what two users of 12 transactions cannot pass", () => {
    const checks = accumulate([alex(), bo()]).checks(NOT_MEASURED);
    // AC-2: the 6-month window wants 150-200 transactions each; AC-4/AC-5: two users cannot hit 20/40/30/10;
    // SP-3: alex's card opens owing 100.00 of a 1000.00 limit, 10 % utilization, under the spec's 30 %.
    expect(checks.filter((c) => c.status === "fail").map((c) => c.id)).toEqual(["AC-2", "AC-4", "AC-5", "SP-3"]);
    expect(checks.filter((c) => c.status === "skipped").map((c) => c.id)).toEqual(["AC-7", "AC-8", "AC-9", "AC-10"]);
  });

  it("merging accumulators over disjoint users gives the one-run report, in either order", () => {
    const [a, b] = broken();
    const whole = accumulate([a, b]);
    const forward = accumulate([a]).merge(accumulate([b]));
    const backward = accumulate([b]).merge(accumulate([a]));
    const report = (q: QualityAccumulator) => JSON.stringify({ checks: q.checks(NOT_MEASURED), charts: q.charts() });
    expect(report(forward)).toBe(report(whole));
    expect(report(backward)).toBe(report(whole));
    const int1 = backward.checks(NOT_MEASURED).find((c) => c.id === "INT-1");
    // Examples come in user order whatever the merge order: alex's account before bo's.
    expect(int1?.measured).toBe(
      `2 problems (e.g. ${CHECKING_A}: replayed balance 6840.54 differs from current_balance 6840.53; ${CHECKING_B}: replayed balance 45.26 differs from current_balance 45.25)`,
    );
    expect(backward.checks(NOT_MEASURED).find((c) => c.id === "QC-3")?.measured).toBe(
      "0 broken references, 1 duplicate transaction ids",
    );
  });

  it("refuses to merge accumulators of different windows", () => {
    const other = new QualityAccumulator({ ...CONTEXT, endDate: "2025-09-30" });
    expect(() => accumulate([alex()]).merge(other)).toThrow(/different datasets/);
  });
});
