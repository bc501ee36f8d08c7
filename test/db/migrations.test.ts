// The committed migration creates exactly the Prisma schema, and our migrator keeps Prisma's books.
import { execFileSync } from "node:child_process";
import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "spendsense-fixtures/db";
import { committedMigrations } from "../../src/db/migrate.ts";
import { PROJECT_ROOT } from "../helpers/spec-files.ts";

const dir = mkdtempSync(join(tmpdir(), "spendsense-migrate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function prisma(args: string[], databaseFile: string): string {
  return execFileSync(process.execPath, [join(PROJECT_ROOT, "node_modules/prisma/build/index.js"), ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: `file:${databaseFile}` },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

describe("migrations", () => {
  it("the committed migration is what Prisma generates from schema.prisma", () => {
    const expected = prisma(
      ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
      join(dir, "diff.db"),
    );
    const [migration] = committedMigrations();
    expect(committedMigrations()).toHaveLength(1);
    expect(migration?.sql).toBe(expected);
    expect(readFileSync(join(PROJECT_ROOT, "prisma/migrations/migration_lock.toml"), "utf8")).toMatch(
      /provider = "sqlite"/,
    );
  });

  it("a database migrated by migrateDatabase is up to date for `prisma migrate status`, and migrating twice is a no-op", () => {
    const file = join(dir, "ours.db");
    expect(migrateDatabase(file)).toEqual(["20251125000000_init"]);
    expect(migrateDatabase(file)).toEqual([]);
    expect(prisma(["migrate", "status"], file)).toMatch(/Database schema is up to date/);
  });

  it("`prisma migrate deploy` on a fresh file builds the same tables", () => {
    const file = join(dir, "deployed.db");
    prisma(["migrate", "deploy"], file);
    const ours = join(dir, "ours2.db");
    migrateDatabase(ours);
    const schemaOf = (f: string) =>
      execFileSync(
        process.execPath,
        [
          "-e",
          `const D=require('better-sqlite3');const db=new D(${JSON.stringify(f)});console.log(JSON.stringify(db.prepare("select type,name,sql from sqlite_master where name not like 'sqlite_%' order by name").all()))`,
        ],
        {
          cwd: PROJECT_ROOT,
          encoding: "utf8",
        },
      );
    expect(schemaOf(ours)).toBe(schemaOf(file));
  });
});
