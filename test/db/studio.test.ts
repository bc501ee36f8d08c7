// Prisma Studio on a seeded database: Studio's own HTTP API (the `/bff` endpoint its page queries)
// returns the users table's rows.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildDataset } from "spendsense-fixtures";
import { createPrismaClient, migrateDatabase, persistDataset } from "spendsense-fixtures/db";
import { findStudioCli, startStudio, StudioError } from "../../src/db/studio.ts";

const dir = mkdtempSync(join(tmpdir(), "spendsense-studio-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => done(typeof address === "object" && address ? address.port : 0));
    });
  });
}

describe("Prisma Studio", () => {
  it("serves a seeded database whose users table shows its rows", async () => {
    const file = join(dir, "seeded.db");
    migrateDatabase(file);
    const prisma = createPrismaClient(`file:${file}`);
    await persistDataset(prisma, buildDataset({ users: 4, seed: 42 }));
    await prisma.$disconnect();

    const studio = await startStudio({ file, port: await freePort() });
    try {
      const page = await (await fetch(studio.url)).text();
      expect(page).toMatch(/__STUDIO_CONFIG__ = \{"adapter":"sqlite"\}/);
      const response = await fetch(new URL("/bff", studio.url), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          procedure: "query",
          query: { sql: "SELECT user_id, email FROM users ORDER BY user_id", parameters: [] },
        }),
      });
      const [error, rows] = (await response.json()) as [unknown, { user_id: string; email: string }[]];
      expect(error).toBeNull();
      expect(rows.map((r) => r.user_id)).toEqual(["user_001", "user_002", "user_003", "user_004"]);
      expect(rows[0]?.email).toBe("user001@example.com");
    } finally {
      await studio.stop();
    }
  });

  it("finds this repository's Prisma 7 (the tools/studio workspace), not the project's Prisma 6", () => {
    expect(findStudioCli()).toMatch(/tools\/studio\/node_modules\/prisma\/build\/index\.js$/);
  });

  it("says how to install Prisma 7 when it is missing, and names a missing database file", async () => {
    await expect(startStudio({ file: join(dir, "seeded.db"), port: 1, cli: null })).rejects.toThrow(
      /prisma-studio@npm:prisma@7/,
    );
    await expect(startStudio({ file: join(dir, "nope.db"), port: 1 })).rejects.toBeInstanceOf(StudioError);
  });
});
