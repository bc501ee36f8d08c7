// Variance family (QC-5) and the monthly spending chart on hand-made customers.
import { describe, expect, it } from "vitest";
import type { Customer } from "spendsense-fixtures";
import { VarianceFamily } from "../../../src/quality/families/variance.ts";
import { inspectCustomer } from "../../../src/quality/inspect.ts";
import { alex, bo, env, nth } from "../hand-made.ts";

function variance(customers: Customer[]): VarianceFamily {
  const f = new VarianceFamily();
  for (const c of customers) f.add(inspectCustomer(c));
  return f;
}
const qc5 = (customers: Customer[]) => variance(customers).checks(env())[0];

describe("variance family", () => {
  it("QC-5 passes: both series are steady, coffee varies (5.40, 6.10, 4.75)", () => {
    expect(qc5([alex(), bo()])).toMatchObject({
      id: "QC-5",
      status: "pass",
      measured: "0 of 2 series outside ±10%; 0 flat categories",
      threshold: "0 and 0",
    });
  });

  it("QC-5 allows a series amount 9.4 % off its median and fails one 12.5 % off", () => {
    const a = alex();
    nth(a, 11).amount = -17.49; // |17.49 - 15.99| = 1.50 <= 1.599
    expect(qc5([a])?.status).toBe("pass");
    nth(a, 11).amount = -17.99; // 2.00 > 1.599
    expect(qc5([a])).toMatchObject({ status: "fail", measured: "1 of 2 series outside ±10%; 0 flat categories" });
  });

  it("QC-5 fails on a discretionary category whose purchases all cost the same", () => {
    const a = alex();
    nth(a, 5).amount = -5.4;
    expect(qc5([a])).toMatchObject({
      status: "fail",
      measured: "0 of 2 series outside ±10%; 1 flat categories (FOOD_AND_DRINK_COFFEE)",
    });
    // bo's 4.75 coffee gives the category variance again.
    expect(qc5([a, bo()])?.status).toBe("pass");
  });

  it("charts monthly spending by primary category, without transfers and card payments", () => {
    // May: coffee 5.40 + 6.10 and groceries 50.00 (food 61.50), Netflix 15.99; June: Netflix, bo's coffee 4.75; July: Netflix.
    expect(variance([alex(), bo()]).monthlySpending()).toEqual({
      "2025-05": { ENTERTAINMENT: 15.99, FOOD_AND_DRINK: 61.5 },
      "2025-06": { ENTERTAINMENT: 15.99, FOOD_AND_DRINK: 4.75 },
      "2025-07": { ENTERTAINMENT: 15.99 },
    });
  });
});
