import type { PrismaClient } from "../db/client.ts";
import { createTestDatabase, type TestDatabase } from "./database.ts";
export { createTestDatabase, type TestDatabase };
export interface UseTestDatabase {
    /** The client; available inside tests and hooks (after `beforeAll`). */
    readonly prisma: PrismaClient;
    readonly url: string;
    readonly file: string;
}
/**
 * @example
 * const db = useTestDatabase();
 * it("starts empty", async () => expect(await db.prisma.user.count()).toBe(0));
 */
export declare function useTestDatabase(): UseTestDatabase;
//# sourceMappingURL=index.d.ts.map