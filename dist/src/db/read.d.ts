import type { Dataset } from "../dataset/build-dataset.ts";
import type { PrismaClient } from "./client.ts";
/**
 * Every record in the database, in the order it was written.
 *
 * @example
 * const back = await readDataset(prisma); // deep-equals the dataset that was persisted
 */
export declare function readDataset(prisma: PrismaClient): Promise<Omit<Dataset, "meta">>;
//# sourceMappingURL=read.d.ts.map