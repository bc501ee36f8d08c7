import { describe, expect, it } from "vitest";
import { persistedFactories, tableCounts } from "spendsense-fixtures/db";
import { useTestDatabase } from "spendsense-fixtures/testing";

const db = useTestDatabase();

describe("persistedFactories", () => {
  it("create() writes a user through onCreate", async () => {
    const { userFactory } = persistedFactories(db.prisma);
    const user = await userFactory.highIncome().create({}, { transient: { seed: 1, index: 50 } });
    const row = await db.prisma.user.findUnique({ where: { user_id: user.user_id } });
    expect(row?.email).toBe(user.email);
    expect((row?.metadata as { income_bracket: string }).income_bracket).toBe("high");
  });

  it("create() of a transaction with no parent creates its account and user", async () => {
    const { transactionFactory } = persistedFactories(db.prisma);
    const txn = await transactionFactory.coffee().create({}, { transient: { seed: 2, index: 7 } });
    expect(await db.prisma.transaction.findUnique({ where: { transaction_id: txn.transaction_id } })).not.toBeNull();
    expect((await db.prisma.account.findUnique({ where: { account_id: txn.account_id } }))?.user_id).toBe(txn.user_id);
    expect(await db.prisma.user.findUnique({ where: { user_id: txn.user_id } })).not.toBeNull();
  });

  it("create() of a liability creates a credit-card account for it, and reuses existing parents", async () => {
    const { accountFactory, liabilityFactory } = persistedFactories(db.prisma);
    const liability = await liabilityFactory.creditCard().create({}, { transient: { seed: 3, index: 9 } });
    expect((await db.prisma.account.findUnique({ where: { account_id: liability.account_id } }))?.subtype).toBe(
      "credit card",
    );
    const before = await tableCounts(db.prisma);
    await accountFactory.savings().create({ user_id: liability.user_id }, { transient: { seed: 3, index: 10 } });
    expect((await tableCounts(db.prisma)).users).toBe(before.users);
  });

  it("a database error surfaces from create()", async () => {
    const { userFactory } = persistedFactories(db.prisma);
    await userFactory.create({}, { transient: { seed: 9, index: 1 } });
    await expect(userFactory.create({}, { transient: { seed: 9, index: 1 } })).rejects.toThrow(/Unique constraint/);
  });
});
