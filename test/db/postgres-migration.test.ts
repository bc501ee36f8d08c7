// The PostgreSQL migration is what Prisma generates from the PostgreSQL variant of the schema, and it
// builds the same tables, columns, nullability, indexes and foreign keys as the SQLite migration.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { committedMigrations } from "../../src/db/migrate.ts";
import { migrationStatements, phasedStatements, postgresMigrations } from "../../src/db/postgres/migrate.ts";
import { importGraph } from "../helpers/import-graph.ts";
import { PROJECT_ROOT } from "../helpers/spec-files.ts";

interface TableShape {
  columns: { name: string; type: string; notNull: boolean }[];
  primaryKey: string;
}

/** Tables, columns and keys of a migration's CREATE TABLE statements, with SQLite's types named as PostgreSQL's. */
function shape(sql: string): Record<string, TableShape> {
  const out: Record<string, TableShape> = {};
  for (const m of sql.matchAll(/CREATE TABLE "(\w+)" \(\n([\s\S]*?)\n\);/g)) {
    const columns: TableShape["columns"] = [];
    let primaryKey = "";
    for (const line of m[2]!.split("\n")) {
      const col = /^\s+"(\w+)" (TEXT|REAL|DOUBLE PRECISION|JSONB|BOOLEAN)( NOT NULL)?( PRIMARY KEY)?,?$/.exec(line);
      if (col) {
        columns.push({
          name: col[1]!,
          type: col[2] === "REAL" ? "DOUBLE PRECISION" : col[2]!,
          notNull: col[3] !== undefined,
        });
        if (col[4]) primaryKey = col[1]!;
      }
      const pk = /CONSTRAINT "\w+_pkey" PRIMARY KEY \("(\w+)"\)/.exec(line);
      if (pk) primaryKey = pk[1]!;
    }
    out[m[1]!] = { columns, primaryKey };
  }
  return out;
}

const indexes = (sql: string) =>
  [...sql.matchAll(/CREATE (UNIQUE )?INDEX "(\w+)" ON "(\w+)"\(([^)]*)\)/g)]
    .map((m) => `${m[1] ?? ""}${m[2]} ${m[3]}(${m[4]})`)
    .sort();
const foreignKeys = (sql: string) =>
  [
    ...sql.matchAll(
      /CONSTRAINT "(\w+)" FOREIGN KEY \("(\w+)"\) REFERENCES "(\w+)" ?\("(\w+)"\) ON DELETE (\w+) ON UPDATE (\w+)/g,
    ),
  ]
    .map((m) => m.slice(1).join(" "))
    .sort();

describe("the PostgreSQL migration", () => {
  const [pg] = postgresMigrations();
  const [sqlite] = committedMigrations();

  it("is what `prisma migrate diff` writes for prisma/postgresql/schema.prisma (offline, WebAssembly engine)", () => {
    const expected = execFileSync(
      process.execPath,
      [
        join(PROJECT_ROOT, "node_modules/prisma/build/index.js"),
        "migrate",
        "diff",
        "--from-empty",
        "--to-schema-datamodel",
        "prisma/postgresql/schema.prisma",
        "--script",
      ],
      { cwd: PROJECT_ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
    expect(postgresMigrations()).toHaveLength(1);
    expect(pg?.name).toBe(sqlite?.name);
    expect(pg?.sql).toBe(expected);
    expect(readFileSync(join(PROJECT_ROOT, "prisma/postgresql/migrations/migration_lock.toml"), "utf8")).toMatch(
      /provider = "postgresql"/,
    );
  });

  it("has the SQLite migration's tables, columns (order, type, nullability), primary keys, indexes and foreign keys", () => {
    const a = shape(pg!.sql);
    const b = shape(sqlite!.sql);
    expect(Object.keys(a)).toHaveLength(6);
    expect(a).toEqual(b);
    expect(indexes(pg!.sql)).toEqual(indexes(sqlite!.sql));
    expect(foreignKeys(pg!.sql)).toHaveLength(8);
    expect(foreignKeys(pg!.sql)).toEqual(foreignKeys(sqlite!.sql));
  });

  it("the models of the two Prisma schemas are the same text", () => {
    const models = (file: string) =>
      readFileSync(join(PROJECT_ROOT, file), "utf8").slice(
        readFileSync(join(PROJECT_ROOT, file), "utf8").indexOf("model User"),
      );
    expect(models("prisma/postgresql/schema.prisma")).toBe(models("prisma/schema.prisma"));
  });

  it("splits into the tables without their keys (before the rows) and the keys, indexes and foreign keys (after), losing no statement", () => {
    const all = migrationStatements(pg!.sql);
    const { tables, after } = phasedStatements(pg!.sql);
    const creates = all.filter((s) => s.startsWith("CREATE TABLE"));
    expect(tables).toHaveLength(6);
    expect(tables.some((s) => s.includes("PRIMARY KEY"))).toBe(false);
    const keys = after.slice(0, 6);
    // Each table with its key put back is the migration's statement.
    tables.forEach((t, i) => {
      const key = /ADD (CONSTRAINT "\w+" PRIMARY KEY \("\w+"\))$/.exec(keys[i]!)?.[1];
      expect(keys[i]).toMatch(new RegExp(`^ALTER TABLE ${/^CREATE TABLE ("\w+")/.exec(t)![1]} ADD CONSTRAINT`));
      expect(`${t.slice(0, -2)},\n\n    ${key}\n)`).toBe(creates[i]);
    });
    expect(after.slice(6)).toEqual(all.filter((s) => !s.startsWith("CREATE TABLE")));
    expect(after.slice(6).every((s) => /^(CREATE (UNIQUE )?INDEX|ALTER TABLE .* FOREIGN KEY)/.test(s))).toBe(true);
  });
});

describe("the postgres and parquet entries", () => {
  it("load pg or DuckDB, never Prisma or better-sqlite3 (and the main entry reaches neither)", () => {
    const pgGraph = importGraph("src/db/postgres/index.ts");
    expect(pgGraph.packages).toContain("pg");
    expect(pgGraph.packages).toContain("pg-copy-streams");
    const parquet = importGraph("src/export/parquet.ts");
    expect(parquet.packages).toContain("@duckdb/node-api");
    for (const graph of [pgGraph, parquet]) {
      for (const heavy of ["@prisma/client", "@prisma/adapter-better-sqlite3", "better-sqlite3", "prisma"])
        expect(graph.packages).not.toContain(heavy);
      expect([...graph.files].filter((f) => f.startsWith("src/generated/"))).toEqual([]);
    }
    const main = importGraph("src/index.ts").packages;
    for (const engine of ["pg", "pg-copy-streams", "@duckdb/node-api"]) expect(main).not.toContain(engine);
  });
});
