import { describe, expect, it } from "vitest";
import { AGE_BRACKETS, INCOME_TIERS, POPULATION, REGIONS } from "../../src/data/demographics.ts";
import { populationSlot } from "../../src/rules/population.ts";

const SEEDS = Array.from({ length: 40 }, (_, i) => i * 7919 + 1);
const TOLERANCE = 0.05;

function worstDeviation(seed: number, from: number, to: number) {
  const counts = {
    age: new Map<string, number>(),
    tier: new Map<string, number>(),
    region: new Map<string, number>(),
    events: 0,
  };
  let worst = 0;
  for (let n = 1; n <= to; n++) {
    const slot = populationSlot(seed, n);
    counts.age.set(slot.ageBracket, (counts.age.get(slot.ageBracket) ?? 0) + 1);
    counts.tier.set(slot.incomeTier, (counts.tier.get(slot.incomeTier) ?? 0) + 1);
    counts.region.set(slot.region, (counts.region.get(slot.region) ?? 0) + 1);
    if (slot.lifeEvent) counts.events++;
    if (n < from) continue;
    for (const b of AGE_BRACKETS) worst = Math.max(worst, Math.abs((counts.age.get(b.name) ?? 0) / n - b.share));
    for (const t of INCOME_TIERS) worst = Math.max(worst, Math.abs((counts.tier.get(t.name) ?? 0) / n - t.share));
    for (const r of REGIONS) worst = Math.max(worst, Math.abs((counts.region.get(r.name) ?? 0) / n - r.share));
    worst = Math.max(worst, Math.abs(counts.events / n - 0.1));
  }
  return worst;
}

describe("populationSlot", () => {
  it.each(SEEDS)(
    "seed %i: age, income, region and life-event shares are within ±5 points for every n from 50 to 400",
    (seed) => {
      expect(worstDeviation(seed, 50, 400)).toBeLessThanOrEqual(TOLERANCE);
    },
  );

  it("depends only on (seed, index): computed cold, after other seeds and in another order, it is the same", () => {
    // A copy of the population has its own (empty) block cache, so each call below computes afresh.
    const late = populationSlot(5, 137, { ...POPULATION });
    const warm = { ...POPULATION };
    for (let i = 1; i < 137; i++) populationSlot(6, i, warm);
    for (let i = 160; i > 100; i--) populationSlot(5, i, warm);
    expect(populationSlot(5, 137, warm)).toEqual(late);
    expect(populationSlot(5, 138, warm)).not.toBe(late);
  });

  it("differs between seeds", () => {
    const pattern = (seed: number) =>
      Array.from({ length: 40 }, (_, i) => populationSlot(seed, i + 1).ageBracket).join();
    expect(pattern(1)).not.toBe(pattern(2));
  });

  it("rejects indexes below 1", () => {
    expect(() => populationSlot(1, 0)).toThrow(/positive integer/);
  });
});
