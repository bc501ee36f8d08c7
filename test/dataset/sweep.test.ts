// The fresh-seed sweep: a new seed every run (named in the test, so a failure can be replayed), 100
// users, and every check of the quality report that needs no I/O (AC-1..AC-6, QC-1..QC-5, INT-1..INT-6,
// RD-1/RD-2, CAL-1, SP-1..SP-4) must pass. This replaces checking "seed 42 passes everything" in several places.
import { describe, expect, it } from "vitest";
import { forEachCustomer } from "spendsense-fixtures";
import { QualityAccumulator } from "../../src/quality/checks.ts";
import { seedsFor } from "../helpers/seeds.ts";

const EXTERNAL_IDS = new Set(["AC-7", "AC-8", "AC-9", "AC-10"]);

describe.each(seedsFor([], 1))("a 100-user dataset of a fresh seed (%i)", (seed) => {
  it("passes every check of the quality report that needs no I/O", () => {
    const quality = new QualityAccumulator({ requestedUsers: 100, startDate: "2025-05-01", endDate: "2025-10-31" });
    forEachCustomer({ users: 100, seed }, (customer) => quality.add(customer));
    const none = { loadProblems: null, databaseBytes: null, generationSeconds: null, reproducible: null };
    const checks = quality.checks(none).filter((c) => !EXTERNAL_IDS.has(c.id));
    expect(checks.length).toBe(24);
    const failures = checks
      .filter((c) => c.status !== "pass")
      .map((c) => `${c.id}: ${c.measured} (threshold ${c.threshold})`);
    expect(failures).toEqual([]);
  });
});
