import { describe, expect, it } from "vitest";
import { accountFactory, liabilityFactory, toCents } from "spendsense-fixtures";

const SEEDS = [2, 4, 8, 16, 32, 64];

describe("liabilityFactory", () => {
  it.each(SEEDS)("seed %i: a card liability follows spec task 5.2 relative to the window's end", (seed) => {
    const card = accountFactory.creditCard().build({}, { transient: { seed } });
    const l = liabilityFactory.build({}, { transient: { seed }, associations: { account: card } });
    expect(l.type).toBe("credit_card");
    expect([l.account_id, l.user_id]).toEqual([card.account_id, card.user_id]);
    expect(l.apr_percentage).toBeGreaterThanOrEqual(15.99);
    expect(l.apr_percentage).toBeLessThanOrEqual(24.99);
    expect(l.apr_type).toBe("purchase_apr");
    expect(toCents(l.minimum_payment_amount)).toBe(Math.round(toCents(card.current_balance) * 0.02));
    const share = (l.last_payment_amount ?? 0) / card.current_balance;
    expect(share).toBeGreaterThanOrEqual(0.02 - 1e-4);
    expect(share).toBeLessThanOrEqual(0.5 + 1e-4);
    expect(l.last_payment_date! >= "2025-10-06" && l.last_payment_date! <= "2025-10-26").toBe(true);
  });

  it.each(SEEDS)("seed %i: a student loan liability has its rate and payment ranges and is not overdue", (seed) => {
    const l = liabilityFactory.studentLoan().build({}, { transient: { seed } });
    expect(l.interest_rate_percentage).toBeGreaterThanOrEqual(4.5);
    expect(l.interest_rate_percentage).toBeLessThanOrEqual(7.5);
    expect(l.minimum_payment_amount).toBeGreaterThanOrEqual(150);
    expect(l.minimum_payment_amount).toBeLessThanOrEqual(400);
    expect(l.is_overdue).toBe(false);
  });

  it("overdue() is overdue with a due date already past", () => {
    const l = liabilityFactory.overdue().build();
    expect(l.is_overdue).toBe(true);
    expect(l.next_payment_due_date! < "2025-10-31").toBe(true);
  });

  it("takes the liability type from the associated account", () => {
    const loan = accountFactory.studentLoan().build();
    expect(liabilityFactory.build({}, { associations: { account: loan } }).type).toBe("student_loan");
  });

  it("refuses a checking account with a clear message", () => {
    const checking = accountFactory.checking().build();
    expect(() => liabilityFactory.build({}, { associations: { account: checking } })).toThrow(
      /is a checking account; liabilities exist only for credit cards and student loans/,
    );
  });

  it("recomputes the minimum payment from an overridden statement balance", () => {
    expect(liabilityFactory.creditCard().build({ last_statement_balance: 1000 }).minimum_payment_amount).toBe(20);
  });
});
