import { describe, expect, it } from "vitest";
import { accountFactory, toCents, userFactory } from "spendsense-fixtures";

const user = userFactory.build({ metadata: { income: 90_000 } }, { transient: { seed: 1 } });
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

describe("accountFactory", () => {
  it("gives each trait Plaid's type/subtype pair", () => {
    const pairs = [
      accountFactory.checking(),
      accountFactory.savings(),
      accountFactory.creditCard(),
      accountFactory.studentLoan(),
    ].map((f) => {
      const a = f.build();
      return [a.type, a.subtype];
    });
    expect(pairs).toEqual([
      ["depository", "checking"],
      ["depository", "savings"],
      ["credit", "credit card"],
      ["loan", "student"],
    ]);
  });

  it.each(SEEDS)("seed %i: balances follow spec task 3.2 for a $90k income", (seed) => {
    const t = { transient: { seed }, associations: { user } };
    const monthly = 90_000 / 12;
    const checking = accountFactory.checking().build({}, t);
    expect(checking.current_balance).toBeGreaterThanOrEqual(monthly * 1 - 0.01);
    expect(checking.current_balance).toBeLessThanOrEqual(monthly * 3 + 0.01);
    expect(checking.available_balance).toBe(checking.current_balance);
    const card = accountFactory.creditCard().build({}, t);
    const utilization = card.current_balance / (card.credit_limit ?? 1);
    expect(utilization).toBeGreaterThanOrEqual(0.3 - 1e-4);
    expect(utilization).toBeLessThanOrEqual(0.7 + 1e-4);
    expect(toCents(card.available_balance ?? 0)).toBe(toCents(card.credit_limit ?? 0) - toCents(card.current_balance));
    const loan = accountFactory.studentLoan().build({}, t);
    expect(loan.credit_limit).toBeNull();
    expect(loan.current_balance).toBeGreaterThanOrEqual(15_000);
    expect(loan.current_balance).toBeLessThanOrEqual(60_000);
  });

  it("keeps a card's available balance right when the balance or limit is overridden", () => {
    const card = accountFactory.creditCard().build({ current_balance: 1234.56, credit_limit: 5000 });
    expect(card.available_balance).toBe(3765.44);
    expect(card.opening_balance).toBe(1234.56);
  });

  it("carries the associated user's id and leaves no user object on the account", () => {
    const account = accountFactory.build({}, { associations: { user } });
    expect(account.user_id).toBe(user.user_id);
    expect(account).not.toHaveProperty("user");
  });

  it("ids are acc_ plus a UUID and unique across builds", () => {
    const ids = accountFactory.buildList(200).map((a) => a.account_id);
    expect(new Set(ids).size).toBe(200);
    expect(ids[0]).toMatch(/^acc_[0-9a-f-]{36}$/);
  });

  it("rejects a credit limit on a checking account, naming the field", () => {
    expect(() => accountFactory.checking().build({ credit_limit: 500 })).toThrow(
      /credit_limit: credit_limit must be null/,
    );
  });
});
