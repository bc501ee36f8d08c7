// Parquet output read back through DuckDB: the same rows as the CSV export of the same dataset (types
// and values: nulls, booleans, two-decimal amounts, JSON text, formula-like text), shards that read as
// one table, the same bytes for the same input, and nothing left behind by a failed write.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { DuckDBDecimalValue, DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDataset, forEachCustomer, type Dataset } from "spendsense-fixtures";
import { csvRows, toCsv } from "../../src/csv/write.ts";
import type { Customer } from "../../src/dataset/customer.ts";
import {
  PARQUET_TYPES,
  ParquetWriteError,
  parquetPartPath,
  parquetTableDir,
  writeParquetTables,
} from "spendsense-fixtures/parquet";
import type { TableSpec } from "../../src/tables/columns.ts";
import { TABLES } from "../../src/tables/tables.ts";
import { recordsByTable } from "../helpers/csv-dir.ts";

const SPECS = TABLES as unknown as readonly TableSpec<unknown>[];
const root = mkdtempSync(join(tmpdir(), "spendsense-parquet-"));
let instance: DuckDBInstance;
let duck: DuckDBConnection;
let data: Dataset;
let customers: Customer[];

function withFormulaLikeText(d: Dataset): Dataset {
  const copy = structuredClone(d);
  copy.users[0]!.name = '=HYPERLINK("http://example.com")';
  copy.users[1]!.name = "'Quoted";
  copy.accounts[0]!.official_name = "+Plus Card";
  copy.transactions[0]!.merchant_name = "-5, Store";
  copy.transactions[2]!.name = "McDonald's";
  return copy;
}

/** A table's rows read from its Parquet part files (in part, then row order), written back as CSV text. */
async function parquetAsCsv(dir: string, spec: TableSpec<unknown>): Promise<string> {
  const glob = join(dir, parquetTableDir(spec), "*.parquet").replaceAll("'", "''");
  const cols = spec.columns.map((c) => `"${c.name}"`).join(", ");
  const reader = await duck.runAndReadAll(
    `SELECT ${cols} FROM read_parquet('${glob}', filename = true, file_row_number = true) ORDER BY filename, file_row_number`,
  );
  const rows = reader.getRowsJS();
  const asRecords = {
    ...spec,
    columns: spec.columns.map((c, i) => ({
      ...c,
      get: (r: unknown) =>
        (r as unknown[])[i] !== null && c.kind === "json" ? JSON.parse((r as string[])[i]!) : (r as unknown[])[i],
    })),
  } as TableSpec<unknown>;
  return csvRows(asRecords, rows);
}

/** The data lines of the CSV export of a table. */
function csvOf(d: Omit<Dataset, "meta">, spec: TableSpec<unknown>): string {
  const text = toCsv(spec, recordsByTable(d)[spec.table] ?? []);
  return text.slice(text.indexOf("\n") + 1);
}

beforeAll(async () => {
  instance = await DuckDBInstance.create(":memory:");
  duck = await instance.connect();
  data = withFormulaLikeText(buildDataset({ users: 20, seed: 42 }));
  customers = [];
  forEachCustomer({ users: 20, seed: 42 }, (c) => customers.push(c));
});

afterAll(() => {
  duck?.closeSync();
  instance?.closeSync();
  rmSync(root, { recursive: true, force: true });
});

