// Applying the committed Prisma migrations to a SQLite file, with Prisma's own bookkeeping
// (`_prisma_migrations`), so that `prisma migrate deploy` and `migrate status` agree afterwards.
import { type MigrationFile, readMigrations } from "./migration-files.ts";
import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";

export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "prisma", "migrations");

const BOOKKEEPING = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

/** SQL for the current time as Prisma writes it: `2025-11-25T17:00:56.696+00:00`. */
const PRISMA_NOW = "strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')";

/** The committed migrations, oldest first. */
export function committedMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  return readMigrations(dir);
}

/**
 * Bring a SQLite file up to the committed schema (creating the file and its folder if needed).
 * Returns the names of the migrations it applied.
 */
export function migrateDatabase(file: string): string[] {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma("busy_timeout = 10000");
    // One IMMEDIATE transaction: a second process migrating the same new file waits for the lock,
    // then finds the migrations applied, instead of failing with "table already exists".
    return db
      .transaction(() => {
        db.exec(BOOKKEEPING);
        const applied = new Set(
          (
            db
              .prepare(
                `SELECT migration_name FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`,
              )
              .all() as { migration_name: string }[]
          ).map((r) => r.migration_name),
        );
        const done: string[] = [];
        for (const m of committedMigrations()) {
          if (applied.has(m.name)) continue;
          // Bookkeeping ids and times are Prisma's, not generated data: they never reach a record.
          // SQLite stamps the times, in the form Prisma writes them.
          const id = randomUUID();
          db.prepare(
            `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES (?, ?, ?, ${PRISMA_NOW})`,
          ).run(id, m.checksum, m.name);
          db.exec(m.sql);
          db.prepare(
            `UPDATE "_prisma_migrations" SET finished_at = ${PRISMA_NOW}, applied_steps_count = 1 WHERE id = ?`,
          ).run(id);
          done.push(m.name);
        }
        return done;
      })
      .immediate();
  } finally {
    db.close();
  }
}
