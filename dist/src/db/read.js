import { accountsTable, liabilitiesTable, lifeEventsTable, recurringStreamsTable, transactionsTable, usersTable } from "../tables/tables.js";
import { fromSqlCell } from "./cells.js";
async function readTable(prisma, spec) {
    const names = spec.columns.map((c) => `"${c.name}"`).join(", ");
    const rows = await prisma.$queryRawUnsafe(`SELECT ${names} FROM "${spec.table}" ORDER BY rowid`);
    return rows.map((row) => {
        const cells = {};
        for (const c of spec.columns)
            cells[c.name] = fromSqlCell(c.kind, row[c.name]);
        return spec.fromRow(cells);
    });
}
/**
 * Every record in the database, in the order it was written.
 *
 * @example
 * const back = await readDataset(prisma); // deep-equals the dataset that was persisted
 */
export async function readDataset(prisma) {
    return {
        users: await readTable(prisma, usersTable),
        accounts: await readTable(prisma, accountsTable),
        transactions: await readTable(prisma, transactionsTable),
        liabilities: await readTable(prisma, liabilitiesTable),
        recurringStreams: await readTable(prisma, recurringStreamsTable),
        lifeEvents: await readTable(prisma, lifeEventsTable),
    };
}
//# sourceMappingURL=read.js.map