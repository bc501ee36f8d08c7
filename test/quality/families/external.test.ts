// External measurements (AC-7..AC-10), and how AC-8 and AC-9 scale with the users checked.
import { describe, expect, it } from "vitest";
import { ExternalFamily } from "../../../src/quality/families/external.ts";
import type { ExternalMeasurements } from "../../../src/quality/family.ts";
import { env, NOT_MEASURED } from "../hand-made.ts";

const MB = 1_048_576;

function checks(users: number, measured: Partial<ExternalMeasurements>) {
  const f = new ExternalFamily();
  for (let i = 0; i < users; i++) f.add();
  return Object.fromEntries(f.checks(env({ external: { ...NOT_MEASURED, ...measured } })).map((c) => [c.id, c]));
}

describe("external measurements", () => {
  it("AC-7 passes with no load errors and fails with one", () => {
    expect(checks(2, { loadProblems: [] })["AC-7"]).toMatchObject({ status: "pass", measured: "loaded with 0 errors" });
    expect(checks(2, { loadProblems: ["synthetic_users.csv:2: user_id: bad"] })["AC-7"]).toMatchObject({
      status: "fail",
      measured: "1 errors, e.g. synthetic_users.csv:2: user_id: bad",
    });
  });

  it("AC-8 is the spec's 50 MB at 100 users", () => {
    expect(checks(100, { databaseBytes: 49 * MB })["AC-8"]).toMatchObject({
      status: "pass",
      measured: "49.00 MB (0.490 MB per user)",
      threshold: "< 50 MB (0.5 MB per user × 100 users)",
    });
    expect(checks(100, { databaseBytes: 50 * MB })["AC-8"]?.status).toBe("fail");
  });

  it("AC-8 scales per user: 1,000 users may take 500 MB, not 50", () => {
    expect(checks(1000, { databaseBytes: 85 * MB })["AC-8"]).toMatchObject({
      status: "pass",
      threshold: "< 500 MB (0.5 MB per user × 1000 users)",
    });
    expect(checks(1000, { databaseBytes: 501 * MB })["AC-8"]?.status).toBe("fail");
    expect(checks(10, { databaseBytes: 6 * MB })["AC-8"]).toMatchObject({
      status: "fail",
      threshold: "< 5 MB (0.5 MB per user × 10 users)",
    });
  });

  it("AC-9 scales per user: 2 minutes per 100 users", () => {
    expect(checks(100, { generationSeconds: 119 })["AC-9"]).toMatchObject({
      status: "pass",
      threshold: "< 120 s (1.2 s per user × 100 users)",
    });
    expect(checks(100, { generationSeconds: 130 })["AC-9"]?.status).toBe("fail");
    expect(checks(10_000, { generationSeconds: 130 })["AC-9"]).toMatchObject({
      status: "pass",
      threshold: "< 12000 s (1.2 s per user × 10000 users)",
    });
  });

  it("AC-10 passes on identical files and fails on a difference", () => {
    expect(checks(2, { reproducible: { identical: true, detail: "same" } })["AC-10"]?.status).toBe("pass");
    expect(checks(2, { reproducible: { identical: false, detail: "differs in x.csv" } })["AC-10"]).toMatchObject({
      status: "fail",
      measured: "differs in x.csv",
    });
  });

  it("a measurement not taken is skipped with its reason, never passed", () => {
    const c = checks(2, { skipped: { "AC-7": "over 1000 users: pass --db" } });
    expect(c["AC-7"]).toMatchObject({ status: "skipped", measured: "not measured: over 1000 users: pass --db" });
    expect(c["AC-8"]).toMatchObject({
      status: "skipped",
      measured: "not measured: no measurement",
      threshold: "< 1 MB (0.5 MB per user × 2 users)",
    });
  });
});
