// The recurring detector on a synthetic set with hard negatives (src/quality/hard-negatives.ts): the
// habits that look like series lower precision exactly by the false series they add.
import { describe, expect, it } from "vitest";
import { hardNegativeSet } from "../../src/quality/hard-negatives.ts";
import { detectRecurring, scoreDetector } from "../../src/quality/recurring-detector.ts";

const score = (negatives: boolean) => {
  const set = hardNegativeSet({ negatives });
  return scoreDetector(detectRecurring(set.transactions), set.streams);
};

describe("recurring detector hard negatives", () => {
  it("finds both real series with no habit present: precision and recall 100 %", () => {
    const s = score(false);
    expect([s.precision, s.recall, s.hardNegatives]).toEqual([1, 1, 0]);
  });

  it("takes the weekly coffee and the biweekly groceries for series: precision 2 of 4, recall unchanged", () => {
    // The coffee (every 7 days, 5.40-6.10 within ±15 %) and groceries (every 14 days, 80-88) pass the
    // detector's cadence and amount tests; the workday diner lunches (gaps 1-3 days) have no cadence.
    const s = score(true);
    expect(s.detected).toBe(4);
    expect(s.truePositives).toBe(2);
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBe(1);
    expect(s.hardNegatives).toBe(2);
  });

  it("charges each false series to its frequency: WEEKLY 0 of 1, BIWEEKLY 1 of 2, MONTHLY 1 of 1", () => {
    const f = score(true).byFrequency;
    expect(f.WEEKLY).toEqual({ detected: 1, truePositives: 0, truth: 0, found: 0 });
    expect(f.BIWEEKLY).toEqual({ detected: 2, truePositives: 1, truth: 1, found: 1 });
    expect(f.MONTHLY).toEqual({ detected: 1, truePositives: 1, truth: 1, found: 1 });
  });
});
