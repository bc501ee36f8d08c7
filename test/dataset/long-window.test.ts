// Long windows (issue 13, item 4): every window the options accept generates, longer ones are
// refused up front, and a student loan paid off inside the window keeps its series within ±10 %.
import { describe, expect, it } from "vitest";
import { buildDataset, DatasetOptionsError } from "spendsense-fixtures";
import { buildCustomer } from "../../src/dataset/customer.ts";
import { dataWindow } from "../../src/dataset/window.ts";
import { checkLiabilities, checkStreams } from "../../src/quality/integrity.ts";
import { toCents } from "../../src/units/money.ts";

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
    // The campaign's window (seed 1871920700, 2026-02-08..2035-04-12). Since student loans are drawn by
    // age weights (issue 9), user_034 is the first customer of that seed to pay off a loan in it.
    const customer = buildCustomer({ seed: 1871920700, index: 34, window: dataWindow("2026-02-08", "2035-04-12") });
    const loan = customer.accounts.find((a) => a.subtype === "student");
    expect(loan?.current_balance).toBe(0);
    const payments = customer.transactions.filter((t) => t.account_id === loan?.account_id);
    const payoff = payments[payments.length - 1];
    const regular = payments[0];
    expect(toCents(payoff?.amount ?? 0)).toBeLessThan(toCents(regular?.amount ?? 0) * 0.9);
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
});
