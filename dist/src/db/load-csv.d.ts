import { CsvLoadError } from "../csv/problems.ts";
import type { PrismaClient } from "./client.ts";
import { type PersistCounts, type PersistOptions } from "./persist.ts";
export { CsvLoadError };
export interface LoadCsvResult {
    counts: PersistCounts;
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
export declare function loadCsv(prisma: PrismaClient, dir: string, options?: PersistOptions): Promise<LoadCsvResult>;
//# sourceMappingURL=load-csv.d.ts.map