// The PostgreSQL schema: the committed migrations of prisma/postgresql (written by `prisma migrate diff`
// from the PostgreSQL variant of the Prisma schema), applied with Prisma's own bookkeeping table so that
// `prisma migrate status --schema prisma/postgresql/schema.prisma` agrees afterwards.
import { readMigrations } from "../migration-files.ts";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ClientBase } from "pg";

export const POSTGRES_MIGRATIONS_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "..",
  "prisma",
  "postgresql",
  "migrations",
);

/** Prisma's `_prisma_migrations` table as Prisma creates it on PostgreSQL. */
const BOOKKEEPING = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface PostgresMigration {
  name: string;
  sql: string;
  checksum: string;
}

/**
 * The committed PostgreSQL migrations, oldest first, with Prisma's checksum (the SHA-256 of the file).
 * Read here rather than through src/db/migrate.ts, which loads better-sqlite3.
 */
export function postgresMigrations(dir = POSTGRES_MIGRATIONS_DIR): PostgresMigration[] {
  return readMigrations(dir);
}

/** The statements of a migration, without their `-- comment` lines. */
export function migrationStatements(sql: string): string[] {
  return sql
    .split(/;\s*\n/)
    .map((s) =>
      s
        .split("\n")
        .filter((line) => !line.trimStart().startsWith("--"))
        .join("\n")
        .trim(),
    )
    .filter((s) => s.length > 0);
}

/**
 * The statements of the first migration in two phases, for a bulk load into an empty schema: the
 * tables (their columns only) before the rows; the primary keys, secondary indexes and foreign keys
 * after, when PostgreSQL builds each index in one sort and checks each foreign key in one join. The
 * end state is the migration's (same constraints and index names; a test compares the catalogs).
 */
export function phasedStatements(sql: string): { tables: string[]; after: string[] } {
  const tables: string[] = [];
  const keys: string[] = [];
  const rest: string[] = [];
  for (const s of migrationStatements(sql)) {
    if (!/^CREATE TABLE\b/i.test(s)) {
      rest.push(s);
      continue;
    }
    const pk = /,\s*CONSTRAINT ("[^"]+") PRIMARY KEY (\([^)]*\))\s*\n\)$/.exec(s);
    const table = /^CREATE TABLE ("[^"]+")/i.exec(s)?.[1];
    if (!pk || !table) {
      tables.push(s);
      continue;
    }
    tables.push(`${s.slice(0, pk.index)}\n)`);
    keys.push(`ALTER TABLE ${table} ADD CONSTRAINT ${pk[1]} PRIMARY KEY ${pk[2]}`);
  }
  return { tables, after: [...keys, ...rest] };
}

/**
 * Names of the migrations recorded as applied in the current schema, or null when the schema has no
 * `_prisma_migrations` table (tables made by hand, for example the Citus layout in the README).
 */
export async function appliedMigrations(client: ClientBase): Promise<Set<string> | null> {
  const exists = await client.query<{ found: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '_prisma_migrations') AS found`,
  );
  if (!exists.rows[0]?.found) return null;
  const rows = await client.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`,
  );
  return new Set(rows.rows.map((r) => r.migration_name));
}

/** Record a migration as applied (inside the caller's transaction). Ids and times are Prisma's books, not data. */
export async function recordMigration(client: ClientBase, migration: PostgresMigration): Promise<void> {
  await client.query(BOOKKEEPING);
  await client.query(
    `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
     VALUES (gen_random_uuid()::text, $1, $2, now(), clock_timestamp(), 1)`,
    [migration.checksum, migration.name],
  );
}
