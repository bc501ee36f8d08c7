// The PostgreSQL loaders against the machine's real PostgreSQL, each test in its own schema: what is
// loaded reads back equal to the dataset (formula-like text included), a schema holding rows is
// refused unless replace, and any failure (in the middle of a COPY, or a row PostgreSQL rejects)
// leaves nothing behind.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDataset, forEachCustomer, type Dataset } from "spendsense-fixtures";
import type { Customer } from "../../src/dataset/customer.ts";
import {
  loadCsvPostgres,
  persistDatasetPostgres,
  PostgresLoadError,
  postgresMigrations,
} from "spendsense-fixtures/postgres";
import { bytesMayHavePrefix } from "../../src/db/postgres/load.ts";
import { TABLES } from "../../src/tables/tables.ts";
import type { TableSpec } from "../../src/tables/columns.ts";
import { recordsByTable, writeCsvDir } from "../helpers/csv-dir.ts";
import { POSTGRES_TEST_URL, testSchemas, type TestSchemas } from "../helpers/postgres.ts";

const SPECS = TABLES as unknown as readonly TableSpec<unknown>[];
const url = POSTGRES_TEST_URL;
let db: TestSchemas;
let plain: Dataset;
let tricky: Dataset;

/** The 20-user dataset with text the CSV writer escapes with an apostrophe (and some it must not touch). */
function withFormulaLikeText(data: Dataset): Dataset {
  const copy = structuredClone(data);
  copy.users[0]!.name = '=HYPERLINK("http://example.com")';
  copy.users[1]!.name = "'Quoted";
  copy.users[2]!.name = "O'Brien, Pat";
  copy.accounts[0]!.official_name = "+Plus Card";
  copy.transactions[0]!.merchant_name = "-5, Store";
  copy.transactions[1]!.name = "@HANDLE";
  copy.transactions[2]!.name = "McDonald's";
  return copy;
}

/** Cells of every row per table, sorted by the table's key, as the dataset holds them. */
function expectedRows(data: Omit<Dataset, "meta">): Record<string, unknown[][]> {
  const records = recordsByTable(data);
  return Object.fromEntries(
    SPECS.map((spec) => {
      const rows = (records[spec.table] ?? []).map((r) => spec.columns.map((c) => c.get(r) ?? null));
      return [spec.table, sortByKey(spec, rows)];
    }),
  );
}

function sortByKey(spec: TableSpec<unknown>, rows: unknown[][]): unknown[][] {
  const k = spec.columns.findIndex((c) => c.name === spec.key);
  return rows.sort((a, b) => (String(a[k]) < String(b[k]) ? -1 : String(a[k]) > String(b[k]) ? 1 : 0));
}

/** Every row of every table of a schema, in the same shape. */
async function readBack(schema: string): Promise<Record<string, unknown[][]>> {
  const out: Record<string, unknown[][]> = {};
  for (const spec of SPECS) {
    const rows = await db.query(
      `SELECT ${spec.columns.map((c) => `"${c.name}"`).join(", ")} FROM "${schema}"."${spec.table}"`,
    );
    out[spec.table] = sortByKey(
      spec,
      rows.map((r) => spec.columns.map((c) => r[c.name] as unknown)),
    );
  }
  return out;
}

async function counts(schema: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const spec of SPECS)
    out[spec.table] = Number(
      (await db.query<{ n: string }>(`SELECT count(*) AS n FROM "${schema}"."${spec.table}"`))[0]?.n,
    );
  return out;
}

function datasetCounts(data: Omit<Dataset, "meta">): Record<string, number> {
  return Object.fromEntries(Object.entries(recordsByTable(data)).map(([t, r]) => [t, r.length]));
}

beforeAll(async () => {
  db = await testSchemas();
  plain = buildDataset({ users: 20, seed: 42 });
  tricky = withFormulaLikeText(plain);
});

afterAll(async () => {
  await db?.dropAll();
});

