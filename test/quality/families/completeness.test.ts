// Completeness family (QC-1, QC-2) on hand-made customers.
import { describe, expect, it } from "vitest";
import type { Customer } from "spendsense-fixtures";
import { CompletenessFamily } from "../../../src/quality/families/completeness.ts";
import { inspectCustomer } from "../../../src/quality/inspect.ts";
import { alex, bo, env, nth } from "../hand-made.ts";

function checks(customers: Customer[]) {
  const f = new CompletenessFamily();
  for (const c of customers) f.add(inspectCustomer(c));
  return Object.fromEntries(f.checks(env()).map((c) => [c.id, c]));
}

// Required cells: a user 5, an account 8, a transaction 8: alex 5 + 16 + 88 = 109, bo 5 + 8 + 8 = 21.
// Optional cells that apply: every official_name (alex 2, bo 1), every authorized_date (11, 1), a
// merchant on each purchase (alex: 2 coffees, groceries, 3 Netflix = 6; bo 1), city/region/ZIP in
// store (alex 2 coffees x 3 = 6; bo 3): alex 25, bo 6, 31 in all.
describe("completeness family", () => {
  it("QC-1 and QC-2 pass when nothing is missing", () => {
    const c = checks([alex(), bo()]);
    expect(c["QC-1"]).toMatchObject({ status: "pass", measured: "0.0% (0 of 130)" });
    expect(c["QC-2"]).toMatchObject({ status: "pass", measured: "0.0% (0 of 31)" });
  });

  it("QC-1 fails on one missing required cell", () => {
    const a = alex();
    (nth(a, 2) as { name: string | null }).name = null;
    expect(checks([a, bo()])["QC-1"]).toMatchObject({ status: "fail", measured: "0.8% (1 of 130)" });
  });

  it("QC-2 passes at 1 missing of 31 (3.2 %) and fails at 2 (6.5 %)", () => {
    const a = alex();
    nth(a, 1).authorized_date = null;
    expect(checks([a, bo()])["QC-2"]).toMatchObject({ status: "pass", measured: "3.2% (1 of 31)" });
    nth(a, 2).merchant_name = null;
    expect(checks([a, bo()])["QC-2"]).toMatchObject({ status: "fail", measured: "6.5% (2 of 31)" });
  });
});
