// PostgreSQL (and Citus) as a target: the committed PostgreSQL migration and COPY loaders. Loads `pg`,
// never Prisma or better-sqlite3.
export { loadCsvPostgres, persistDatasetPostgres, PostgresLoadError, redactUrl } from "./load.ts";
export { postgresMigrations, POSTGRES_MIGRATIONS_DIR } from "./migrate.ts";
export type { PostgresLoadOptions, PostgresLoadResult } from "./load.ts";
