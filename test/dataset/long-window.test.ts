// Long windows (issue 13, item 4): every window the options accept generates, longer ones are
// refused up front, and a student loan paid off inside the window keeps its series within ±10 %.
import { describe, expect, it } from "vitest";
import { buildDataset, DatasetOptionsError } from "spendsense-fixtures";
import { buildCustomer } from "../../src/dataset/customer.ts";
import { dataWindow } from "../../src/dataset/window.ts";
import { checkDailyBalances, checkLiabilities, checkStreams } from "../../src/quality/integrity.ts";
import { toCents } from "../../src/units/money.ts";
import { DEFAULT_PROFILE, type ProfileData } from "../../src/data/profile.ts";

describe("long windows", () => {
  it("refuses a window that could not generate (the campaign's 34 users, seed 1629399327, 2030-02-26..2034-01-20)", () => {
    expect(() => buildDataset({ users: 34, seed: 1629399327, startDate: "2030-02-26", endDate: "2034-01-20" })).toThrow(
      DatasetOptionsError,
    );
    expect(() => buildDataset({ users: 34, seed: 1629399327, startDate: "2030-02-26", endDate: "2034-01-20" })).toThrow(
      /endDate: the window must span at most 1096 days, got 1425/,
    );
  });

  it("a student loan paid off inside the window: the smaller payoff payment is outside the monthly series", () => {
    // Default loans amortize over 10-25 years, longer than any window; a profile whose loans amortize
    // in two years (payments above the spec's $400, which this profile gives up) pays one off inside
    // a three-year window. The first customer with a loan is the case.
    const profile = {
      ...DEFAULT_PROFILE,
      liabilities: { ...DEFAULT_PROFILE.liabilities, studentLoanYears: { min: 2, max: 2 } },
    } as unknown as ProfileData;
    const window = dataWindow("2026-02-08", "2029-02-07");
    let customer = buildCustomer({ seed: 1871920700, index: 1, window, profile });
    for (let index = 2; !customer.accounts.some((a) => a.subtype === "student"); index++)
      customer = buildCustomer({ seed: 1871920700, index, window, profile });
    const loan = customer.accounts.find((a) => a.subtype === "student");
    expect(loan?.current_balance).toBe(0);
    const payments = customer.transactions.filter((t) => t.account_id === loan?.account_id && t.amount > 0);
    const payoff = payments[payments.length - 1];
    const regular = payments[0];
    expect(toCents(payoff?.amount ?? 0)).toBeLessThan(toCents(regular?.amount ?? 0));
    expect(payoff?.stream_id).toBeNull();
    // Every series stays within ±10 % of its median; streams, liabilities and the payoff agree.
    for (const stream of customer.recurringStreams) {
      const amounts = customer.transactions
        .filter((t) => t.stream_id === stream.stream_id)
        .map((t) => Math.abs(toCents(t.amount)))
        .sort((a, b) => a - b);
      const median = amounts[Math.floor(amounts.length / 2)] as number;
      expect(
        amounts.filter((a) => Math.abs(a - median) > median * 0.1),
        stream.description,
      ).toEqual([]);
    }
    expect(checkStreams(customer.recurringStreams, customer.transactions)).toEqual([]);
    expect(checkLiabilities(customer.accounts, customer.liabilities, customer.transactions)).toEqual([]);
    expect(customer.liabilities.find((l) => l.account_id === loan?.account_id)?.last_payment_amount).toBe(
      payoff?.amount,
    );
  });

  it("card balances stay inside their limits over the longest window, interest included (seeds 1-3, 12 users each)", () => {
    // Autopay covers the month's purchases (times 1-1.1) and a month's interest on the opening balance,
    // so a revolving balance does not creep to the limit over three years (it did at ~1,400 days).
    for (const seed of [1, 2, 3]) {
      const data = buildDataset({ users: 12, seed, startDate: "2025-01-01", endDate: "2027-12-31" });
      expect(checkDailyBalances(data.accounts, data.transactions), `seed ${seed}`).toEqual([]);
      const interest = data.transactions.filter(
        (t) => t.personal_finance_category.detailed === "BANK_FEES_INTEREST_CHARGE",
      );
      expect(interest.length, `seed ${seed}`).toBeGreaterThan(0);
    }
  });
});
