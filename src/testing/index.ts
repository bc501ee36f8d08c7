// The `spendsense-fixtures/testing` entry, for Vitest: `useTestDatabase()` gives the calling test file its
// own migrated SQLite database and Prisma client, created in `beforeAll` and removed in `afterAll`;
// `createTestDatabase()` does the same by hand, for any runner. Jest: `spendsense-fixtures/testing/jest`.
import { afterAll, beforeAll } from "vitest";
import { type UseTestDatabase, useTestDatabaseWith } from "./use-test-database.ts";

export { createTestDatabase, type TestDatabase } from "./database.ts";
export type { UseTestDatabase } from "./use-test-database.ts";

/**
 * @example
 * const db = useTestDatabase();
 * it("starts empty", async () => expect(await db.prisma.user.count()).toBe(0));
 */
export function useTestDatabase(): UseTestDatabase {
  return useTestDatabaseWith({ beforeAll, afterAll });
}
