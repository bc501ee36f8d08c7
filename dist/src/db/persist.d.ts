import type { Dataset } from "../dataset/build-dataset.ts";
import type { PrismaClient } from "./client.ts";
export interface PersistCounts {
    users: number;
    accounts: number;
    recurringStreams: number;
    transactions: number;
    liabilities: number;
    lifeEvents: number;
}
export interface PersistOptions {
    /** Called as rows are written with the rows written so far and the total. */
    onProgress?: (written: number, total: number) => void;
    /** Delete every existing row first, in the same transaction (so a failure keeps the old rows). */
    replace?: boolean;
}
/** The file behind the Prisma client's main database, or null for an in-memory one. */
export declare function databaseFileOf(prisma: PrismaClient): Promise<string | null>;
/**
 * Write a dataset to the database in one transaction; on any error nothing is written.
 *
 * @example
 * await persistDataset(prisma, buildDataset({ users: 100, seed: 42 }));
 */
export declare function persistDataset(prisma: PrismaClient, dataset: Omit<Dataset, "meta">, options?: PersistOptions): Promise<PersistCounts>;
//# sourceMappingURL=persist.d.ts.map