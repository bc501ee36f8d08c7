import { PrismaClient } from "../generated/prisma/client.ts";
export type { PrismaClient };
/**
 * Connect to a SQLite database file through Prisma.
 *
 * @example
 * const prisma = createPrismaClient("file:./prisma/spendsense.db");
 * await prisma.user.count();
 */
export declare function createPrismaClient(url: string): PrismaClient;
//# sourceMappingURL=client.d.ts.map