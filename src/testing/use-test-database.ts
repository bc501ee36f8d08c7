// One migrated SQLite database per test file, for any runner with `beforeAll` / `afterAll` hooks: the
// Vitest entry (index.ts) and the Jest entry (jest.ts) pass their runner's hooks in.
import type { PrismaClient } from "../db/client.ts";
import { createTestDatabase, type TestDatabase } from "./database.ts";

export interface UseTestDatabase {
  /** The client; available inside tests and hooks (after `beforeAll`). */
  readonly prisma: PrismaClient;
  readonly url: string;
  readonly file: string;
}

export interface RunnerHooks {
  beforeAll: (fn: () => Promise<void>) => void;
  afterAll: (fn: () => Promise<void>) => void;
}

/** A database created in the runner's `beforeAll` and removed in its `afterAll`. */
export function useTestDatabaseWith(hooks: RunnerHooks): UseTestDatabase {
  let current: TestDatabase | null = null;
  hooks.beforeAll(async () => {
    current = await createTestDatabase();
  });
  hooks.afterAll(async () => {
    await current?.dispose();
    current = null;
  });
  const get = () => {
    if (!current) throw new Error("useTestDatabase: the database exists only inside tests and hooks of this file");
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