describe("persistDatasetPostgres", () => {
  it("migrates an empty schema and loads a 20-user dataset that reads back equal, formula-like text included", async () => {
    const schema = await db.create();
    const result = await persistDatasetPostgres(url, tricky, { schema });
    expect(result.migrated).toEqual(["20251125000000_init"]);
    expect(result.replaced).toBe(false);
    expect(result.counts).toEqual(datasetCounts(tricky));
    expect(result.rows).toBe(Object.values(datasetCounts(tricky)).reduce((a, b) => a + b, 0));
    const back = await readBack(schema);
    expect(back).toEqual(expectedRows(tricky));
    // The escaped values arrive as themselves, and a quote inside text is left alone.
    expect(back.users?.some((r) => r[1] === '=HYPERLINK("http://example.com")')).toBe(true);
    expect(back.users?.some((r) => r[1] === "'Quoted")).toBe(true);
    expect(back.transactions?.some((r) => r[7] === "McDonald's")).toBe(true);

    // The schema is the migration's: columns in the tables' order, the indexes and foreign keys, and Prisma's books.
    for (const spec of SPECS) {
      const cols = await db.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position`,
        [schema, spec.table],
      );
      expect(cols.map((c) => c.column_name)).toEqual(spec.columns.map((c) => c.name));
    }
    const indexes = await db.query<{ indexname: string }>(`SELECT indexname FROM pg_indexes WHERE schemaname = $1`, [
      schema,
    ]);
    expect(indexes.map((i) => i.indexname)).toEqual(
      expect.arrayContaining(["users_email_key", "transactions_user_id_date_idx", "life_events_user_id_idx"]),
    );
    const fks = await db.query(
      `SELECT conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = $1 AND contype = 'f'`,
      [schema],
    );
    expect(fks).toHaveLength(8); // account->user; transaction, liability, stream->account and user; life event->user
    const books = await db.query<{ migration_name: string; applied_steps_count: number }>(
      `SELECT migration_name, applied_steps_count FROM "${schema}"."_prisma_migrations"`,
    );
    expect(books).toEqual([{ migration_name: "20251125000000_init", applied_steps_count: 1 }]);
  });

  it("builds the same catalog as the migration run as written (keys and indexes are only built after the rows)", async () => {
    const written = await db.create();
    const loaded = await db.create();
    await db.query(`SET search_path TO "${written}"; ${postgresMigrations()[0]!.sql}; SET search_path TO public`);
    await persistDatasetPostgres(url, buildDataset({ users: 2, seed: 1 }), { schema: loaded });
    const catalog = async (schema: string) => {
      const strip = (text: string) => text.replaceAll(`"${schema}".`, "").replaceAll(`${schema}.`, "");
      const columns = await db.query(
        `SELECT table_name, ordinal_position, column_name, data_type, is_nullable, column_default FROM information_schema.columns
         WHERE table_schema = $1 AND table_name <> '_prisma_migrations' ORDER BY table_name, ordinal_position`,
        [schema],
      );
      const constraints = await db.query<{ conname: string; def: string }>(
        `SELECT conname, pg_get_constraintdef(c.oid) AS def FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
         WHERE n.nspname = $1 AND conname NOT LIKE '_prisma%' ORDER BY conname`,
        [schema],
      );
      const indexes = await db.query<{ indexname: string; indexdef: string }>(
        `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = $1 AND tablename <> '_prisma_migrations' ORDER BY indexname`,
        [schema],
      );
      return {
        columns,
        constraints: constraints.map((c) => `${c.conname} ${strip(c.def)}`),
        indexes: indexes.map((i) => `${i.indexname} ${strip(i.indexdef)}`),
      };
    };
    const expected = await catalog(written);
    expect(expected.constraints).toHaveLength(6 + 8);
    expect(expected.indexes).toHaveLength(6 + 10);
    expect(await catalog(loaded)).toEqual(expected);
  });

  it("takes customers one at a time from an iterable, in rounds, with the same rows", async () => {
    const schema = await db.create();
    const customers: Customer[] = [];
    forEachCustomer({ users: 20, seed: 42 }, (c) => customers.push(c));
    async function* slowly() {
      for (const c of customers) yield c;
    }
    const result = await persistDatasetPostgres(url, slowly(), { schema, batchCustomers: 7 });
    expect(result.counts).toEqual(datasetCounts(plain));
    expect(await readBack(schema)).toEqual(expectedRows(plain));
  });

  it("refuses a schema that already holds rows, and replace swaps them in one transaction", async () => {
    const schema = await db.create();
    await persistDatasetPostgres(url, plain, { schema });
    await expect(persistDatasetPostgres(url, plain, { schema })).rejects.toThrow(
      new RegExp(
        `^schema "${schema}" at postgresql://postgres@127\\.0\\.0\\.1:5432/test already holds data \\(users: 20, `,
      ),
    );
    expect(await counts(schema)).toEqual(datasetCounts(plain));

    const five = buildDataset({ users: 5, seed: 7 });
    const result = await persistDatasetPostgres(url, five, { schema, replace: true });
    expect(result.replaced).toBe(true);
    expect(result.migrated).toEqual([]);
    expect(await readBack(schema)).toEqual(expectedRows(five));
  });

  it("append adds a second shard's customers to the first's (prefixes removed from the new rows only); a repeated shard adds nothing", async () => {
    const schema = await db.create();
    const shard: Customer[] = [];
    forEachCustomer({ users: 20, seed: 42 }, (c) => shard.push(structuredClone(c)));
    shard[1]!.user.name = "'Quoted"; // a real leading apostrophe, loaded first: the append must leave it alone
    shard[15]!.user.name = "=SUM(A1)";
    const first = shard.slice(0, 12);
    const second = shard.slice(12);
    await persistDatasetPostgres(url, first, { schema });
    await expect(persistDatasetPostgres(url, second, { schema, replace: true, append: true })).rejects.toThrow(
      "replace and append exclude each other: choose one",
    );
    const result = await persistDatasetPostgres(url, second, { schema, append: true });
    expect(result.appended).toBe(true);
    const whole = {
      users: shard.map((c) => c.user),
      accounts: shard.flatMap((c) => c.accounts),
      transactions: shard.flatMap((c) => c.transactions),
      liabilities: shard.flatMap((c) => c.liabilities),
      recurringStreams: shard.flatMap((c) => c.recurringStreams),
      lifeEvents: shard.flatMap((c) => c.lifeEvents),
    };
    expect(await readBack(schema)).toEqual(expectedRows(whole));
    await expect(persistDatasetPostgres(url, second, { schema, append: true })).rejects.toThrow(
      /^table users: duplicate key value violates unique constraint "users_pkey"/,
    );
    expect(await counts(schema)).toEqual(datasetCounts(whole));
  });

  it("an error thrown in the middle of a COPY leaves an empty schema empty (not even tables)", async () => {
    const schema = await db.create();
    const broken = structuredClone(plain);
    // Rows are formatted in chunks of 2,000 as the COPY pulls them: row 3,000 fails after the first
    // chunk of transactions (and every user and account) reached PostgreSQL.
    Object.defineProperty(broken.transactions[3000]!, "amount", {
      get() {
        throw new Error("injected failure");
      },
    });
    const error = await persistDatasetPostgres(url, broken, { schema }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostgresLoadError);
    expect((error as Error).message).toBe("table transactions: injected failure");
    expect(await db.tables(schema)).toEqual([]);
  });

  it("a row PostgreSQL rejects rolls everything back, and a failed replace keeps the old rows", async () => {
    const schema = await db.create();
    const duplicate = structuredClone(plain);
    duplicate.transactions.push({ ...duplicate.transactions[0]! });
    await expect(persistDatasetPostgres(url, duplicate, { schema })).rejects.toThrow(
      /^could not create unique index "transactions_pkey" Key \(transaction_id\)=\(txn_[0-9a-f-]+\) is duplicated\. \[ALTER TABLE "transactions" ADD CONSTRAINT "transactions_pkey" PRIMARY KEY \("transaction_id"\)\]$/,
    );
    expect(await db.tables(schema)).toEqual([]);

    await persistDatasetPostgres(url, plain, { schema });
    const orphan = structuredClone(plain);
    orphan.transactions[5]!.account_id = "acc_missing";
    await expect(persistDatasetPostgres(url, orphan, { schema, replace: true })).rejects.toThrow(
      /violates foreign key constraint "transactions_account_id_fkey"/,
    );
    expect(await readBack(schema)).toEqual(expectedRows(plain));
  });
});

