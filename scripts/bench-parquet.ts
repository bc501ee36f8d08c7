// Parquet write speed and size (issue 12): writeParquetTables for N users (default 10,000).
// Run: npx tsx scripts/bench-parquet.ts [users] [--stream]
//   default   build the dataset in memory first (not timed), then time writeParquetTables(dataset)
//   --stream  time writeParquetTables over customers generated one at a time (generation included),
//             next to the generation alone, so the difference is the Parquet cost; memory stays bounded
// Prints rows, wall time, rows/s, bytes per table against the CSV text, and peak RSS.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { csvHeader, csvRows } from "../src/csv/write.ts";
import { PROFILES } from "../src/data/profile.ts";
import { buildDataset } from "../src/dataset/build-dataset.ts";
import { buildCustomer, type Customer } from "../src/dataset/customer.ts";
import { parseDatasetOptions } from "../src/dataset/options.ts";
import { dataWindow } from "../src/dataset/window.ts";
import { writeParquetTables, type ParquetWriteResult } from "../src/export/parquet.ts";
import type { TableSpec } from "../src/tables/columns.ts";
import { TABLES } from "../src/tables/tables.ts";

/** Customers 1..users of a dataset, one at a time (what forEachCustomer visits), as an iterable. */
export function* customers(users: number, seed = 42): Generator<Customer> {
  const o = parseDatasetOptions({ users, seed });
  const window = dataWindow(o.startDate, o.endDate);
  const profile = PROFILES[o.profile];
  for (let index = 1; index <= o.users; index++) yield buildCustomer({ profile, seed: o.seed, index, window });
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);

function report(label: string, result: ParquetWriteResult, ms: number): void {
  const rows = result.files.reduce((a, f) => a + f.rows, 0);
  const bytes = result.files.reduce((a, f) => a + f.bytes, 0);
  console.log(`${label}: ${rows.toLocaleString("en-US")} rows in ${seconds(ms)} s = ${Math.round(rows / (ms / 1000)).toLocaleString("en-US")} rows/s, ${mb(bytes)} MB of Parquet`);
  for (const f of result.files) console.log(`  ${f.path.padEnd(44)} ${String(f.rows).padStart(9)} rows ${mb(f.bytes).padStart(7)} MB`);
}

export async function run(argv: string[]): Promise<void> {
  const stream = argv.includes("--stream");
  const users = Number(argv.find((a) => !a.startsWith("--")) ?? 10_000);
  const root = mkdtempSync(join(tmpdir(), "spendsense-bench-parquet-"));
  try {
    if (stream) {
      let t = performance.now();
      let n = 0;
      for (const c of customers(users)) n += c.transactions.length;
      console.log(`users ${users}: generation alone ${seconds(performance.now() - t)} s (${n} transactions)`);
      t = performance.now();
      const result = await writeParquetTables(join(root, "out"), customers(users));
      report("writeParquetTables(customers, streamed; generation included)", result, performance.now() - t);
    } else {
      let t = performance.now();
      const data = buildDataset({ users, seed: 42 });
      console.log(`users ${users}: buildDataset ${seconds(performance.now() - t)} s (not timed below)`);
      const specs = TABLES as unknown as readonly TableSpec<unknown>[];
      const byTable: Record<string, readonly unknown[]> = {
        users: data.users,
        accounts: data.accounts,
        transactions: data.transactions,
        liabilities: data.liabilities,
        recurring_streams: data.recurringStreams,
        life_events: data.lifeEvents,
      };
      t = performance.now();
      let csvBytes = 0;
      for (const s of specs) {
        csvBytes += Buffer.byteLength(csvHeader(s));
        const records = byTable[s.table] ?? [];
        for (let i = 0; i < records.length; i += 5000) csvBytes += Buffer.byteLength(csvRows(s, records.slice(i, i + 5000)));
      }
      console.log(`CSV text alone (the writer, no files): ${seconds(performance.now() - t)} s, ${mb(csvBytes)} MB`);
      t = performance.now();
      const result = await writeParquetTables(join(root, "out"), data);
      report("writeParquetTables(dataset in memory)", result, performance.now() - t);
    }
    console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run(process.argv.slice(2));
