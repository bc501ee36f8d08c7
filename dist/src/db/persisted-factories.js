import { accountsTable, liabilitiesTable, transactionsTable, usersTable } from "../tables/tables.js";
import { accountFactory } from "../../factories/account-factory.js";
import { liabilityFactory } from "../../factories/liability-factory.js";
import { transactionFactory } from "../../factories/transaction-factory.js";
import { userFactory } from "../../factories/user-factory.js";
/** The columns of a record as Prisma's `create` takes them. */
function rowOf(spec, record) {
    return Object.fromEntries(spec.columns.map((c) => [c.name, c.get(record)]));
}
function indexOfUserId(userId) {
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
export function persistedFactories(prisma) {
    async function ensureUser(userId) {
        if (await prisma.user.findUnique({ where: { user_id: userId }, select: { user_id: true } }))
            return;
        const index = indexOfUserId(userId);
        const user = userFactory.build({ user_id: userId }, index === undefined ? {} : { transient: { index } });
        await prisma.user.create({ data: rowOf(usersTable, user) });
    }
    async function ensureAccount(accountId, userId, kind) {
        if (await prisma.account.findUnique({ where: { account_id: accountId }, select: { account_id: true } }))
            return;
        await ensureUser(userId);
        const factory = kind === "credit_card" ? accountFactory.creditCard() : kind === "student_loan" ? accountFactory.studentLoan() : accountFactory.checking();
        const account = factory.build({ account_id: accountId, user_id: userId });
        await prisma.account.create({ data: rowOf(accountsTable, account) });
    }
    return {
        userFactory: userFactory.onCreate(async (user) => {
            await prisma.user.create({ data: rowOf(usersTable, user) });
            return user;
        }),
        accountFactory: accountFactory.onCreate(async (account) => {
            await ensureUser(account.user_id);
            await prisma.account.create({ data: rowOf(accountsTable, account) });
            return account;
        }),
        transactionFactory: transactionFactory.onCreate(async (txn) => {
            await ensureAccount(txn.account_id, txn.user_id, "checking");
            await prisma.transaction.create({ data: rowOf(transactionsTable, txn) });
            return txn;
        }),
        liabilityFactory: liabilityFactory.onCreate(async (liability) => {
            await ensureAccount(liability.account_id, liability.user_id, liability.type);
            await prisma.liability.create({ data: rowOf(liabilitiesTable, liability) });
            return liability;
        }),
    };
}
//# sourceMappingURL=persisted-factories.js.map