describe("loadCsvPostgres", () => {
  it("loads the CSV files of the same dataset: the same rows, the apostrophe prefixes removed", async () => {
    const schema = await db.create();
    const dir = writeCsvDir(tricky);
    expect(readFileSync(join(dir, "synthetic_users.csv"), "utf8")).toContain(`"'=HYPERLINK(""http://example.com"")"`);
    const result = await loadCsvPostgres(url, dir, { schema });
    expect(result.counts).toEqual(datasetCounts(tricky));
    expect(await readBack(schema)).toEqual(expectedRows(tricky));
  });

  it("a bad cell stops the load with its file, line and column, and leaves nothing", async () => {
    const schema = await db.create();
    const dir = writeCsvDir(plain);
    const file = join(dir, "synthetic_transactions.csv");
    const lines = readFileSync(file, "utf8").split("\n");
    lines[4] = lines[4]!.replace(/,(-?\d+\.\d\d),USD,/, ",12.3x,USD,");
    writeFileSync(file, lines.join("\n"));
    const error = await loadCsvPostgres(url, dir, { schema }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostgresLoadError);
    expect((error as Error).message).toMatch(
      /^synthetic_transactions\.csv: invalid input syntax for type double precision: "12\.3x" \(COPY transactions, line 5, column amount: "12\.3x"\)$/,
    );
    expect(await db.tables(schema)).toEqual([]);
  });

  it("a missing file or a wrong header is named before anything is written", async () => {
    const schema = await db.create();
    const dir = writeCsvDir(plain);
    rmSync(join(dir, "life_events.csv"));
    await expect(loadCsvPostgres(url, dir, { schema })).rejects.toThrow(
      `${join(dir, "life_events.csv")}: cannot read (ENOENT)`,
    );
    writeFileSync(join(dir, "life_events.csv"), "life_event_id,user_id\n");
    await expect(loadCsvPostgres(url, dir, { schema })).rejects.toThrow(
      /life_events\.csv: the header is not the life_events columns \(expected life_event_id,user_id,kind,/,
    );
    expect(await db.tables(schema)).toEqual([]);
  });
});

describe("bad targets", () => {
  it("a URL that is not PostgreSQL's, or a server that does not answer, gets a one-line error naming it", async () => {
    await expect(persistDatasetPostgres("file:./x.db", plain)).rejects.toThrow(
      'invalid PostgreSQL URL "file:./x.db": expected postgresql://user@host:port/database',
    );
    await expect(persistDatasetPostgres("postgresql://postgres:secret@127.0.0.1:1/test", plain)).rejects.toThrow(
      /^cannot connect to PostgreSQL at postgresql:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/test: connect ECONNREFUSED/,
    );
    await expect(persistDatasetPostgres(url, plain, { schema: "no_such_schema_here" })).rejects.toThrow(
      /no schema to load into/,
    );
    await expect(persistDatasetPostgres(url, 42 as unknown as Dataset)).rejects.toThrow(
      "persistDatasetPostgres: the source must be a dataset or an iterable of customers",
    );
    await expect(persistDatasetPostgres(url, plain, { batchCustomers: 0 })).rejects.toThrow(
      "invalid option batchCustomers: 0 (must be a whole number >= 1)",
    );
  });
});

describe("bytesMayHavePrefix (the scan that decides which tables get the apostrophe UPDATE)", () => {
  const b = (text: string) => Buffer.from(text, "utf8");
  it("finds an apostrophe that starts a field, a quoted field, a line or the file, and no other", () => {
    expect(bytesMayHavePrefix(b("a,'=1,b\n"), 0x0a)).toBe(true);
    expect(bytesMayHavePrefix(b('a,"\'Quoted, x",b\n'), 0x0a)).toBe(true);
    expect(bytesMayHavePrefix(b("a,b\n'@x,c\n"), 0x0a)).toBe(true);
    expect(bytesMayHavePrefix(b("'+1,b\n"), 0x0a)).toBe(true);
    expect(bytesMayHavePrefix(b("a,McDonald's,\"O'Brien, Pat\",é'\n"), 0x0a)).toBe(false);
    expect(bytesMayHavePrefix(b(""), 0x2c)).toBe(false);
  });
  it("looks at the last byte of the chunk before when the chunk starts with an apostrophe", () => {
    expect(bytesMayHavePrefix(b("'-5, Store,x\n"), ",".charCodeAt(0))).toBe(true);
    expect(bytesMayHavePrefix(b("'Quoted\",x\n"), '"'.charCodeAt(0))).toBe(true);
    expect(bytesMayHavePrefix(b("s Diner,x\n"), "n".charCodeAt(0))).toBe(false);
    expect(bytesMayHavePrefix(b("'s Diner,x\n"), "n".charCodeAt(0))).toBe(false);
  });
});
