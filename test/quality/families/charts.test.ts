// Charts family: spending per income tier, daily counts, card utilization, and the sample users'
// accounts and cash flow, on the hand-made customers (every number below can be worked out from
// hand-made.ts), and merging in either order.
import { describe, expect, it } from "vitest";
import type { Customer } from "spendsense-fixtures";
import { ChartsFamily, utilizationBucket } from "../../../src/quality/families/charts.ts";
import { inspectCustomer } from "../../../src/quality/inspect.ts";
import { alex, bo, CARD_A, CHECKING_A, CONTEXT, user } from "../hand-made.ts";

function charts(customers: Customer[]): ChartsFamily {
  const f = new ChartsFamily(CONTEXT);
  for (const c of customers) f.add(inspectCustomer(c));
  return f;
}

/** bo's records under another middle-tier user id, user_003. */
const cy = (): Customer => ({ ...bo(), user: user(3, 30, 60_000) });

describe("charts family", () => {
  const out = charts([alex(), bo()]).charts();

  it("sums spending per income tier and category, without transfers and card payments", () => {
    // alex (middle): coffee 5.40 + 6.10 and groceries 50.00, Netflix 3 x 15.99; bo (upper_middle): coffee 4.75.
    expect(out.spendingByTier).toEqual({
      middle: { ENTERTAINMENT: 47.97, FOOD_AND_DRINK: 61.5 },
      upper_middle: { FOOD_AND_DRINK: 4.75 },
    });
    expect(out.tierUsers).toEqual({ middle: 1, upper_middle: 1 });
  });

  it("counts transactions per day, both legs of a transfer included", () => {
    expect(out.dailyTransactions).toEqual({
      "2025-05-02": 1,
      "2025-05-03": 1,
      "2025-05-04": 1,
      "2025-05-05": 1,
      "2025-05-10": 1,
      "2025-05-16": 1,
      "2025-05-20": 2,
      "2025-05-30": 1,
      "2025-06-01": 1,
      "2025-06-05": 1,
      "2025-07-05": 1,
    });
  });

  it("puts alex's card (owes 50.00 of 1000.00) in the 0-10 % bucket and in the scatter", () => {
    expect(Object.entries(out.cardUtilization).filter(([, n]) => n > 0)).toEqual([["0-10%", 1]]);
    expect(out.cardPoints).toEqual([{ account: CARD_A, user: "user_001", balance: 50, limit: 1000 }]);
  });

  it("buckets utilization in integer cents: exactly 10 % is 10-20 %, exactly the limit 90-100 %", () => {
    expect(utilizationBucket(-1, 100_000)).toBe("< 0%");
    expect(utilizationBucket(0, 100_000)).toBe("0-10%");
    expect(utilizationBucket(9_999, 100_000)).toBe("0-10%");
    expect(utilizationBucket(10_000, 100_000)).toBe("10-20%");
    expect(utilizationBucket(100_000, 100_000)).toBe("90-100%");
    expect(utilizationBucket(100_001, 100_000)).toBe("> 100%");
  });

  it("gives each tier's first user a page: accounts, month-end balances and cash flow for every month", () => {
    expect(out.sampleUsers.map((u) => [u.user_id, u.income_bracket])).toEqual([
      ["user_001", "middle"],
      ["user_002", "upper_middle"],
    ]);
    const a = out.sampleUsers[0];
    // In: three paydays; out: 5.40 + 50.00 + 15.99 + 6.10 in May; the 100.00 card payment is a transfer.
    expect(a?.cashFlow).toEqual({
      "2025-05": { in: 6000, out: 77.49 },
      "2025-06": { in: 0, out: 15.99 },
      "2025-07": { in: 0, out: 15.99 },
      "2025-08": { in: 0, out: 0 },
      "2025-09": { in: 0, out: 0 },
      "2025-10": { in: 0, out: 0 },
    });
    expect(a?.accounts.map((x) => [x.account_id, x.balance, x.limit])).toEqual([
      [CHECKING_A, 6840.53, null],
      [CARD_A, 50, 1000],
    ]);
    // Checking: 1000 + 6000 - 5.40 - 15.99 - 6.10 - 100 = 6872.51 at May's end; then Netflix each month; carried on after July.
    expect(Object.values(a?.accounts[0]?.monthEnd ?? {})).toEqual([
      6872.51, 6856.52, 6840.53, 6840.53, 6840.53, 6840.53,
    ]);
    expect(Object.values(a?.accounts[1]?.monthEnd ?? {})).toEqual([50, 50, 50, 50, 50, 50]);
  });

  it("merges to the one-run result in either order, keeping each tier's first user by id", () => {
    const whole = JSON.stringify(charts([alex(), bo(), cy()]).charts());
    const forward = charts([alex()]);
    forward.merge(charts([bo(), cy()]));
    const backward = charts([cy(), bo()]);
    backward.merge(charts([alex()]));
    expect(JSON.stringify(forward.charts())).toBe(whole);
    expect(JSON.stringify(backward.charts())).toBe(whole);
    expect(backward.charts().sampleUsers.map((u) => u.user_id)).toEqual(["user_001", "user_002"]);
    expect(backward.charts().tierUsers).toEqual({ middle: 2, upper_middle: 1 });
  });

  it("measures no check", () => {
    expect(charts([alex()]).measure()).toEqual([]);
  });
});
