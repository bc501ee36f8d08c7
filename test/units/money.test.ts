import { describe, expect, it } from "vitest";
import { keyedRng } from "../../src/random/rng.ts";
import { hasCentPrecision } from "../../src/units/money.ts";

/** The definition: the value is the double nearest to its own two-decimal text. */
const byText = (value: number) => Number.isFinite(value) && Number(value.toFixed(2)) === value;

describe("hasCentPrecision", () => {
  it("accepts whole cents and rejects the rest, at the edges", () => {
    for (const v of [0, -0, 0.01, -0.01, 0.1, 0.29, 1.1, 19.99, -15.99, 1e11 + 0.01, 999_999_999_999.99, 1e15])
      expect(hasCentPrecision(v), String(v)).toBe(true);
    for (const v of [0.001, 1.005, -2.345, 0.1 + 0.2, Number.NaN, Number.POSITIVE_INFINITY, -Infinity, 1e-7])
      expect(hasCentPrecision(v), String(v)).toBe(false);
  });

  it("gives the two-decimal text's verdict on a million drawn values of every size", () => {
    const rng = keyedRng(1, "money-test");
    let cents = 0;
    for (let i = 0; i < 1_000_000; i++) {
      const scale = 10 ** rng.int(-3, 16);
      // Half are whole cents by construction (k / 100), half arbitrary doubles.
      const v = i % 2 === 0 ? Math.round((rng.next() - 0.5) * scale * 100) / 100 : (rng.next() - 0.5) * scale;
      const expected = byText(v);
      if (expected) cents++;
      if (hasCentPrecision(v) !== expected) expect.fail(`${v}: toFixed says ${expected}`);
    }
    expect(cents).toBeGreaterThan(400_000);
    expect(cents).toBeLessThan(900_000);
  });
});
