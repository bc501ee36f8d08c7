// `loadCsv`: read a dataset's CSV files, validate every row and every cross-file reference, refuse
// rows already in the database, and only then write everything in one transaction. Any problem
// means nothing is written.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { crossCheck } from "../csv/cross-checks.js";
import { CsvLoadError } from "../csv/problems.js";
import { readTableCsv } from "../csv/read.js";
import { AccountSchema } from "../schemas/account.js";
import { LiabilitySchema } from "../schemas/liability.js";
import { LifeEventSchema } from "../schemas/life-event.js";
import { RecurringStreamSchema } from "../schemas/recurring-stream.js";
import { TransactionSchema } from "../schemas/transaction.js";
import { UserSchema } from "../schemas/user.js";
import { accountsTable, liabilitiesTable, lifeEventsTable, recurringStreamsTable, transactionsTable, usersTable } from "../tables/tables.js";
import { persistDataset } from "./persist.js";
export { CsvLoadError };
function readOne(dir, spec, schema, required, state) {
    const path = join(dir, spec.file);
    if (!existsSync(path)) {
        if (required) {
            state.problems.push({ file: spec.file, line: null, column: null, reason: `is missing from ${dir}` });
            state.unreadable = true;
        }
        return null;
    }
    const read = readTableCsv(spec, schema, spec.file, readFileSync(path));
    state.problems.push(...read.problems);
    state.unreadable ||= read.unreadable;
    state.rejected[spec.table] = read.rejectedKeys;
    return read.rows;
}
function windowFromMetadata(dir) {
    const path = join(dir, "metadata.json");
    if (!existsSync(path))
        return null;
    try {
        const meta = JSON.parse(readFileSync(path, "utf8"));
        const { start, end } = meta.date_range ?? {};
        return typeof start === "string" && typeof end === "string" ? { startDate: start, endDate: end } : null;
    }
    catch {
        return null;
    }
}
async function existingIds(prisma, table, column) {
    const rows = await prisma.$queryRawUnsafe(`SELECT "${column}" AS id FROM "${table}"`);
    return new Set(rows.map((r) => r.id));
}
async function alreadyLoaded(prisma, tables) {
    const problems = [];
    const check = async (spec, rows, column, value) => {
        if (!rows || rows.length === 0)
            return;
        const existing = await existingIds(prisma, spec.table, column);
        for (const { record, line } of rows) {
            if (existing.has(value(record)))
                problems.push({ file: spec.file, line, column, reason: `${column} ${value(record)} is already in the database` });
        }
    };
    await check(usersTable, tables.users, "user_id", (u) => u.user_id);
    await check(usersTable, tables.users, "email", (u) => u.email);
    await check(accountsTable, tables.accounts, "account_id", (a) => a.account_id);
    await check(transactionsTable, tables.transactions, "transaction_id", (t) => t.transaction_id);
    await check(liabilitiesTable, tables.liabilities, "liability_id", (l) => l.liability_id);
    await check(recurringStreamsTable, tables.recurringStreams, "stream_id", (s) => s.stream_id);
    await check(lifeEventsTable, tables.lifeEvents, "life_event_id", (e) => e.life_event_id);
    return problems;
}
/**
 * Load `synthetic_users.csv`, `synthetic_accounts.csv`, `synthetic_transactions.csv`,
 * `synthetic_liabilities.csv` (and `recurring_streams.csv`, `life_events.csv` when present) from
 * `dir`. Throws a `CsvLoadError` listing every problem (file, line, column, reason) and writes
 * nothing if there is any.
 *
 * @example
 * await loadCsv(prisma, "data");
 */
export async function loadCsv(prisma, dir, options = {}) {
    const state = { problems: [], unreadable: false, rejected: {} };
    const tables = {
        users: readOne(dir, usersTable, UserSchema, true, state) ?? [],
        accounts: readOne(dir, accountsTable, AccountSchema, true, state) ?? [],
        transactions: readOne(dir, transactionsTable, TransactionSchema, true, state) ?? [],
        liabilities: readOne(dir, liabilitiesTable, LiabilitySchema, true, state) ?? [],
        recurringStreams: readOne(dir, recurringStreamsTable, RecurringStreamSchema, false, state),
        lifeEvents: readOne(dir, lifeEventsTable, LifeEventSchema, false, state),
    };
    const { problems } = state;
    // When a file could not be read at all, cross-file checks would only repeat that problem.
    if (!state.unreadable) {
        const none = new Set();
        problems.push(...crossCheck(tables, {
            rejected: { users: state.rejected.users ?? none, accounts: state.rejected.accounts ?? none, transactions: state.rejected.transactions ?? none },
            files: {
                users: usersTable.file,
                accounts: accountsTable.file,
                transactions: transactionsTable.file,
                liabilities: liabilitiesTable.file,
                recurringStreams: recurringStreamsTable.file,
                lifeEvents: lifeEventsTable.file,
            },
            window: windowFromMetadata(dir),
        }));
    }
    if (problems.length === 0)
        problems.push(...(await alreadyLoaded(prisma, tables)));
    if (problems.length > 0)
        throw new CsvLoadError(problems);
    const records = (rows) => (rows ?? []).map((r) => r.record);
    const counts = await persistDataset(prisma, {
        users: records(tables.users),
        accounts: records(tables.accounts),
        transactions: records(tables.transactions),
        liabilities: records(tables.liabilities),
        recurringStreams: records(tables.recurringStreams),
        lifeEvents: records(tables.lifeEvents),
    }, options);
    return { counts };
}
//# sourceMappingURL=load-csv.js.map