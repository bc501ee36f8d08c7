// The profile: one object with every number, checked by its schema, including the rules that depend
// on each other across concerns.
import { describe, expect, it } from "vitest";
import { DEFAULT_PROFILE, type Profile, ProfileSchema } from "spendsense-fixtures";
import { lifeStageOf } from "../../src/schemas/brackets.ts";

/** A writable deep copy of the default profile, typed by the schema's (non-literal) output. */
const copy = (): Profile => structuredClone(DEFAULT_PROFILE) as unknown as Profile;

function pathsOf(profile: unknown): string[] {
  const result = ProfileSchema.safeParse(profile);
  return result.success ? [] : result.error.issues.map((i) => i.path.join("."));
}

describe("ProfileSchema", () => {
  it("accepts the default profile (the spec's numbers)", () => {
    expect(pathsOf(DEFAULT_PROFILE)).toEqual([]);
  });

  it("holds the spec's key numbers", () => {
    expect(DEFAULT_PROFILE.budget.countBand).toMatchObject({ min: 150, max: 200 });
    expect(DEFAULT_PROFILE.budget.housing.burdenBands).toEqual([{ min: 0.25, max: 0.35, weight: 1 }]);
    expect(DEFAULT_PROFILE.budget.payroll.frequencyShares).toEqual({ WEEKLY: 0, BIWEEKLY: 0.6, SEMI_MONTHLY: 0, MONTHLY: 0.4 });
    expect(DEFAULT_PROFILE.budget.utilities.cents).toEqual({ min: 8_000, max: 15_000 });
    expect(DEFAULT_PROFILE.liabilities.cardMinimumShare).toBe(0.02);
    expect(DEFAULT_PROFILE.liabilities.cardLastPaymentShare).toEqual({ min: 0.02, max: 0.5 });
    expect(DEFAULT_PROFILE.liabilities.cardOverdueShare).toBe(0.05);
    expect(DEFAULT_PROFILE.liabilities.studentMinimumCents).toEqual({ min: 15_000, max: 40_000 });
    expect(DEFAULT_PROFILE.spending.coffeeDrinkers).toEqual({ lifeStages: ["student"], incomeTiers: ["high"] });
  });

  it("refuses a student persona whose income would not make a student", () => {
    const p = copy();
    p.personas.student.income.max = p.population.lifeStages.studentMaxIncome;
    expect(pathsOf(p)).toContain("personas.student.income.max");
    // What the rule protects: at that income the life-stage rule no longer says "student".
    expect(lifeStageOf(20, p.personas.student.income.max)).not.toBe("student");
  });

  it("refuses card autopay outside the last-payment range, and a utility variance with no room", () => {
    const p = copy();
    p.budget.cardPayments.autopayShareOfOwed.max = 0.6;
    p.budget.utilities.monthlyVariance = 0.4;
    expect(pathsOf(p)).toEqual(expect.arrayContaining(["budget.cardPayments.autopayShareOfOwed", "budget.utilities.monthlyVariance"]));
  });

  it("refuses shares that do not add up and ranges whose min exceeds their max", () => {
    const p = copy();
    (p.population.regions[0] as { share: number }).share = 0.6;
    p.accounts.creditUtilization.min = 0.9;
    expect(pathsOf(p)).toEqual(expect.arrayContaining(["population.regions", "accounts.creditUtilization"]));
  });

  it("refuses pay frequency shares that do not add up, an inverted burden band and a Social Security table short of day 31", () => {
    const p = copy();
    p.budget.payroll.frequencyShares.WEEKLY = 0.2; // 0.2 + 0.6 + 0 + 0.4 = 1.2
    (p.budget.housing.burdenBands as { min: number; max: number; weight: number }[]).push({ min: 0.5, max: 0.4, weight: 1 });
    (p.population.retirement.wednesdayByBirthday as { maxDay: number; wednesday: number }[]).pop();
    expect(pathsOf(p)).toEqual(
      expect.arrayContaining([
        "budget.payroll.frequencyShares",
        "budget.housing.burdenBands.1",
        "population.retirement.wednesdayByBirthday",
      ]),
    );
  });

  it("counts the seasonal electricity shape when checking that a base fits inside $80-$150", () => {
    const p = copy();
    // ±20 % alone leaves room (80 / 0.8 = 100 <= 150 / 1.2 = 125) ...
    p.budget.utilities.monthlyVariance = 0.2;
    p.budget.utilities.seasonalAmplitude = 0;
    expect(pathsOf(p)).toEqual([]);
    // ... but not with the full shape 0.79..1.29: 80 / (0.8 * 0.79) = 126.6 > 150 / (1.2 * 1.29) = 96.9.
    p.budget.utilities.seasonalAmplitude = 1;
    expect(pathsOf(p)).toContain("budget.utilities.monthlyVariance");
  });

  it("refuses a merchant with two categories, a merchant pool of an unknown kind, and trips without rental cars", () => {
    const p = copy();
    const shopping = p.spending.categories["shopping"]!;
    shopping.merchants = [...shopping.merchants, { merchant_name: "Starbucks", name: "STARBUCKS", pfc: "GENERAL_MERCHANDISE_SUPERSTORES", online_share: 0 }];
    (p.spending.merchantPool.kinds as Record<string, unknown>)["bakery"] = { national: { min: 1, max: 1 }, local: { min: 0, max: 0 } };
    const travel = p.spending.categories["travel"]!;
    travel.merchants = travel.merchants.filter((m) => m.pfc !== "TRAVEL_RENTAL_CARS");
    expect(pathsOf(p)).toEqual(
      expect.arrayContaining(["spending.categories.shopping", "spending.merchantPool.kinds.bakery", "spending.categories.travel"]),
    );
    expect(pathsOf(DEFAULT_PROFILE)).toEqual([]);
  });
});
