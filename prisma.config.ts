// Prisma CLI configuration: the WebAssembly ("js") schema engine over better-sqlite3, so that
// generate, db push, migrate deploy, db seed and studio work without downloading native engines.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";
import { databaseFile, databaseUrl } from "./src/db/database-url.ts";

// The schema's datasource reads DATABASE_URL; without it `prisma generate` falls back to fetching a
// native query engine, which fails offline. Default it here so every CLI command has it.
process.env.DATABASE_URL = databaseUrl();

/** An adapter for the configured database, creating its folder first (SQLite creates the file). */
async function adapter() {
  const url = databaseUrl();
  mkdirSync(dirname(databaseFile(url)), { recursive: true });
  return new PrismaBetterSQLite3({ url });
}

export default defineConfig({
  experimental: { adapter: true, studio: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx scripts/seed.ts",
  },
  adapter,
  studio: { adapter },
});
