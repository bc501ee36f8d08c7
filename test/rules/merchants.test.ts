// The merchant catalogue and the purchase-amount rule, checked at the rule level with many draws.
import { describe, expect, it } from "vitest";
import { SPEND_CATEGORIES, SPEND_KINDS, type SpendKind } from "../../src/data/merchants.ts";
import { PLACES_BY_REGION } from "../../src/data/places.ts";
import { DEFAULT_PROFILE } from "../../src/data/profile.ts";
import { keyedRng } from "../../src/random/rng.ts";
import { localMerchants, UserMerchants } from "../../src/rules/merchants.ts";
import { normalCdf, normalQuantile, purchaseCents } from "../../src/rules/transactions/spending.ts";

const PLACES = Object.values(PLACES_BY_REGION).flat();
const LOCAL_KINDS = SPEND_KINDS.filter((k) => SPEND_CATEGORIES[k].local !== undefined);

function skewness(xs: readonly number[]): number {
  const n = xs.length;
  const mean = xs.reduce((s, x) => s + x, 0) / n;
  const m2 = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / n;
  const m3 = xs.reduce((s, x) => s + (x - mean) ** 3, 0) / n;
  return m3 / m2 ** 1.5;
}

const median = (xs: readonly number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

describe("local businesses", () => {
  it("are the same for the same city on every call and differ between cities", () => {
    const austin = { city: "Austin", state: "TX" };
    const first = localMerchants(DEFAULT_PROFILE, austin, "restaurant").map((m) => m.merchant_name);
    // A structurally equal profile object (not the cached one) still yields the same names: keyed by city.
    const copy = { ...DEFAULT_PROFILE } as typeof DEFAULT_PROFILE;
    expect(localMerchants(copy, austin, "restaurant").map((m) => m.merchant_name)).toEqual(first);
    expect(new Set(first).size).toBe(SPEND_CATEGORIES.restaurant.local?.perCity);
    const denver = new Set(
      localMerchants(DEFAULT_PROFILE, { city: "Denver", state: "CO" }, "restaurant").map((m) => m.merchant_name),
    );
    const shared = first.filter((n) => denver.has(n)).length;
    expect(shared).toBeLessThanOrEqual(2);
  });

  it("keep one category per name across every city, and never take a national brand's name", () => {
    const pfcOf = new Map<string, string>();
    for (const k of SPEND_KINDS) for (const m of SPEND_CATEGORIES[k].merchants) pfcOf.set(m.merchant_name, m.pfc);
    const brands = new Set(pfcOf.keys());
    for (const place of PLACES)
      for (const kind of LOCAL_KINDS)
        for (const m of localMerchants(DEFAULT_PROFILE, place, kind)) {
          expect(brands.has(m.merchant_name), m.merchant_name).toBe(false);
          const seen = pfcOf.get(m.merchant_name);
          if (seen !== undefined) expect(m.pfc, m.merchant_name).toBe(seen);
          pfcOf.set(m.merchant_name, m.pfc);
          expect(m.online_share).toBe(0);
        }
  });

  it("with the national brands make a catalogue of well over 300 merchants", () => {
    const names = new Set<string>();
    for (const k of SPEND_KINDS) for (const m of SPEND_CATEGORIES[k].merchants) names.add(m.merchant_name);
    const national = names.size;
    expect(national).toBeGreaterThanOrEqual(150);
    for (const place of PLACES)
      for (const kind of LOCAL_KINDS)
        for (const m of localMerchants(DEFAULT_PROFILE, place, kind)) names.add(m.merchant_name);
    expect(names.size).toBeGreaterThanOrEqual(national + 300);
  });
});

describe("a user's own shops", () => {
  it("mix national brands and home-city businesses, and the favourite gets the most visits", () => {
    const home = PLACES[0]!;
    const locals = new Set(localMerchants(DEFAULT_PROFILE, home, "restaurant").map((m) => m.merchant_name));
    let favouriteWins = 0;
    let withLocal = 0;
    for (let u = 0; u < 50; u++) {
      const shops = new UserMerchants(DEFAULT_PROFILE, keyedRng(9, "shops", u), home);
      const list = shops.shops("restaurant");
      if (list.some((m) => locals.has(m.merchant_name))) withLocal++;
      const rng = keyedRng(9, "visits", u);
      const visits = new Map<string, number>();
      for (let i = 0; i < 200; i++) {
        const m = shops.pick(rng, "restaurant").merchant_name;
        visits.set(m, (visits.get(m) ?? 0) + 1);
      }
      const top = [...visits.entries()].sort((a, b) => b[1] - a[1])[0]![0];
      if (top === list[0]!.merchant_name) favouriteWins++;
    }
    // The restaurant pool always holds 2-6 local businesses; the favourite (weight 1 against 1/2^1.1,
    // ...) is the most visited shop for nearly everyone over 200 visits.
    expect(withLocal).toBe(50);
    expect(favouriteWins).toBeGreaterThanOrEqual(45);
  });
});

describe("purchase amounts", () => {
  const draws = (kind: SpendKind, income: number, n = 4_000, frugal = 0) => {
    const rng = keyedRng(5, "amounts", kind, income, frugal);
    return Array.from({ length: n }, () => purchaseCents(DEFAULT_PROFILE, rng, kind, income, frugal));
  };

  it("the normal CDF and quantile invert each other", () => {
    for (const p of [0.001, 0.02, 0.3, 0.5, 0.77, 0.99]) expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 6);
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
  });

  it.each(SPEND_KINDS)("%s: inside the range, no point mass at a bound, right-skewed", (kind) => {
    const { min, max } = SPEND_CATEGORIES[kind].price_cents;
    for (const income of [20_000, 60_000, 120_000, 300_000]) {
      const xs = draws(kind, income);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(min);
      expect(Math.max(...xs)).toBeLessThanOrEqual(max);
      expect(xs.filter((x) => x === min).length / xs.length).toBeLessThan(0.01);
      expect(xs.filter((x) => x === max).length / xs.length).toBeLessThan(0.01);
      expect(skewness(xs)).toBeGreaterThan(0);
    }
  });

  it("rise with income and fall in a frugal re-plan", () => {
    for (const kind of ["groceries", "restaurant", "coffee", "gas"] as const) {
      const low = median(draws(kind, 20_000));
      const high = median(draws(kind, 300_000));
      expect(high).toBeGreaterThan(low * 1.05);
      expect(median(draws(kind, 60_000, 4_000, 1))).toBeLessThan(median(draws(kind, 60_000)));
    }
  });
});
