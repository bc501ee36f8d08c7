// Reading a whole dataset back out of the database, in insertion order, as the same records.
import type { Dataset } from "../dataset/build-dataset.ts";
import type { TableSpec } from "../tables/columns.ts";
import {
  accountsTable,
  liabilitiesTable,
  lifeEventsTable,
  recurringStreamsTable,
  transactionsTable,
  usersTable,
} from "../tables/tables.ts";
import { fromSqlCell } from "./cells.ts";
import type { PrismaClient } from "./client.ts";

async function readTable<R>(prisma: PrismaClient, spec: TableSpec<R>): Promise<R[]> {
  const names = spec.columns.map((c) => `"${c.name}"`).join(", ");
  const rows = await prisma.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT ${names} FROM "${spec.table}" ORDER BY rowid`,
  );
  return rows.map((row) => {
    const cells: Record<string, unknown> = {};
    for (const c of spec.columns) cells[c.name] = fromSqlCell(c.kind, row[c.name]);
    return spec.fromRow(cells) as R;
  });
}

/**
 * Every record in the database, in the order it was written.
 *
 * @example
 * const back = await readDataset(prisma); // deep-equals the dataset that was persisted
 */
export async function readDataset(prisma: PrismaClient): Promise<Omit<Dataset, "meta">> {
  return {
    users: await readTable(prisma, usersTable),
    accounts: await readTable(prisma, accountsTable),
    transactions: await readTable(prisma, transactionsTable),
    liabilities: await readTable(prisma, liabilitiesTable),
    recurringStreams: await readTable(prisma, recurringStreamsTable),
    lifeEvents: await readTable(prisma, lifeEventsTable),
  };
}
