// Factories that persist: `create()` writes through fishery's `onCreate` with the Prisma client
// passed in once. Creating a record whose parent is not in the database creates the parent first.
import type { PrismaClient } from "./client.ts";
import type { Account } from "../schemas/account.ts";
import type { TableSpec } from "../tables/columns.ts";
import { accountsTable, liabilitiesTable, transactionsTable, usersTable } from "../tables/tables.ts";
import { accountFactory } from "../../factories/account-factory.ts";
import { liabilityFactory } from "../../factories/liability-factory.ts";
import { transactionFactory } from "../../factories/transaction-factory.ts";
import { userFactory } from "../../factories/user-factory.ts";

/** The columns of a record as Prisma's `create` takes them. */
function rowOf<R>(spec: TableSpec<R>, record: R): Record<string, unknown> {
  return Object.fromEntries(spec.columns.map((c) => [c.name, c.get(record)]));
}

function indexOfUserId(userId: string): number | undefined {
  const match = /^user_(\d+)$/.exec(userId);
  return match ? Number(match[1]) : undefined;
}

/**
 * The four factories, bound to a Prisma client: `create()` inserts the record (and any missing
 * parent) and returns it.
 *
 * @example
 * const { userFactory, transactionFactory } = persistedFactories(prisma);
 * const txn = await transactionFactory.coffee().create(); // its account and user are created too
 */
export function persistedFactories(prisma: PrismaClient) {
  async function ensureUser(userId: string): Promise<void> {
    if (await prisma.user.findUnique({ where: { user_id: userId }, select: { user_id: true } })) return;
    const index = indexOfUserId(userId);
    const user = userFactory.build({ user_id: userId }, index === undefined ? {} : { transient: { index } });
    await prisma.user.create({ data: rowOf(usersTable, user) as never });
  }

  async function ensureAccount(
    accountId: string,
    userId: string,
    kind: "checking" | "credit_card" | "student_loan",
  ): Promise<void> {
    if (await prisma.account.findUnique({ where: { account_id: accountId }, select: { account_id: true } })) return;
    await ensureUser(userId);
    const factory =
      kind === "credit_card"
        ? accountFactory.creditCard()
        : kind === "student_loan"
          ? accountFactory.studentLoan()
          : accountFactory.checking();
    const account: Account = factory.build({ account_id: accountId, user_id: userId });
    await prisma.account.create({ data: rowOf(accountsTable, account) as never });
  }

  return {
    userFactory: userFactory.onCreate(async (user) => {
      await prisma.user.create({ data: rowOf(usersTable, user) as never });
      return user;
    }),
    accountFactory: accountFactory.onCreate(async (account) => {
      await ensureUser(account.user_id);
      await prisma.account.create({ data: rowOf(accountsTable, account) as never });
      return account;
    }),
    transactionFactory: transactionFactory.onCreate(async (txn) => {
      await ensureAccount(txn.account_id, txn.user_id, "checking");
      await prisma.transaction.create({ data: rowOf(transactionsTable, txn) as never });
      return txn;
    }),
    liabilityFactory: liabilityFactory.onCreate(async (liability) => {
      await ensureAccount(liability.account_id, liability.user_id, liability.type);
      await prisma.liability.create({ data: rowOf(liabilitiesTable, liability) as never });
      return liability;
    }),
  };
}
