import { type PrismaClient } from "../db/client.ts";
export interface TestDatabase {
    prisma: PrismaClient;
    file: string;
    url: string;
    /** Disconnect and delete the database file. */
    dispose(): Promise<void>;
}
/**
 * A new migrated database in its own temporary folder.
 *
 * @example
 * const db = await createTestDatabase();
 * await db.prisma.user.count(); // 0
 * await db.dispose();
 */
export declare function createTestDatabase(): Promise<TestDatabase>;
//# sourceMappingURL=database.d.ts.map