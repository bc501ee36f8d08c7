// The `spendsense-fixtures/testing/jest` entry, for Jest (in ESM mode, as the database entry is ESM):
// `useTestDatabase()` gives the calling test file its own migrated SQLite database and Prisma client,
// through Jest's global `beforeAll` / `afterAll`.
import { type RunnerHooks, type UseTestDatabase, useTestDatabaseWith } from "./use-test-database.ts";

export { createTestDatabase, type TestDatabase } from "./database.ts";
export type { UseTestDatabase } from "./use-test-database.ts";

/**
 * @example
 * const db = useTestDatabase();
 * test("starts empty", async () => expect(await db.prisma.user.count()).toBe(0));
 */
export function useTestDatabase(): UseTestDatabase {
  const hooks = globalThis as unknown as Partial<RunnerHooks>;
  if (typeof hooks.beforeAll !== "function" || typeof hooks.afterAll !== "function") {
    throw new Error(
      "useTestDatabase (spendsense-fixtures/testing/jest) needs Jest's global beforeAll and afterAll; in Vitest, import spendsense-fixtures/testing",
    );
  }
  return useTestDatabaseWith({ beforeAll: hooks.beforeAll, afterAll: hooks.afterAll });
}
