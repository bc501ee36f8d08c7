// Other window lengths scale the 150-200 band (AC-2 ruling) and keep every invariant.
import { describe, expect, it } from "vitest";
import {
  buildDataset,
  checkDailyBalances,
  checkReconciliation,
  checkTransferPairs,
  countBand,
  dataWindow,
} from "spendsense-fixtures";

describe.each([
  ["2025-05-01", "2025-05-30"],
  ["2025-07-01", "2025-09-30"],
  ["2025-01-01", "2025-12-31"],
])("a window from %s to %s", (startDate, endDate) => {
  it("keeps every user inside the scaled band, every date inside the window, and every ledger valid", () => {
    const data = buildDataset({ users: 40, seed: 17, startDate, endDate });
    const band = countBand(dataWindow(startDate, endDate));
    const counts = new Map<string, number>();
    for (const t of data.transactions) {
      counts.set(t.user_id, (counts.get(t.user_id) ?? 0) + 1);
      expect(t.date >= startDate && t.date <= endDate).toBe(true);
    }
    for (const u of data.users) {
      expect(counts.get(u.user_id)).toBeGreaterThanOrEqual(band.min);
      expect(counts.get(u.user_id)).toBeLessThanOrEqual(band.max);
    }
    expect(checkReconciliation(data.accounts, data.transactions)).toEqual([]);
    expect(checkDailyBalances(data.accounts, data.transactions)).toEqual([]);
    expect(checkTransferPairs(data.transactions)).toEqual([]);
  });
});

describe("countBand", () => {
  it("is 150-200 for the spec's 184-day window and scales with length", () => {
    expect(countBand(dataWindow("2025-05-01", "2025-10-31"))).toEqual({ min: 150, max: 200 });
    expect(countBand(dataWindow("2025-01-01", "2025-12-31"))).toEqual({ min: 298, max: 397 });
  });
});

describe("holiday uplift", () => {
  it("holiday shopping appears in November and December when the window includes them", () => {
    const data = buildDataset({ users: 40, seed: 3, startDate: "2025-09-01", endDate: "2026-02-28" });
    const months = data.transactions
      .filter((t) => t.merchant_name === "Hallmark" || t.merchant_name === "Macy's")
      .map((t) => Number(t.date.slice(5, 7)));
    expect(months.length).toBeGreaterThan(0);
    for (const m of months) expect([11, 12]).toContain(m);
  });
});
