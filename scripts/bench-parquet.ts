// Parquet write speed and size (issue 12): writeParquetTables for N users (default 10,000).
// Run: npx tsx scripts/bench-parquet.ts [users] [--stream]
//   default   build the dataset in memory first (not timed), then time writeParquetTables(dataset)
//   --stream  time writeParquetTables over customers generated one at a time (generation included),
//             next to the generation alone, so the difference is the Parquet cost; memory stays bounded
// Prints rows, wall time, rows/s, the time per phase (rows to CSV text, CSV to Parquet), bytes per table and peak RSS.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROFILES } from "../src/data/profile.ts";
import { buildDataset } from "../src/dataset/build-dataset.ts";
import { buildCustomer, type Customer } from "../src/dataset/customer.ts";
import { parseDatasetOptions } from "../src/dataset/options.ts";
import { dataWindow } from "../src/dataset/window.ts";
import { writeParquetTables, type ParquetWriteResult } from "../src/export/parquet.ts";

/** Customers 1..users of a dataset, one at a time (what forEachCustomer visits), as an iterable. */
export function* customers(users: number, seed = 42): Generator<Customer> {
  const o = parseDatasetOptions({ users, seed });
  const window = dataWindow(o.startDate, o.endDate);
  const profile = PROFILES[o.profile];
  for (let index = 1; index <= o.users; index++) yield buildCustomer({ profile, seed: o.seed, index, window });
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);

/** Seconds per step kind ("csv", "parquet", "publish") from writeParquetTables' onStep calls. */
function phases() {
  const totals = new Map<string, number>();
  let current: { phase: string; start: number } | undefined;
  const close = () => {
    if (current) totals.set(current.phase, (totals.get(current.phase) ?? 0) + performance.now() - current.start);
  };
  return {
    onStep(step: string) {
      close();
      current = {
        phase:
          step === "csv"
            ? "rows -> CSV (generation included when streamed)"
            : step.startsWith("parquet")
              ? "CSV -> Parquet (DuckDB)"
              : step,
        start: performance.now(),
      };
    },
    summary() {
      close();
      current = undefined;
      return [...totals].map(([p, ms]) => `${p} ${seconds(ms)} s`).join(", ");
    },
  };
}

function report(label: string, result: ParquetWriteResult, ms: number): void {
  const rows = result.files.reduce((a, f) => a + f.rows, 0);
  const bytes = result.files.reduce((a, f) => a + f.bytes, 0);
  console.log(
    `${label}: ${rows.toLocaleString("en-US")} rows in ${seconds(ms)} s = ${Math.round(rows / (ms / 1000)).toLocaleString("en-US")} rows/s, ${mb(bytes)} MB of Parquet`,
  );
  for (const f of result.files)
    console.log(`  ${f.path.padEnd(44)} ${String(f.rows).padStart(9)} rows ${mb(f.bytes).padStart(7)} MB`);
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
      const p = phases();
      t = performance.now();
      const result = await writeParquetTables(join(root, "out"), customers(users), { onStep: p.onStep });
      report("writeParquetTables(customers, streamed; generation included)", result, performance.now() - t);
      console.log(`  phases: ${p.summary()}`);
    } else {
      let t = performance.now();
      const data = buildDataset({ users, seed: 42 });
      console.log(`users ${users}: buildDataset ${seconds(performance.now() - t)} s (not timed below)`);
      const p = phases();
      t = performance.now();
      const result = await writeParquetTables(join(root, "out"), data, { onStep: p.onStep });
      report("writeParquetTables(dataset in memory)", result, performance.now() - t);
      console.log(`  phases: ${p.summary()}`);
    }
    console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run(process.argv.slice(2));
