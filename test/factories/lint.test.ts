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

describe("lintFactories leaves the factories as it found them", () => {
  it("does not move any factory's sequence", () => {
    userFactory.rewindSequence();
    const first = userFactory.build();
    userFactory.rewindSequence();
    lintFactories({ seeds: [1] });
    expect(userFactory.build()).toEqual(first);
    expect(first.user_id).toBe("user_001");
  });

  it("gives each failure the shared issue shape: a code and a path naming the factory and traits", () => {
    const broken = userFactory.afterBuild((u) => {
      u.metadata.age = 20;
      u.metadata.age_bracket = "51+";
    });
    const [failure] = lintFactories({ seeds: [1], factories: { userFactory: broken } });
    expect(failure?.code).toBe("lint_invalid");
    expect(failure?.path[0]).toBe("userFactory");
  });
});
