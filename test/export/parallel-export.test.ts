// The export on worker threads and as shards: the files do not depend on the number of workers; the
// data rows of shards 0..N-1 concatenated (headers once) are exactly the one-run files; `merge` turns
// the shards' quality states into the one-run report without regenerating, and refuses shards that
// do not make one dataset; a two-shard Parquet export reads back through DuckDB as the CSV rows.
// SOURCE_DATE_EPOCH makes every folder reproducible byte for byte (it leaves the timings out).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, describe, expect, it } from "vitest";
import { csvRows } from "../../src/csv/write.ts";
import { parseDatasetOptions } from "../../src/dataset/options.ts";
import { type ExportInput, exportDataset, shardRange } from "../../src/export/export-dataset.ts";
import { MergeError, mergeShards } from "../../src/export/merge.ts";
import { parquetTableDir } from "../../src/export/parquet.ts";
import type { TableSpec } from "../../src/tables/columns.ts";
import { TABLES } from "../../src/tables/tables.ts";
import { runExport } from "../../scripts/export.ts";
import { runMerge } from "../../scripts/merge.ts";
import { capture } from "../helpers/capture.ts";

const root = mkdtempSync(join(tmpdir(), "spendsense-parallel-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const env = { SOURCE_DATE_EPOCH: "1767225600" };
const now = () => 0;
const SPECS = TABLES as unknown as readonly TableSpec<unknown>[];

async function run(
  name: string,
  input: Omit<ExportInput, "outputDir" | "now" | "env" | "options"> & { users: number; seed: number },
) {
  const { users, seed, ...rest } = input;
  const outputDir = join(root, name);
  const result = await exportDataset({ ...rest, options: parseDatasetOptions({ users, seed }), outputDir, env, now });
  return { dir: outputDir, result };
}

const files = (dir: string) => readdirSync(dir).sort();
const bytes = (dir: string, file: string) => readFileSync(join(dir, file));
/** A CSV file's data lines (the header removed). */
const dataLines = (dir: string, file: string) => {
  const text = readFileSync(join(dir, file), "utf8");
  return text.slice(text.indexOf("\n") + 1);
};

describe("shardRange", () => {
  it("cuts n users into N contiguous ranges that cover 1..n once, K*n/N rounded down", () => {
    for (const [n, count] of [
      [60, 3],
      [61, 4],
      [7, 7],
      [1000, 8],
    ] as const) {
      const ranges = Array.from({ length: count }, (_, index) => shardRange(n, { index, count }));
      expect(ranges[0]!.from).toBe(1);
      expect(ranges[count - 1]!.to).toBe(n + 1);
      for (let k = 1; k < count; k++) expect(ranges[k]!.from).toBe(ranges[k - 1]!.to);
      expect(ranges[1]!.from).toBe(Math.floor(n / count) + 1);
    }
  });
});

describe("--workers", () => {
  it("writes every file (CSVs, metadata.json, the three reports) byte for byte the same with 1, 2 and 3 workers", async () => {
    const runs = [];
    for (const workers of [1, 2, 3]) runs.push(await run(`w${workers}`, { users: 50, seed: 5, workers }));
    const [one, ...others] = runs;
    expect(one!.result.report?.summary.failed).toBe(0);
    expect(files(one!.dir)).toContain("quality_report.html");
    for (const other of others) {
      expect(files(other.dir)).toEqual(files(one!.dir));
      for (const f of files(one!.dir)) expect(bytes(other.dir, f).equals(bytes(one!.dir, f)), f).toBe(true);
    }
  }, 240_000); // three exports with every check: generous for a loaded machine (nothing here is timed)
});

describe("--shard K/N and merge", () => {
  it("shards' data rows concatenated are the one-run files, and the merged report is the one-run report", async () => {
    // A declared sample of 15 users (the default is 100), inside shard 0 as it is for real shard sizes.
    const common = { users: 60, seed: 9, sampleUsers: 15 };
    const one = await run("one", { ...common, workers: 2 });
    const shards = [
      await run("shard0", { ...common, workers: 2, shard: { index: 0, count: 3 } }),
      await run("shard1", { ...common, workers: 1, shard: { index: 1, count: 3 } }),
      await run("shard2", { ...common, workers: 3, shard: { index: 2, count: 3 } }),
    ];
    expect(shards[1]!.result.metadata.shard).toEqual({ index: 1, count: 3, first_user: 21, last_user: 40 });
    expect(shards[1]!.result.report).toBeNull();
    expect(files(shards[1]!.dir)).toContain("quality_state.json");
    for (const spec of SPECS) {
      const header = readFileSync(join(shards[0]!.dir, spec.file), "utf8").split("\n")[0];
      const joined = `${header}\n${shards.map((s) => dataLines(s.dir, spec.file)).join("")}`;
      expect(joined === readFileSync(join(one.dir, spec.file), "utf8"), spec.file).toBe(true);
    }
    const out = join(root, "merged");
    const merged = await mergeShards({ dirs: shards.map((s) => s.dir).reverse(), outputDir: out, env, now });
    expect(merged.metadata.shards.map((s) => s.index)).toEqual([0, 1, 2]);
    expect(merged.metadata.counts).toEqual(one.result.metadata.counts);
    const report = JSON.parse(readFileSync(join(out, "quality_report.json"), "utf8"));
    const single = JSON.parse(readFileSync(join(one.dir, "quality_report.json"), "utf8"));
    expect(report.dataset.source).toMatch(/merged from 3 shards/);
    expect({ ...report, dataset: { ...report.dataset, source: "" } }).toEqual({
      ...single,
      dataset: { ...single.dataset, source: "" },
    });
    expect(report.summary).toMatchObject({ failed: 0, skipped: 0 });
    // The sample is named as one.
    expect(report.checks.find((c: { id: string }) => c.id === "AC-7").measured).toMatch(
      /a sample: the first 15 of 60 users/,
    );
  }, 240_000);

  it("merge refuses shards of different seeds, missing shards and repeated shards, naming them", async () => {
    const a0 = await run("a0", { users: 30, seed: 1, checks: "none", shard: { index: 0, count: 3 } });
    const a1 = await run("a1", { users: 30, seed: 1, checks: "none", shard: { index: 1, count: 3 } });
    const a2 = await run("a2", { users: 30, seed: 1, checks: "none", shard: { index: 2, count: 3 } });
    const b1 = await run("b1", { users: 30, seed: 2, checks: "none", shard: { index: 1, count: 3 } });
    const merge = (dirs: string[]) => mergeShards({ dirs, outputDir: join(root, "refused"), env, now });
    await expect(merge([a0.dir, b1.dir, a2.dir])).rejects.toThrow(MergeError);
    await expect(merge([a0.dir, b1.dir, a2.dir])).rejects.toThrow(/b1: seed is 2 but .*a0 has 1/);
    await expect(merge([a0.dir, a2.dir])).rejects.toThrow(/missing shard 1 of 3/);
    await expect(merge([a0.dir, a1.dir, a1.dir, a2.dir])).rejects.toThrow(/shard 1\/3 is given twice/);
    const c = capture();
    expect(await runMerge(["--output-dir", join(root, "refused"), a0.dir, a2.dir], c.io, env, now)).toBe(2);
    expect(c.err.join("\n")).toMatch(/missing shard 1 of 3/);
    expect(() => readdirSync(join(root, "refused"))).toThrow();
    // All three: merged (checks were skipped, so the manifest only) and exit 0.
    const ok = capture();
    expect(await runMerge(["--output-dir", join(root, "merged-none"), a2.dir, a0.dir, a1.dir], ok.io, env, now)).toBe(
      0,
    );
    expect(files(join(root, "merged-none"))).toEqual(["metadata.json"]);
  });

  it("the command line takes --shard from the environment's style (K/N) and rejects bad values with exit 2", async () => {
    for (const bad of ["2/2", "x/3", "1/0", "-1/2"]) {
      const c = capture();
      expect(
        await runExport(["--num-users", "10", "--shard", bad, "--output-dir", join(root, "bad")], c.io, env, now),
      ).toBe(2);
      expect(c.err.join("\n")).toMatch(/--shard/);
    }
    const c = capture();
    expect(
      await runExport(["--num-users", "10", "--workers", "0", "--output-dir", join(root, "bad")], c.io, env, now),
    ).toBe(2);
    expect(c.err.join("\n")).toMatch(/--workers/);
  });
});

describe("--checks none", () => {
  it("writes the data and a metadata.json that says the checks were skipped, no report, exit 0", async () => {
    const c = capture();
    const dir = join(root, "none");
    expect(await runExport(["--num-users", "20", "--checks", "none", "--output-dir", dir], c.io, env, now)).toBe(0);
    expect(files(dir)).not.toContain("quality_report.json");
    expect(JSON.parse(readFileSync(join(dir, "metadata.json"), "utf8")).checks).toBe("none");
  });
});

describe("--format parquet", () => {
  it("a two-shard Parquet export reads back through DuckDB as the CSV export's rows, in order", async () => {
    const csv = await run("pq-csv", { users: 40, seed: 11, checks: "none" });
    const parts = [
      await run("pq0", { users: 40, seed: 11, checks: "none", format: "parquet", shard: { index: 0, count: 2 } }),
      await run("pq1", { users: 40, seed: 11, checks: "none", format: "parquet", shard: { index: 1, count: 2 } }),
    ];
    expect(Object.keys(parts[1]!.result.metadata.files)).toContain("synthetic_transactions/part-00001.parquet");
    const instance = await DuckDBInstance.create(":memory:");
    const duck = await instance.connect();
    try {
      for (const spec of SPECS) {
        const list = parts.map((p) => `'${join(p.dir, parquetTableDir(spec), "*.parquet")}'`).join(", ");
        const cols = spec.columns.map((c) => `"${c.name}"`).join(", ");
        const reader = await duck.runAndReadAll(
          `SELECT ${cols} FROM read_parquet([${list}], filename = true, file_row_number = true) ORDER BY filename, file_row_number`,
        );
        // Written back through the CSV writer (JSON columns parsed again), the rows are the CSV file's lines.
        const asRecords = {
          ...spec,
          columns: spec.columns.map((c, i) => ({
            ...c,
            get: (r: unknown) => {
              const v = (r as unknown[])[i];
              return v !== null && c.kind === "json" ? JSON.parse(v as string) : v;
            },
          })),
        } as TableSpec<unknown>;
        expect(csvRows(asRecords, reader.getRowsJS()) === dataLines(csv.dir, spec.file), spec.file).toBe(true);
      }
    } finally {
      duck.closeSync();
      instance.closeSync();
    }
  });
});
