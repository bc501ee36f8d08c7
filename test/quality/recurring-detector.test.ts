// The recurring detector's grouping: one series per account, direction and name, where the name is
// compared without its trailing store number and without case.
import { describe, expect, it } from "vitest";
import { hardNegativeSet } from "../../src/quality/hard-negatives.ts";
import { detectRecurring } from "../../src/quality/recurring-detector.ts";

/** The hand-made set's two real series: 14 biweekly paychecks and 6 monthly Netflix charges. */
const base = () => hardNegativeSet({ negatives: false }).transactions;
const found = (names: (name: string, i: number) => string) =>
  detectRecurring(base().map((t, i) => ({ ...t, name: names(t.name, i) })))
    .map((s) => `${s.description} ${s.frequency} ${s.transaction_ids.length}`)
    .sort();

describe("detectRecurring's names", () => {
  it("groups a payee's transactions whatever their store numbers and case", () => {
    expect(found((name) => name)).toEqual(["ACME PAYROLL DIR DEP BIWEEKLY 14", "NETFLIX.COM MONTHLY 6"]);
    // Every Netflix charge at another "store", every other one in lowercase: still one series of 6 (its
    // description is the first charge's name without the store number, in that charge's case).
    const renamed = found((name, i) =>
      name === "NETFLIX.COM" ? `${i % 2 ? "netflix.com" : "NETFLIX.COM"} #${100 + i}` : name,
    );
    expect(renamed.map((s) => s.toUpperCase())).toEqual(["ACME PAYROLL DIR DEP BIWEEKLY 14", "NETFLIX.COM MONTHLY 6"]);
  });

  it("keeps names apart that differ by more than a trailing store number", () => {
    // A '#' inside the name is part of it: alternating "NETFLIX.COM #1 PLAN" and "NETFLIX.COM #2 PLAN"
    // are two payees of 3 charges each, too few and too far apart (every other month) for a series.
    const split = found((name, i) => (name === "NETFLIX.COM" ? `NETFLIX.COM #${1 + (i % 2)} PLAN` : name));
    expect(split).toEqual(["ACME PAYROLL DIR DEP BIWEEKLY 14"]);
  });
});
