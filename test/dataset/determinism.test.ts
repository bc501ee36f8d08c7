import { describe, expect, it } from "vitest";
import { buildDataset } from "spendsense-fixtures";
import { seedsFor } from "../helpers/seeds.ts";

describe.each(seedsFor([42, 5], 1))("dataset determinism, seed %i", (seed) => {
  it("the same options give byte-identical JSON, and another seed differs (AC-10)", () => {
    const a = JSON.stringify(buildDataset({ users: 30, seed }));
    expect(JSON.stringify(buildDataset({ users: 30, seed }))).toBe(a);
    expect(JSON.stringify(buildDataset({ users: 30, seed: seed + 1 }))).not.toBe(a);
  });

  it("is prefix-stable: 10 users equal the first 10 customers of 60", () => {
    const small = buildDataset({ users: 10, seed });
    const big = buildDataset({ users: 60, seed });
    const firstTen = new Set(small.users.map((u) => u.user_id));
    const mine = <T extends { user_id: string }>(list: T[]) => list.filter((r) => firstTen.has(r.user_id));
    expect(big.users.slice(0, 10)).toEqual(small.users);
    expect(mine(big.accounts)).toEqual(small.accounts);
    expect(mine(big.transactions)).toEqual(small.transactions);
    expect(mine(big.liabilities)).toEqual(small.liabilities);
    expect(mine(big.recurringStreams)).toEqual(small.recurringStreams);
    expect(mine(big.lifeEvents)).toEqual(small.lifeEvents);
  });
});

describe("dataset meta", () => {
  it("records the options, the counts and the package version", async () => {
    const data = buildDataset({ users: 12, seed: 8 });
    const { version } = (await import("../../package.json", { with: { type: "json" } })).default;
    expect(data.meta).toEqual({
      options: { users: 12, seed: 8, startDate: "2025-05-01", endDate: "2025-10-31", profile: "default" },
      counts: {
        users: 12,
        accounts: data.accounts.length,
        transactions: data.transactions.length,
        liabilities: data.liabilities.length,
        recurringStreams: data.recurringStreams.length,
        lifeEvents: data.lifeEvents.length,
      },
      version,
    });
  });
});
