// The Jest entry of the testing helpers: it registers its database through Jest's global hooks, and
// says what to do when they are missing (as in Vitest without globals).
import { afterEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "spendsense-fixtures/testing/jest";

type Hook = () => Promise<void>;
const g = globalThis as unknown as { beforeAll?: (fn: Hook) => void; afterAll?: (fn: Hook) => void };

afterEach(() => {
  delete g.beforeAll;
  delete g.afterAll;
});

describe("spendsense-fixtures/testing/jest", () => {
  it("creates a migrated database in Jest's beforeAll and removes it in afterAll", async () => {
    const hooks: { before?: Hook; after?: Hook } = {};
    g.beforeAll = (fn) => (hooks.before = fn);
    g.afterAll = (fn) => (hooks.after = fn);
    const db = useTestDatabase();
    expect(() => db.prisma).toThrow(/only inside tests and hooks/);
    await hooks.before?.();
    expect(await db.prisma.user.count()).toBe(0);
    const { existsSync } = await import("node:fs");
    expect(existsSync(db.file)).toBe(true);
    const file = db.file;
    await hooks.after?.();
    expect(existsSync(file)).toBe(false);
  });

  it("without Jest's global hooks, says which entry to use instead", () => {
    expect(() => useTestDatabase()).toThrow(
      /needs Jest's global beforeAll and afterAll; in Vitest, import spendsense-fixtures\/testing/,
    );
  });
});
