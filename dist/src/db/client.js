// A Prisma client over better-sqlite3 (driver adapter, no native query engine). The application
// creates it and passes it in; no module holds a client singleton.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client.js";
/**
 * Connect to a SQLite database file through Prisma.
 *
 * @example
 * const prisma = createPrismaClient("file:./prisma/spendsense.db");
 * await prisma.user.count();
 */
export function createPrismaClient(url) {
    return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}
//# sourceMappingURL=client.js.map