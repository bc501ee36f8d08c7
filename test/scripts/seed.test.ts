import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildDataset } from "spendsense-fixtures";
import { createPrismaClient, readDataset, tableCounts } from "spendsense-fixtures/db";
import { runSeed } from "../../scripts/seed.ts";
import { PROJECT_ROOT } from "../helpers/spec-files.ts";
import { capture } from "../helpers/capture.ts";

const dir = mkdtempSync(join(tmpdir(), "spendsense-seed-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function countsOf(file: string) {
  const prisma = createPrismaClient(`file:${file}`);
  try {
    return await tableCounts(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

describe("scripts/seed.ts", () => {
  const file = join(dir, "seeded.db");

  it("creates the schema and writes the requested dataset, then prints a summary", async () => {
    const c = capture();
    expect(await runSeed(["--db", file, "--num-users", "12", "--seed", "3"], c.io)).toBe(0);
    expect(c.out[0]).toBe(`Seeded ${file} (new database)`);
    expect(c.out.join("\n")).toMatch(/users\s+12/);
    expect(c.out.join("\n")).toMatch(/database size\s+[\d.]+ MB/);
    const prisma = createPrismaClient(`file:${file}`);
    const { meta: _m, ...expected } = buildDataset({ users: 12, seed: 3 });
    expect(await readDataset(prisma)).toEqual(expected);
    await prisma.$disconnect();
  });

  it("refuses to seed a database that holds data, and changes nothing", async () => {
    const file = join(dir, "held.db");
    expect(await runSeed(["--db", file, "--num-users", "12", "--seed", "3"], capture().io)).toBe(0);
    const before = await countsOf(file);
    const c = capture();
    expect(await runSeed(["--db", file, "--num-users", "5"], c.io)).toBe(1);
    expect(c.err.join("\n")).toMatch(/already holds 12 users .*nothing was changed\. Rerun with --reset/);
    expect(await countsOf(file)).toEqual(before);
  });

  it("--reset replaces the rows", async () => {
    const file = join(dir, "reset.db");
    expect(await runSeed(["--db", file, "--num-users", "12", "--seed", "3"], capture().io)).toBe(0);
    expect(await runSeed(["--db", file, "--num-users", "5", "--reset"], capture().io)).toBe(0);
    expect((await countsOf(file)).users).toBe(5);
  });

  it.each([
    [["--num-users", "abc"], /--num-users: "abc" is not a whole number/],
    [["--num-users", "0"], /--num-users: must be at least 1/],
    [["--num-users", "-3"], /--num-users: must be at least 1/],
    [["--num-users", "2000000"], /very large; add --yes/],
    [["--start-date", "2025-02-30"], /--start-date: expected a real date/],
    [
      ["--start-date", "2025-06-01", "--end-date", "2025-05-01"],
      /--end-date: 2025-05-01 is before the start date 2025-06-01/,
    ],
    [["--frobnicate"], /Unknown option '--frobnicate'/],
  ])("bad usage %j: one-line reason, usage, exit 2, and no database file", async (args, message) => {
    const target = join(dir, "never.db");
    const c = capture();
    expect(await runSeed([...args, "--db", target], c.io)).toBe(2);
    expect(c.err[0]).toMatch(message);
    expect(c.err.join("\n")).toMatch(/Usage: npx tsx scripts\/seed\.ts/);
    expect(existsSync(target)).toBe(false);
  });

  it("`npx prisma db seed` seeds the default dataset into DATABASE_URL", () => {
    const target = join(dir, "prisma-seed", "db.sqlite");
    const output = execFileSync(
      process.execPath,
      [join(PROJECT_ROOT, "node_modules/prisma/build/index.js"), "db", "seed"],
      {
        cwd: PROJECT_ROOT,
        encoding: "utf8",
        env: { ...process.env, DATABASE_URL: `file:${target}` },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    expect(output).toMatch(/users\s+100/);
    expect(existsSync(target)).toBe(true);
  });
});
