import { describe, expect, it } from "vitest";
import { lintFactories, userFactory } from "spendsense-fixtures";

describe("lintFactories", () => {
  it("finds no failing build across every trait and pair of traits", () => {
    expect(lintFactories()).toEqual([]);
  });

  it("reports every build of a factory that breaks its schema, with the traits and the field", () => {
    const broken = userFactory.afterBuild((u) => {
      u.metadata.age = 20;
      u.metadata.age_bracket = "51+";
    });
    const failures = lintFactories({ seeds: [1], factories: { userFactory: broken } });
    const userFailures = failures.filter((f) => f.factory === "userFactory");
    expect(userFailures.length).toBeGreaterThan(10);
    expect(userFailures[0]?.message).toMatch(/metadata\.age_bracket/);
    expect(userFailures.some((f) => f.traits.join() === "student,highIncome")).toBe(true);
  });
});
