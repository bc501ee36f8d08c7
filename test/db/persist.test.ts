import { describe, expect, it } from "vitest";
import { buildDataset } from "spendsense-fixtures";
import { persistDataset, readDataset, tableCounts } from "spendsense-fixtures/db";
import { useTestDatabase } from "spendsense-fixtures/testing";

const db = useTestDatabase();
const data = buildDataset({ users: 100, seed: 42 });
const { meta: _meta, ...records } = data;

describe("persistDataset", () => {
  it("writes the default dataset and reads back the same records, in order", async () => {
    const counts = await persistDataset(db.prisma, data);
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
    const orphan = { ...data.transactions[0]!, transaction_id: "txn_00000000-0000-4000-8000-000000000000", account_id: "acc_00000000-0000-4000-8000-000000000000" };
    await expect(persistDataset(db.prisma, { ...emptyTables(), transactions: [orphan] })).rejects.toThrow(/FOREIGN KEY/);
  });

  it("is all or nothing: a failure in the middle of a load leaves the database as it was", async () => {
    const before = await tableCounts(db.prisma);
    // 500 new, valid transactions go in first; then a liability on a missing account fails.
    const fresh = data.transactions.slice(0, 500).map((t, i) => ({ ...t, transaction_id: `txn_00000000-0000-4000-8000-${String(i).padStart(12, "0")}`, stream_id: null }));
    const orphanLiability = { ...data.liabilities[0]!, liability_id: "liab_00000000-0000-4000-8000-000000000001", account_id: "acc_00000000-0000-4000-8000-000000000009" };
    await expect(persistDataset(db.prisma, { ...emptyTables(), transactions: fresh, liabilities: [orphanLiability] })).rejects.toThrow(/FOREIGN KEY/);
    expect(await tableCounts(db.prisma)).toEqual(before);
  });

  it("replace: true swaps the rows in one transaction", async () => {
    const small = buildDataset({ users: 3, seed: 5 });
    await persistDataset(db.prisma, small, { replace: true });
    expect((await tableCounts(db.prisma)).users).toBe(3);
    const { meta: _m, ...smallRecords } = small;
    expect(await readDataset(db.prisma)).toEqual(smallRecords);
  });
});

function emptyTables() {
  return { users: [], accounts: [], transactions: [], liabilities: [], recurringStreams: [], lifeEvents: [] };
}
