import { beforeAll, describe, expect, it } from "vitest";
import { buildDataset } from "spendsense-fixtures";
import { persistDataset, readDataset, tableCounts } from "spendsense-fixtures/db";
import { createTestDatabase, useTestDatabase } from "spendsense-fixtures/testing";

const db = useTestDatabase();
const data = buildDataset({ users: 100, seed: 42 });
const { meta: _meta, ...records } = data;

describe("persistDataset", () => {
  // The default dataset, written once before the tests below (which read it or add to it), whatever their order.
  let counts: Awaited<ReturnType<typeof persistDataset>>;
  beforeAll(async () => {
    counts = await persistDataset(db.prisma, data);
  });

  it("writes the default dataset and reads back the same records, in order", async () => {
    expect(counts).toEqual({
      users: 100,
      accounts: data.accounts.length,
      recurringStreams: data.recurringStreams.length,
      transactions: data.transactions.length,
      liabilities: data.liabilities.length,
      lifeEvents: data.lifeEvents.length,
    });
    expect(await readDataset(db.prisma)).toEqual(records);
  });

  it("leaves every foreign key valid (PRAGMA foreign_key_check is clean)", async () => {
    expect(await db.prisma.$queryRawUnsafe("PRAGMA foreign_key_check")).toEqual([]);
  });

  it("rejects an orphan row", async () => {
    const orphan = {
      ...data.transactions[0]!,
      transaction_id: "txn_00000000-0000-4000-8000-000000000000",
      account_id: "acc_00000000-0000-4000-8000-000000000000",
    };
    await expect(persistDataset(db.prisma, { ...emptyTables(), transactions: [orphan] })).rejects.toThrow(
      /FOREIGN KEY/,
    );
  });

  it("is all or nothing: a failure in the middle of a load leaves the database as it was", async () => {
    const before = await tableCounts(db.prisma);
    // 500 new, valid transactions go in first; then a liability on a missing account fails.
    const fresh = data.transactions.slice(0, 500).map((t, i) => ({
      ...t,
      transaction_id: `txn_00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
      stream_id: null,
    }));
    const orphanLiability = {
      ...data.liabilities[0]!,
      liability_id: "liab_00000000-0000-4000-8000-000000000001",
      account_id: "acc_00000000-0000-4000-8000-000000000009",
    };
    await expect(
      persistDataset(db.prisma, { ...emptyTables(), transactions: fresh, liabilities: [orphanLiability] }),
    ).rejects.toThrow(/FOREIGN KEY/);
    expect(await tableCounts(db.prisma)).toEqual(before);
  });

  it("replace: true swaps the rows in one transaction", async () => {
    const own = await createTestDatabase(); // its own database, so the shared one keeps the default dataset
    try {
      await persistDataset(own.prisma, buildDataset({ users: 6, seed: 4 }));
      const small = buildDataset({ users: 3, seed: 5 });
      await persistDataset(own.prisma, small, { replace: true });
      expect((await tableCounts(own.prisma)).users).toBe(3);
      const { meta: _m, ...smallRecords } = small;
      expect(await readDataset(own.prisma)).toEqual(smallRecords);
    } finally {
      await own.dispose();
    }
  });
});

function emptyTables() {
  return { users: [], accounts: [], transactions: [], liabilities: [], recurringStreams: [], lifeEvents: [] };
}
