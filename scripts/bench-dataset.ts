// Dataset generation speed and memory. Each size runs in a fresh Node process so that its peak RSS
// is its own. Run: npx tsx scripts/bench-dataset.ts [sizes...]   (default: 100 1000 10000)
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { benchSizes } from "../src/cli/bench-args.ts";
import { buildDataset, forEachCustomer } from "../src/dataset/build-dataset.ts";

const USAGE = `Usage: npx tsx scripts/bench-dataset.ts [users ...]   (default: 100 1000 10000)

For each size, in a fresh process: wall time, transactions per second and peak RSS of buildDataset (in
memory) and forEachCustomer (streamed).`;

interface Measure {
  users: number;
  mode: string;
  seconds: number;
  transactions: number;
  peakRssMb: number;
}

function measure(users: number, mode: "memory" | "stream"): Measure {
  const start = performance.now();
  let transactions = 0;
  if (mode === "memory") {
    transactions = buildDataset({ users, seed: 42 }).transactions.length;
  } else {
    forEachCustomer({ users, seed: 42 }, (customer) => {
      transactions += customer.transactions.length;
    });
  }
  const seconds = (performance.now() - start) / 1000;
  return { users, mode, seconds, transactions, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
}

const [, , childUsers, childMode] = process.argv;
if (childMode === "memory" || childMode === "stream") {
  process.stdout.write(JSON.stringify(measure(Number(childUsers), childMode)));
} else {
  const sizes = benchSizes(process.argv.slice(2), USAGE, [100, 1_000, 10_000]);
  const script = fileURLToPath(import.meta.url);
  console.log("users   mode    wall s   transactions   txn/s      peak RSS MB");
  for (const users of sizes) {
    for (const mode of ["memory", "stream"] as const) {
      const out = execFileSync(process.execPath, ["--import", "tsx", script, String(users), mode], {
        encoding: "utf8",
      });
      const m = JSON.parse(out) as Measure;
      console.log(
        `${String(m.users).padEnd(8)}${m.mode.padEnd(8)}${m.seconds.toFixed(2).padStart(6)}   ${String(m.transactions).padStart(12)}   ${String(Math.round(m.transactions / m.seconds)).padStart(8)}   ${String(m.peakRssMb).padStart(8)}`,
      );
    }
  }
  console.log("memory: buildDataset keeps every record; stream: forEachCustomer hands over one customer at a time.");
}
