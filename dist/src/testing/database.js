// Test databases: a freshly migrated SQLite file per test file, with a connected Prisma client,
// removed afterwards. Database tests never share state.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPrismaClient } from "../db/client.js";
import { migrateDatabase } from "../db/migrate.js";
/**
 * A new migrated database in its own temporary folder.
 *
 * @example
 * const db = await createTestDatabase();
 * await db.prisma.user.count(); // 0
 * await db.dispose();
 */
export async function createTestDatabase() {
    const dir = mkdtempSync(join(tmpdir(), "spendsense-test-"));
    const file = join(dir, "test.db");
    migrateDatabase(file);
    const url = `file:${file}`;
    const prisma = createPrismaClient(url);
    return {
        prisma,
        file,
        url,
        async dispose() {
            await prisma.$disconnect();
            rmSync(dir, { recursive: true, force: true });
        },
    };
}
//# sourceMappingURL=database.js.map