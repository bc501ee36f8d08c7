import type { PrismaClient } from "./client.ts";
/**
 * The four factories, bound to a Prisma client: `create()` inserts the record (and any missing
 * parent) and returns it.
 *
 * @example
 * const { userFactory, transactionFactory } = persistedFactories(prisma);
 * const txn = await transactionFactory.coffee().create(); // its account and user are created too
 */
export declare function persistedFactories(prisma: PrismaClient): {
    userFactory: import("../../factories/user-factory.ts").UserFactory;
    accountFactory: import("../../factories/account-factory.ts").AccountFactory;
    transactionFactory: import("../../factories/transaction-factory.ts").TransactionFactory;
    liabilityFactory: import("../../factories/liability-factory.ts").LiabilityFactory;
};
//# sourceMappingURL=persisted-factories.d.ts.map