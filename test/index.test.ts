// The public entries: a curated main entry that loads neither Prisma nor better-sqlite3, and the
// `db` and `testing` entries that hold persistence and test helpers.
import { describe, expect, it } from "vitest";
import * as main from "spendsense-fixtures";
import * as db from "spendsense-fixtures/db";
import { importGraph } from "./helpers/import-graph.ts";

describe("the main entry", () => {
  it("exports a curated API of about 40 runtime names, no internals", () => {
    const names = Object.keys(main).sort();
    expect(names.length).toBeGreaterThanOrEqual(30);
    expect(names.length).toBeLessThanOrEqual(45);
    for (const internal of [
      "keyedRng",
      "TABLES",
      "databaseFile",
      "createTestDatabase",
      "toCsv",
      "persistDataset",
      "seededFaker",
      "fixtureConfig",
    ]) {
      expect(names).not.toContain(internal);
    }
    for (const wanted of [
      "userFactory",
      "customerFactory",
      "buildDataset",
      "forEachCustomer",
      "TransactionSchema",
      "checkReconciliation",
      "RecordValidationError",
      "DatasetOptionsError",
    ]) {
      expect(names).toContain(wanted);
    }
  });

  it("never reaches Prisma, better-sqlite3, the database layer or a test runner", () => {
    const { files, packages } = importGraph("src/index.ts");
    expect([...files].filter((f) => /^src\/(db|generated|testing|export|cli)\//.test(f))).toEqual([]);
    for (const heavy of ["@prisma/client", "@prisma/adapter-better-sqlite3", "better-sqlite3", "prisma", "vitest"])
      expect(packages).not.toContain(heavy);
  });

  it("the export and quality commands load the database layer only when they measure AC-7/AC-8", () => {
    for (const script of ["scripts/export.ts", "scripts/quality.ts", "scripts/cli.ts"]) {
      const { packages } = importGraph(script);
      for (const heavy of ["@prisma/client", "@prisma/adapter-better-sqlite3", "better-sqlite3"])
        expect(packages, script).not.toContain(heavy);
    }
  });

  it("the walk itself sees the database entry's Prisma client (so the check above can fail)", () => {
    const { files, packages } = importGraph("src/db/index.ts");
    expect([...files].some((f) => f.startsWith("src/db/"))).toBe(true);
    expect(packages.has("better-sqlite3") || packages.has("@prisma/adapter-better-sqlite3")).toBe(true);
  });
});

describe("the db entry", () => {
  it("holds persistence, loading, queries and the persisted factories", () => {
    for (const name of [
      "createPrismaClient",
      "migrateDatabase",
      "persistDataset",
      "readDataset",
      "loadCsv",
      "persistedFactories",
      "CsvLoadError",
    ]) {
      expect(Object.keys(db)).toContain(name);
    }
  });
});

describe("the package version", () => {
  it("recorded in datasets is package.json's", async () => {
    const pkg = (await import("../package.json", { with: { type: "json" } })).default;
    expect(main.buildDataset({ users: 1 }).meta.version).toBe(pkg.version);
  });
});
