// The `spendsense-fixtures/db` entry: persistence through Prisma (SQLite), CSV loading and the read
// helpers. It loads the Prisma client and better-sqlite3, which the main entry never does.
export { createPrismaClient } from "./client.js";
export { migrateDatabase } from "./migrate.js";
export { persistDataset } from "./persist.js";
export { readDataset } from "./read.js";
export { loadCsv } from "./load-csv.js";
export { tableCounts } from "./stats.js";
export { transactionsInMonth, spendingByCategory, accountsWithBalances, liabilitiesDueSoon } from "./queries.js";
export { persistedFactories } from "./persisted-factories.js";
export { CsvLoadError } from "../csv/problems.js";
//# sourceMappingURL=index.js.map