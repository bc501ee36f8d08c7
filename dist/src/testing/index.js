// The `spendsense-fixtures/testing` entry. Vitest integration: `useTestDatabase()` gives the calling
// test file its own migrated SQLite database and Prisma client, created in `beforeAll` and removed in
// `afterAll`; `createTestDatabase()` does the same by hand, for any runner.
import { afterAll, beforeAll } from "vitest";
import { createTestDatabase } from "./database.js";
export { createTestDatabase };
/**
 * @example
 * const db = useTestDatabase();
 * it("starts empty", async () => expect(await db.prisma.user.count()).toBe(0));
 */
export function useTestDatabase() {
    let current = null;
    beforeAll(async () => {
        current = await createTestDatabase();
    });
    afterAll(async () => {
        await current?.dispose();
        current = null;
    });
    const get = () => {
        if (!current)
            throw new Error("useTestDatabase: the database exists only inside tests and hooks of this file");
        return current;
    };
    return {
        get prisma() {
            return get().prisma;
        },
        get url() {
            return get().url;
        },
        get file() {
            return get().file;
        },
    };
}
//# sourceMappingURL=index.js.map