// The calibrated profile: it validates, builds through every entry point, passes the diagnostic
// checks, and the spec-rule checks it replaces are reported "not applicable" (on the default profile
// they pass).
import { afterEach, describe, expect, it } from "vitest";
import { PROFILES, ProfileSchema } from "../../src/data/profile.ts";
import { US_2024_PROFILE } from "../../src/data/profiles/us-2024.ts";
import { buildDataset, forEachCustomer } from "../../src/dataset/build-dataset.ts";
import { configureFixtures, resetFixtureConfig } from "../../src/random/config.ts";
import { QualityAccumulator } from "../../src/quality/checks.ts";
import { accountFactory, userFactory } from "spendsense-fixtures";
import { NOT_MEASURED } from "./hand-made.ts";

const SPEC_RULES = ["AC-2", "SP-1", "SP-2", "SP-3", "SP-4"];

function checksFor(profile: "default" | "us-2024", seed: number, users: number) {
  const context = { requestedUsers: users, startDate: "2025-05-01", endDate: "2025-10-31", profile };
  const q = new QualityAccumulator(context);
  forEachCustomer({ users, seed, profile }, (c) => q.add(c));
  return { checks: q.checks(NOT_MEASURED), realism: q.charts().realism };
}

afterEach(() => resetFixtureConfig());

describe("the us-2024 profile", () => {
  it("passes ProfileSchema and is registered under its name", () => {
    expect(ProfileSchema.safeParse(US_2024_PROFILE).success).toBe(true);
    expect(PROFILES["us-2024"]).toBe(US_2024_PROFILE);
    expect(US_2024_PROFILE.name).toBe("us-2024");
  });

  it("builds through buildDataset and configureFixtures", () => {
    const data = buildDataset({ users: 20, seed: 3, profile: "us-2024" });
    expect(data.users).toHaveLength(20);
    expect(data.meta.options.profile).toBe("us-2024");
    // The profile's band is 205-280 transactions per 184 days, above the spec's 150-200.
    const perUser = data.transactions.length / 20;
    expect(perUser).toBeGreaterThan(200);
    expect(perUser).toBeLessThanOrEqual(280);
    configureFixtures({ profile: "us-2024" });
    const u = userFactory.build();
    expect(accountFactory.checking().build({}, { associations: { user: u } }).user_id).toBe(u.user_id);
  });

  it("reports the spec rules it replaces as not applicable, with the reason, and fails no diagnostic (seeds 1 and 42)", () => {
    for (const seed of [1, 42]) {
      const { checks } = checksFor("us-2024", seed, 40);
      const na = checks.filter((c) => c.status === "not_applicable");
      expect(na.map((c) => c.id)).toEqual(SPEC_RULES);
      for (const c of na) expect(c.measured).toContain("not applicable to profile us-2024: ");
      expect(checks.filter((c) => c.status === "fail").map((c) => c.id)).toEqual([]);
    }
  });

  it("on the default profile the same checks apply and pass, and nothing fails (seeds 1, 2, 3, 42, 2024 at 40 users)", () => {
    for (const seed of [1, 2, 3, 42, 2024]) {
      const { checks } = checksFor("default", seed, 40);
      expect(checks.filter((c) => c.status === "not_applicable")).toEqual([]);
      expect(checks.filter((c) => SPEC_RULES.includes(c.id)).map((c) => c.status)).toEqual(
        SPEC_RULES.map(() => "pass"),
      );
      expect(checks.filter((c) => c.status === "fail").map((c) => `${c.id}: ${c.measured}`)).toEqual([]);
    }
  });

  it("moves its calibrated figures toward the references (seeds 1 and 2, 60 users)", () => {
    for (const seed of [1, 2]) {
      const us = new Map(checksFor("us-2024", seed, 60).realism.map((f) => [f.id, f]));
      const def = new Map(checksFor("default", seed, 60).realism.map((f) => [f.id, f]));
      // Card purchases: Atlanta Fed's ~31 a month, ±5 (the spec's band leaves about 21).
      expect(us.get("R-39")?.value).toBeGreaterThan(26);
      expect(us.get("R-39")?.value).toBeLessThan(36);
      // Streaming: Deloitte's ~4 services at ~$61, where the spec's five subscriptions give under 2.
      expect(us.get("R-37")?.value).toBeGreaterThan(3);
      expect(def.get("R-37")?.value).toBeLessThan(3);
      expect(us.get("R-38")?.value).toBeGreaterThan(45);
      // Utilization: Experian's ~28 % ±8 points, below the spec's 30-70 %.
      expect(us.get("R-34")?.value).toBeLessThan(0.36);
      expect(def.get("R-34")?.value).toBeGreaterThan(0.4);
      // More cards per cardholder than the default (the 0-3 tuple caps the mean below Experian's 3.9).
      expect(us.get("R-33")?.value as number).toBeGreaterThan(def.get("R-33")?.value as number);
    }
  });
});
