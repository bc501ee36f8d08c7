// `--db postgresql://...` on the load, seed and export commands, against the machine's real
// PostgreSQL, each test in its own schema (named with `?schema=`): the rows equal the CSV files' rows,
// a bad file leaves the schema as it was, and a password never appears in a message.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDataset } from "spendsense-fixtures";
import { runExport } from "../../scripts/export.ts";
import { runLoad } from "../../scripts/load.ts";
import { runSeed } from "../../scripts/seed.ts";
import { TABLES } from "../../src/tables/tables.ts";
import { capture } from "../helpers/capture.ts";
import { writeCsvDir } from "../helpers/csv-dir.ts";
import { POSTGRES_TEST_URL, testSchemas, type TestSchemas } from "../helpers/postgres.ts";

let db: TestSchemas;
const data = buildDataset({ users: 6, seed: 17 });

beforeAll(async () => {
  db = await testSchemas();
});
afterAll(async () => {
  await db.dropAll();
});

function csvDir(): string {
  return writeCsvDir(data);
}

/** The URL of a schema: `?schema=` as Prisma spells it. */
const urlOf = (schema: string) => `${POSTGRES_TEST_URL}?schema=${schema}`;

/** Data rows of a CSV file: its records minus the header (no field of this dataset spans lines). */
function csvRows(dir: string, file: string): number {
  return readFileSync(join(dir, file), "utf8").trimEnd().split("\n").length - 1;
}

async function countsIn(schema: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const spec of TABLES)
    out[spec.table] = Number(
      (await db.query<{ n: string }>(`SELECT count(*) AS n FROM "${schema}"."${spec.table}"`))[0]?.n,
    );
  return out;
}

describe("load --db postgresql://", () => {
  it("loads every row of the CSV files into the schema named in the URL", async () => {
    const dir = csvDir();
    const schema = await db.create();
    const c = capture();
    expect(await runLoad(["--dir", dir, "--db", urlOf(schema)], c.io, {})).toBe(0);
    const expected = Object.fromEntries(TABLES.map((s) => [s.table, csvRows(dir, s.file)]));
    expect(expected.transactions).toBe(data.transactions.length);
    expect(await countsIn(schema)).toEqual(expected);
    expect(c.out[0]).toMatch(new RegExp(`^Loaded ${Object.values(expected).reduce((a, b) => a + b, 0)} rows `));
  });

  it("creates a schema the URL names that does not exist yet", async () => {
    const schema = `${await db.create()}_new`;
    try {
      expect(await runLoad(["--dir", csvDir(), "--db", urlOf(schema)], capture().io, {})).toBe(0);
      expect((await countsIn(schema)).users).toBe(data.users.length);
    } finally {
      await db.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    }
  });

  it("a bad cell in a late file refuses the whole load: exit 1, the file named, the schema as it was", async () => {
    const dir = csvDir();
    expect(data.liabilities.length).toBeGreaterThan(0);
    const file = join(dir, "synthetic_liabilities.csv");
    const lines = readFileSync(file, "utf8").split("\n");
    lines[1] = (lines[1] as string).replace(/,-?\d+\.\d\d,/, ",not-money,");
    writeFileSync(file, lines.join("\n"));
    const schema = await db.create();
    const c = capture();
    expect(await runLoad(["--dir", dir, "--db", urlOf(schema)], c.io, {})).toBe(1);
    expect(c.err.join("\n")).toMatch(/^load: synthetic_liabilities\.csv/);
    expect(await db.tables(schema)).toEqual([]); // not even the tables of the files before it
  });

  it("a second load into a schema that holds rows is refused and changes nothing", async () => {
    const dir = csvDir();
    const schema = await db.create();
    expect(await runLoad(["--dir", dir, "--db", urlOf(schema)], capture().io, {})).toBe(0);
    const before = await countsIn(schema);
    const c = capture();
    expect(await runLoad(["--dir", dir, "--db", urlOf(schema)], c.io, {})).toBe(1);
    expect(c.err.join("\n")).toMatch(/already holds data/);
    expect(await countsIn(schema)).toEqual(before);
  });

  it("never prints the password of the URL", async () => {
    const c = capture();
    // Nothing listens on port 1: the connection fails, and the message names the server.
    const url = "postgresql://postgres:s3cret-pw@127.0.0.1:1/test";
    expect(await runLoad(["--dir", csvDir(), "--db", url], c.io, {})).toBe(1);
    const text = [...c.out, ...c.err].join("\n");
    expect(text).toMatch(/postgresql:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/test/);
    expect(text).not.toContain("s3cret-pw");
  });

  it("postgres:// is accepted as well", async () => {
    const schema = await db.create();
    const url = urlOf(schema).replace(/^postgresql:/, "postgres:");
    expect(await runLoad(["--dir", csvDir(), "--db", url], capture().io, {})).toBe(0);
    expect((await countsIn(schema)).accounts).toBe(data.accounts.length);
  });
});

describe("seed --db postgresql://", () => {
  it("writes the generated dataset, refuses a second seed, and --reset replaces the rows", async () => {
    const schema = await db.create();
    const args = ["--num-users", "4", "--seed", "5", "--db", urlOf(schema)];
    expect(await runSeed(args, capture().io, {})).toBe(0);
    const expected = buildDataset({ users: 4, seed: 5 });
    const first = await countsIn(schema);
    expect(first).toMatchObject({ users: 4, transactions: expected.transactions.length });
    const again = capture();
    expect(await runSeed(args, again.io, {})).toBe(1);
    expect(again.err.join("\n")).toMatch(/already holds data/);
    expect(await runSeed([...args, "--reset"], capture().io, {})).toBe(0);
    expect(await countsIn(schema)).toEqual(first);
  });
});

describe("export --db postgresql://", () => {
  it("loads the exported files into PostgreSQL for AC-7 and AC-8", async () => {
    const schema = await db.create();
    const out = join(csvDir(), "out");
    const c = capture();
    await runExport(["--num-users", "3", "--seed", "2", "--output-dir", out, "--db", urlOf(schema)], c.io, {});
    const report = JSON.parse(readFileSync(join(out, "quality_report.json"), "utf8")) as {
      checks: { id: string; status: string; measured: string }[];
    };
    const ac7 = report.checks.find((x) => x.id === "AC-7");
    expect(ac7?.status).toBe("pass");
    expect(ac7?.measured).toMatch(/loaded with 0 errors/);
    expect((await countsIn(schema)).users).toBe(3);
  });
});
