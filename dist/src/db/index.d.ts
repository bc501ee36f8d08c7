export { createPrismaClient } from "./client.ts";
export { migrateDatabase } from "./migrate.ts";
export { persistDataset } from "./persist.ts";
export { readDataset } from "./read.ts";
export { loadCsv } from "./load-csv.ts";
export { tableCounts } from "./stats.ts";
export { transactionsInMonth, spendingByCategory, accountsWithBalances, liabilitiesDueSoon } from "./queries.ts";
export { persistedFactories } from "./persisted-factories.ts";
export { CsvLoadError } from "../csv/problems.ts";
export type { PrismaClient } from "./client.ts";
export type { PersistCounts, PersistOptions } from "./persist.ts";
export type { LoadCsvResult } from "./load-csv.ts";
export type { TableCounts } from "./stats.ts";
export type { CsvProblem } from "../csv/read.ts";
//# sourceMappingURL=index.d.ts.map