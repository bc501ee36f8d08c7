import { describe, expect, it } from "vitest";
import { PFC_V2_PAIRS } from "../../src/data/pfc-taxonomy.ts";
import { readSpecFile } from "../helpers/spec-files.ts";

describe("PFCv2 taxonomy module", () => {
  it("holds exactly the (primary, detailed) pairs of the spec's plaid-pfc-taxonomy-v2.csv, in order", () => {
    const lines = readSpecFile("plaid-pfc-taxonomy-v2.csv").trim().split(/\r?\n/).slice(1);
    const fromCsv = lines.map((line) => line.split(",").slice(0, 2));
    expect(PFC_V2_PAIRS.map(([p, d]) => [p, d])).toEqual(fromCsv);
    expect(PFC_V2_PAIRS).toHaveLength(127);
  });

  it("every detailed code starts with its primary", () => {
    for (const [primary, detailed] of PFC_V2_PAIRS) expect(detailed.startsWith(`${primary}_`)).toBe(true);
  });
});