describe("writeParquetTables", () => {
  it("writes one part file per table whose rows, read back through DuckDB, are the CSV export's rows", async () => {
    const dir = join(root, "one");
    const result = await writeParquetTables(dir, data);
    expect(result.files.map((f) => f.path)).toEqual(
      SPECS.map((s) => `${s.file.replace(/\.csv$/, "")}/part-00000.parquet`),
    );
    for (const spec of SPECS) {
      const records = recordsByTable(data)[spec.table] ?? [];
      expect(result.files.find((f) => f.table === spec.table)?.rows).toBe(records.length);
      // Columns and types: the CSV's columns, in order, typed by their kind.
      const described = (
        await duck.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${join(dir, parquetPartPath(spec, 0))}')`)
      ).getRowObjectsJS();
      expect(described.map((d) => `${d.column_name} ${d.column_type}`)).toEqual(
        spec.columns.map((c) => `${c.name} ${PARQUET_TYPES[c.kind]}`),
      );
      // Values: written back through the CSV writer they are the CSV export, byte for byte.
      expect(await parquetAsCsv(dir, spec)).toBe(csvOf(data, spec));
    }
    // The values themselves, not only their text: real nulls, booleans, exact cents, JSON text, unescaped text.
    const t = (
      await duck.runAndReadAll(
        `SELECT amount, pending, location_lat, transfer_id FROM read_parquet('${join(dir, parquetPartPath(SPECS[3]!, 0))}') LIMIT 1`,
      )
    ).getRows()[0]!;
    expect(t[0]).toBeInstanceOf(DuckDBDecimalValue);
    expect((t[0] as DuckDBDecimalValue).value).toBe(BigInt(Math.round(data.transactions[0]!.amount * 100)));
    expect(t[1]).toBe(data.transactions[0]!.pending);
    expect(t[3]).toBe(null);
    const u = (
      await duck.runAndReadAll(
        `SELECT name, json_extract(metadata, '$.age')::INTEGER FROM read_parquet('${join(dir, "synthetic_users/*.parquet")}') ORDER BY user_id LIMIT 2`,
      )
    ).getRowsJS();
    expect(u).toEqual([
      ['=HYPERLINK("http://example.com")', data.users[0]!.metadata.age],
      ["'Quoted", data.users[1]!.metadata.age],
    ]);
  });

  it("shards write their own parts into the same folders, which read as one table: the one-run CSV rows", async () => {
    const dir = join(root, "sharded");
    const whole = buildDataset({ users: 20, seed: 42 });
    await writeParquetTables(dir, customers.slice(0, 12), { part: 0 });
    await writeParquetTables(dir, customers.slice(12), { part: 1 });
    for (const spec of SPECS) {
      expect(readdirSync(join(dir, parquetTableDir(spec)))).toEqual(["part-00000.parquet", "part-00001.parquet"]);
      expect(await parquetAsCsv(dir, spec)).toBe(csvOf(whole, spec));
    }
    expect(readdirSync(root).filter((e) => e.includes("parquet-tmp"))).toEqual([]);
  });

  it("a table past a file's limit continues in part-KKKKK-FFFF files that read back, in name order, as the CSV rows", async () => {
    // One row group of 2,048 rows a file: 20 users' transactions (about 3,500 rows) fill two files.
    const limits = { rowGroupSize: 2048, rowGroupsPerFile: 1 };
    const whole = buildDataset({ users: 20, seed: 42 });
    const dir = join(root, "split");
    const result = await writeParquetTables(dir, customers, { part: 3, fileLimits: limits });
    for (const spec of SPECS) {
      const files = result.files.filter((f) => f.table === spec.table);
      const rows = (recordsByTable(whole)[spec.table] ?? []).length;
      const pieces = Array.from({ length: Math.max(1, Math.ceil(rows / 2048)) }, (_, i) => i);
      expect(files.map((f) => f.path)).toEqual(
        pieces.length === 1 ? [parquetPartPath(spec, 3)] : pieces.map((i) => parquetPartPath(spec, 3, i)),
      );
      expect(files.map((f) => f.rows)).toEqual(pieces.map((i) => Math.min(2048, rows - i * 2048)));
      expect(readdirSync(join(dir, parquetTableDir(spec)))).toEqual(files.map((f) => basename(f.path)));
      expect(await parquetAsCsv(dir, spec)).toBe(csvOf(whole, spec));
    }
    const transactions = SPECS.find((s) => s.table === "transactions")!;
    expect(result.files.filter((f) => f.table === "transactions").map((f) => basename(f.path))).toEqual([
      "part-00003-0000.parquet",
      "part-00003-0001.parquet",
    ]);
    expect(readdirSync(dir).filter((e) => e.startsWith("."))).toEqual([]);

    // The same part written again as one file replaces both; another part's files stay.
    await writeParquetTables(dir, customers.slice(0, 2), { part: 4, fileLimits: limits });
    await writeParquetTables(dir, customers, { part: 3 });
    expect(readdirSync(join(dir, parquetTableDir(transactions)))).toEqual(["part-00003.parquet", "part-00004.parquet"]);
    expect(await parquetAsCsv(dir, transactions)).toBe(
      csvOf(whole, transactions) +
        csvRows(
          transactions,
          customers.slice(0, 2).flatMap((c) => c.transactions),
        ),
    );
  });

  it("the same input gives the same bytes", async () => {
    const a = join(root, "a");
    const b = join(root, "b");
    await writeParquetTables(a, data);
    await writeParquetTables(b, data);
    for (const spec of SPECS)
      expect(
        readFileSync(join(a, parquetPartPath(spec, 0))).equals(readFileSync(join(b, parquetPartPath(spec, 0)))),
      ).toBe(true);
  });

  it("a failed write leaves nothing: no new folder, no new part beside existing ones, no temporary files", async () => {
    function* failing(): Generator<Customer> {
      yield customers[0]!;
      yield customers[1]!;
      throw new Error("injected failure");
    }
    const fresh = join(root, "failed");
    await expect(writeParquetTables(fresh, failing())).rejects.toThrow(
      new ParquetWriteError(`${fresh}: injected failure`),
    );
    expect(existsSync(fresh)).toBe(false);

    const existing = join(root, "existing");
    await writeParquetTables(existing, customers.slice(0, 2), { part: 0 });
    await expect(writeParquetTables(existing, failing(), { part: 1 })).rejects.toThrow(/injected failure/);
    for (const spec of SPECS)
      expect(readdirSync(join(existing, parquetTableDir(spec)))).toEqual(["part-00000.parquet"]);
    expect(readdirSync(root).filter((e) => e.includes("parquet-tmp"))).toEqual([]);
  });

  it("bad options and targets get one-line errors before anything is written", async () => {
    await expect(writeParquetTables(join(root, "x"), data, { part: -1 })).rejects.toThrow(
      "invalid option part: -1 (must be a whole number from 0 to 99999)",
    );
    await expect(writeParquetTables(join(root, "x"), data, { part: 1.5 })).rejects.toThrow("invalid option part: 1.5");
    await expect(
      writeParquetTables(join(root, "x"), data, { fileLimits: { rowGroupSize: 1000, rowGroupsPerFile: 1 } }),
    ).rejects.toThrow("invalid option fileLimits.rowGroupSize: 1000 (must be a whole number of at least 2048)");
    await expect(
      writeParquetTables(join(root, "x"), data, { fileLimits: { rowGroupSize: 4096, rowGroupsPerFile: 0 } }),
    ).rejects.toThrow("invalid option fileLimits.rowGroupsPerFile: 0 (must be a whole number of at least 1)");
    const file = join(root, "a-file");
    writeFileSync(file, "");
    await expect(writeParquetTables(file, data)).rejects.toThrow(`${file}: exists and is not a folder`);
    await expect(writeParquetTables(join(root, "x"), null as unknown as Dataset)).rejects.toThrow(
      "writeParquetTables: the source must be a dataset or an iterable of customers",
    );
    expect(existsSync(join(root, "x"))).toBe(false);
  });
});
