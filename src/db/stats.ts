// Row counts per table.
import type { PrismaClient } from "./client.ts";

export const DATA_TABLES = [
  "users",
  "accounts",
  "transactions",
  "liabilities",
  "recurring_streams",
  "life_events",
] as const;
export type TableCounts = Record<(typeof DATA_TABLES)[number], number>;

export async function tableCounts(prisma: PrismaClient): Promise<TableCounts> {
  const counts = {} as TableCounts;
  for (const table of DATA_TABLES) {
    const [row] = await prisma.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT COUNT(*) AS n FROM "${table}"`);
    counts[table] = Number(row?.n ?? 0);
  }
  return counts;
}
