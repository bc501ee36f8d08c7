// Population family (AC-1, AC-2, AC-4, AC-5) on hand-made customers.
import { describe, expect, it } from "vitest";
import type { Customer } from "spendsense-fixtures";
import { PopulationFamily } from "../../../src/quality/families/population.ts";
import { inspectCustomer } from "../../../src/quality/inspect.ts";
import { alex, bo, CONTEXT, env, user } from "../hand-made.ts";

function population(customers: Customer[]): PopulationFamily {
  const f = new PopulationFamily();
  for (const c of customers) f.add(inspectCustomer(c));
  return f;
}
const check = (f: PopulationFamily, id: string, e = env()) => f.checks(e).find((c) => c.id === id);

/** 20 users (no transactions) whose ages and incomes follow the lists. */
function crowd(ages: number[], incomes: number[]): Customer[] {
  return ages.map((age, i) => ({
    user: user(i + 1, age, incomes[i] as number),
    accounts: [],
    transactions: [],
    liabilities: [],
    recurringStreams: [],
    lifeEvents: [],
  }));
}
// 4/6/7/3 of 20 are the age targets 20/30/35/15 %; 4/8/6/2 the income targets 20/40/30/10 %.
const AGES = [20, 20, 20, 20, 30, 30, 30, 30, 30, 30, 40, 40, 40, 40, 40, 40, 40, 60, 60, 60];
const INCOMES = [
  20_000, 20_000, 20_000, 20_000, 50_000, 50_000, 50_000, 50_000, 50_000, 50_000, 50_000, 50_000, 90_000, 90_000,
  90_000, 90_000, 90_000, 90_000, 200_000, 200_000,
];

describe("population family", () => {
  it("AC-1 passes when every requested user is there with a valid profile", () => {
    expect(check(population([alex(), bo()]), "AC-1")).toMatchObject({
      status: "pass",
      measured: "2 users, 0 incomplete",
      threshold: "2 users, 0 incomplete",
    });
  });

  it("AC-1 fails on a missing user and on an incomplete profile", () => {
    expect(check(population([alex()]), "AC-1")?.status).toBe("fail");
    const broken = bo();
    broken.user.email = "not an email";
    expect(check(population([alex(), broken]), "AC-1")).toMatchObject({
      status: "fail",
      measured: "2 users, 1 incomplete",
    });
  });

  it("AC-2 counts the users outside the band (alex has 11 transactions, bo 1)", () => {
    const f = population([alex(), bo()]);
    expect(check(f, "AC-2", env({ band: { min: 1, max: 11 } }))).toMatchObject({
      status: "pass",
      measured: "min 1, max 11, 0 users outside",
      threshold: "every user in 1-11",
    });
    expect(check(f, "AC-2", env({ band: { min: 2, max: 11 } }))).toMatchObject({
      status: "fail",
      measured: "min 1, max 11, 1 users outside",
    });
    expect(check(new PopulationFamily(), "AC-2")?.status).toBe("fail");
  });

  it("AC-4 and AC-5 pass on the target shares and fail 10 points off", () => {
    const exact = population(crowd(AGES, INCOMES));
    const ctx = env({ context: { ...CONTEXT, requestedUsers: 20 } });
    expect(check(exact, "AC-4", ctx)).toMatchObject({
      status: "pass",
      measured: "low 20.0%, middle 40.0%, upper_middle 30.0%, high 10.0%",
    });
    expect(check(exact, "AC-5", ctx)?.status).toBe("pass");
    // Two low incomes become high (10 % -> 20 %), two 18-25s become 51+ (20 % -> 10 %, 15 % -> 25 %).
    const shifted = population(crowd([60, 60, ...AGES.slice(2)], [200_000, 200_000, ...INCOMES.slice(2)]));
    expect(check(shifted, "AC-4", ctx)).toMatchObject({
      status: "fail",
      measured: "low 10.0%, middle 40.0%, upper_middle 30.0%, high 20.0%",
    });
    expect(check(shifted, "AC-5", ctx)?.status).toBe("fail");
  });

  it("AC-4 passes exactly 5 points off (one user of 20)", () => {
    const oneOff = population(crowd(AGES, [200_000, ...INCOMES.slice(1)]));
    expect(check(oneOff, "AC-4", env({ context: { ...CONTEXT, requestedUsers: 20 } }))?.status).toBe("pass");
  });

  it("charts the shares and the transactions per user", () => {
    const charts = population([alex(), bo()]).charts();
    expect(charts.transactionsPerUser).toEqual({ "1": 1, "11": 1 });
    expect(charts.ageShares).toEqual({ "18-25": 0, "26-35": 0.5, "36-50": 0.5, "51+": 0 });
    expect(charts.regionShares).toEqual({ urban: 1, suburban: 0, rural: 0 });
  });
});
