// Full export speed from the command line: generate, write CSV, check, report. Each size runs as a
// fresh process (wall time includes Node and tsx start-up). Run: npx tsx scripts/bench-export.ts [sizes...]
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { benchSizes } from "../src/cli/bench-args.ts";
import { runExport } from "./export.ts";

const USAGE = `Usage: npx tsx scripts/bench-export.ts [users ...]   (default: 100 10000)

The full export (generate, write CSV, check, report) from the command line, each size in a fresh
process: wall time, exit status and peak RSS.`;

const [, , mode, users, outputDir] = process.argv;
if (mode === "child") {
  const quiet = { out: () => {}, err: () => {} };
  const code = await runExport(["--num-users", String(users), "--output-dir", String(outputDir), "--force"], quiet);
  process.stdout.write(JSON.stringify({ code, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
} else {
  const sizes = benchSizes(process.argv.slice(2), USAGE, [100, 10_000]);
  const dir = mkdtempSync(join(tmpdir(), "spendsense-bench-export-"));
  try {
    console.log("users    wall s   exit   peak RSS MB");
    for (const n of sizes) {
      const start = performance.now();
      const out = execFileSync(
        process.execPath,
        ["--import", "tsx", fileURLToPath(import.meta.url), "child", String(n), join(dir, `out-${n}`)],
        { encoding: "utf8" },
      );
      const seconds = (performance.now() - start) / 1000;
      const { code, peakRssMb } = JSON.parse(out) as { code: number; peakRssMb: number };
      console.log(
        `${String(n).padEnd(9)}${seconds.toFixed(2).padStart(6)}   ${String(code).padStart(4)}   ${String(peakRssMb).padStart(11)}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
