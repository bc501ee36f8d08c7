import { beforeEach, describe, expect, it } from "vitest";
import { RecordValidationError, UserSchema, userFactory } from "spendsense-fixtures";
import { INCOME_TIERS } from "../../src/data/demographics.ts";
import { ageBracketOf, incomeTierOf, lifeStageOf } from "../../src/schemas/brackets.ts";

const SEEDS = [3, 17, 101, 2024, 65_537];

beforeEach(() => userFactory.rewindSequence());

describe("userFactory", () => {
  it("builds user_001, user_002, ... with matching emails", () => {
    const [a, b] = userFactory.buildList(2);
    expect([a?.user_id, a?.email, b?.user_id, b?.email]).toEqual([
      "user_001",
      "user001@example.com",
      "user_002",
      "user002@example.com",
    ]);
  });

  it.each(SEEDS)("seed %i: derived fields agree with age and income, and the home is a catalogued US place", (seed) => {
    for (let index = 1; index <= 40; index++) {
      const { metadata: m, created_at } = userFactory.build({}, { transient: { seed, index } });
      expect(m.age_bracket).toBe(ageBracketOf(m.age));
      expect(m.income_bracket).toBe(incomeTierOf(m.income));
      expect(m.life_stage).toBe(lifeStageOf(m.age, m.income));
      expect(m.home.postal_code).toMatch(/^\d{5}$/);
      expect(created_at < "2025-05-01").toBe(true);
    }
  });

  it("recomputes brackets and life stage from an overridden income", () => {
    const user = userFactory.build({ metadata: { income: 250_000, age: 30 } });
    expect(user.metadata).toMatchObject({
      income: 250_000,
      income_bracket: "high",
      age_bracket: "26-35",
      life_stage: "early_career",
    });
  });

  it("draws an income inside an overridden bracket", () => {
    const user = userFactory.build({ metadata: { income_bracket: "low" } });
    expect(user.metadata.income).toBeLessThanOrEqual(INCOME_TIERS[0].max);
  });

  it.each(SEEDS)("seed %i: traits give the persona they name", (seed) => {
    const t = { transient: { seed } };
    expect(userFactory.highIncome().build({}, t).metadata.income_bracket).toBe("high");
    expect(userFactory.lowIncome().build({}, t).metadata.income_bracket).toBe("low");
    const student = userFactory.student().build({}, t).metadata;
    expect(student.age_bracket).toBe("18-25");
    expect(["low", "middle"]).toContain(student.income_bracket);
    expect(student.life_stage).toBe("student");
    const retiree = userFactory.retiree().build({}, t).metadata;
    expect(retiree.age_bracket).toBe("51+");
    expect(retiree.life_stage).toBe("retiree");
    expect(userFactory.withLifeEvent("medical").build({}, t).metadata.life_event).toBe("medical");
    expect(userFactory.withLifeEvent().build({}, t).metadata.life_event).not.toBeNull();
  });

  it("chains traits, the later one winning where they conflict", () => {
    const user = userFactory.student().highIncome().build();
    expect(user.metadata).toMatchObject({ age_bracket: "18-25", income_bracket: "high" });
    expect(userFactory.highIncome().student().build().metadata.life_stage).toBe("student");
  });

  it("traits return new factories and leave the base one untouched", () => {
    const pin = { transient: { seed: 9, index: 20 } };
    const before = userFactory.build({}, pin);
    expect(before.metadata.income_bracket).not.toBe("high"); // so the trait visibly changes it
    const rich = userFactory.highIncome();
    expect(rich).not.toBe(userFactory);
    expect(rich.build({}, pin).metadata.income_bracket).toBe("high");
    expect(userFactory.build({}, pin)).toEqual(before);
  });

  it("rejects a negative age with an error that names the field", () => {
    expect(() => userFactory.build({ metadata: { age: -4 } })).toThrow(RecordValidationError);
    expect(() => userFactory.build({ metadata: { age: -4 } })).toThrow(/metadata\.age: Too small/);
  });

  it("rejects an unknown life event kind", () => {
    expect(() => userFactory.withLifeEvent("lottery" as never)).toThrow(/unknown kind "lottery"/);
  });

  it("every user is schema-valid", () => {
    for (const user of userFactory.buildList(60)) expect(UserSchema.safeParse(user).success).toBe(true);
  });
});
