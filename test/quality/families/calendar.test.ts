// Calendar family (CAL-1: ACH debits and credits on business days) on hand-made customers.
import { describe, expect, it } from "vitest";
import type { Customer } from "spendsense-fixtures";
import { CalendarFamily } from "../../../src/quality/families/spec-rules.ts";
import { inspectCustomer } from "../../../src/quality/inspect.ts";
import { alex, env, nth } from "../hand-made.ts";

function cal1(customers: Customer[]) {
  const f = new CalendarFamily();
  for (const c of customers) f.add(inspectCustomer(c));
  return f.checks(env()).find((c) => c.id === "CAL-1");
}

/** 2025-05-31 is a Saturday. */
const SATURDAY = "2025-05-31";

describe("calendar family", () => {
  it("CAL-1 counts Alex's three paychecks (ACH credits to checking), all on weekdays", () => {
    expect(cal1([alex()])).toMatchObject({ status: "pass", measured: "0 of 3 on a weekend or federal holiday" });
  });

  it("CAL-1 fails on a paycheck posted on a Saturday", () => {
    const a = alex();
    Object.assign(nth(a, 9), { date: SATURDAY, authorized_date: SATURDAY });
    expect(cal1([a])).toMatchObject({ status: "fail" });
    expect(cal1([a])?.measured).toMatch(
      /^1 of 3 on a weekend or federal holiday \(e\.g\. user_\S+ 2025-05-31 ACME PAYROLL\)$/,
    );
  });

  it("CAL-1 leaves out savings interest, which the bank credits on the quarter's last day, weekend or not", () => {
    // A quarter can end on a weekend (2022-12-31, 2023-09-30, 2024-03-31, ...): the interest is the
    // bank's own book entry, not an ACH payment, so it does not count either way.
    const a = alex();
    Object.assign(nth(a, 9), {
      date: SATURDAY,
      authorized_date: SATURDAY,
      name: "INTEREST PAYMENT",
      personal_finance_category: {
        primary: "INCOME",
        detailed: "INCOME_INTEREST_EARNED",
        confidence_level: "VERY_HIGH",
      },
    });
    expect(cal1([a])).toMatchObject({ status: "pass", measured: "0 of 2 on a weekend or federal holiday" });
  });
});
