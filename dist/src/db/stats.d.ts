import type { PrismaClient } from "./client.ts";
export declare const DATA_TABLES: readonly ["users", "accounts", "transactions", "liabilities", "recurring_streams", "life_events"];
export type TableCounts = Record<(typeof DATA_TABLES)[number], number>;
export declare function tableCounts(prisma: PrismaClient): Promise<TableCounts>;
//# sourceMappingURL=stats.d.ts.map