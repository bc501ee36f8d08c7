// `persistDataset`: write a whole dataset in one database transaction, parents before children,
// all or nothing. Prisma owns the schema and is the query client, but its adapter writes about
// 2,600 rows/s with `createMany` (20,000 with multi-row raw INSERTs); so for a database file the
// rows go in through a second, better-sqlite3 connection to the same file, with prepared
// statements in one transaction. An in-memory database falls back to raw INSERTs through Prisma.
import Database from "better-sqlite3";
import { accountsTable, liabilitiesTable, lifeEventsTable, recurringStreamsTable, transactionsTable, usersTable, } from "../tables/tables.js";
import { sqlCell } from "./cells.js";
/** SQLite accepts at most 32,766 bound parameters per statement. */
const MAX_PARAMETERS = 30_000;
const MAX_ROWS_PER_STATEMENT = 500;
/** Children before parents: the order to delete in. */
const DELETE_ORDER = ["life_events", "liabilities", "transactions", "recurring_streams", "accounts", "users"];
async function insertAll(tx, spec, records, done) {
    const names = spec.columns.map((c) => `"${c.name}"`).join(", ");
    const perRow = `(${spec.columns.map(() => "?").join(", ")})`;
    const rowsPerStatement = Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(MAX_PARAMETERS / spec.columns.length)));
    for (let start = 0; start < records.length; start += rowsPerStatement) {
        const batch = records.slice(start, start + rowsPerStatement);
        const params = [];
        for (const record of batch)
            for (const column of spec.columns)
                params.push(sqlCell(column, record));
        const sql = `INSERT INTO "${spec.table}" (${names}) VALUES ${batch.map(() => perRow).join(", ")}`;
        await tx.$executeRawUnsafe(sql, ...params);
        done();
    }
}
/** The file behind the Prisma client's main database, or null for an in-memory one. */
export async function databaseFileOf(prisma) {
    const rows = await prisma.$queryRawUnsafe("PRAGMA database_list");
    const main = rows.find((r) => r.name === "main");
    return main?.file ? main.file : null;
}
function orderedTables(dataset) {
    return [
        [usersTable, dataset.users],
        [accountsTable, dataset.accounts],
        [recurringStreamsTable, dataset.recurringStreams],
        [transactionsTable, dataset.transactions],
        [liabilitiesTable, dataset.liabilities],
        [lifeEventsTable, dataset.lifeEvents],
    ];
}
/** Prepared single-row inserts in one IMMEDIATE transaction on a direct connection. */
function persistDirect(file, dataset, replace, onProgress) {
    const db = new Database(file, { fileMustExist: true });
    try {
        db.pragma("foreign_keys = ON");
        db.pragma("busy_timeout = 10000");
        const load = db.transaction(() => {
            if (replace)
                for (const table of DELETE_ORDER)
                    db.prepare(`DELETE FROM "${table}"`).run();
            for (const [spec, records] of orderedTables(dataset)) {
                const names = spec.columns.map((c) => `"${c.name}"`).join(", ");
                const insert = db.prepare(`INSERT INTO "${spec.table}" (${names}) VALUES (${spec.columns.map(() => "?").join(", ")})`);
                const cells = new Array(spec.columns.length);
                let sinceReport = 0;
                for (const record of records) {
                    for (let i = 0; i < spec.columns.length; i++)
                        cells[i] = sqlCell(spec.columns[i], record);
                    insert.run(cells);
                    if (++sinceReport === 5_000) {
                        onProgress(sinceReport);
                        sinceReport = 0;
                    }
                }
                onProgress(sinceReport);
            }
        });
        load.immediate();
    }
    finally {
        db.close();
    }
}
/**
 * Write a dataset to the database in one transaction; on any error nothing is written.
 *
 * @example
 * await persistDataset(prisma, buildDataset({ users: 100, seed: 42 }));
 */
export async function persistDataset(prisma, dataset, options = {}) {
    const total = dataset.users.length + dataset.accounts.length + dataset.recurringStreams.length + dataset.transactions.length + dataset.liabilities.length + dataset.lifeEvents.length;
    let written = 0;
    const tick = (table) => () => {
        written = Math.min(total, written + table.length);
        options.onProgress?.(written, total);
    };
    const file = await databaseFileOf(prisma);
    if (file !== null) {
        persistDirect(file, dataset, options.replace === true, (n) => tick({ length: n })());
        return countsOf(dataset);
    }
    await prisma.$transaction(async (tx) => {
        if (options.replace)
            for (const table of DELETE_ORDER)
                await tx.$executeRawUnsafe(`DELETE FROM "${table}"`);
        // Count rows per statement, not per table, for a smooth progress bar.
        const step = (spec, records) => {
            const per = Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(MAX_PARAMETERS / spec.columns.length)));
            let left = records.length;
            return insertAll(tx, spec, records, () => {
                const n = Math.min(per, left);
                left -= n;
                tick({ length: n })();
            });
        };
        await step(usersTable, dataset.users);
        await step(accountsTable, dataset.accounts);
        await step(recurringStreamsTable, dataset.recurringStreams);
        await step(transactionsTable, dataset.transactions);
        await step(liabilitiesTable, dataset.liabilities);
        await step(lifeEventsTable, dataset.lifeEvents);
    }, { maxWait: 60_000, timeout: 30 * 60_000 });
    return countsOf(dataset);
}
function countsOf(dataset) {
    return {
        users: dataset.users.length,
        accounts: dataset.accounts.length,
        recurringStreams: dataset.recurringStreams.length,
        transactions: dataset.transactions.length,
        liabilities: dataset.liabilities.length,
        lifeEvents: dataset.lifeEvents.length,
    };
}
//# sourceMappingURL=persist.js.map