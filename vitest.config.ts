import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Inside this repository the package's own name resolves to its sources (tsconfig.json's `paths` say the
// same for tsc), so tests never depend on a build; the consumer smoke suite tests the built package.
const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// `.ci/run` sets VITEST_JSON_REPORT so that it can print its `N passed, N failed` line from
// Vitest's own JSON report; local runs keep the default reporter only.
const jsonReport = process.env.VITEST_JSON_REPORT === "1";

export default defineConfig({
  resolve: {
    alias: [
      { find: /^spendsense-fixtures$/, replacement: source("./src/index.ts") },
      { find: /^spendsense-fixtures\/db$/, replacement: source("./src/db/index.ts") },
      { find: /^spendsense-fixtures\/testing$/, replacement: source("./src/testing/index.ts") },
      { find: /^spendsense-fixtures\/testing\/jest$/, replacement: source("./src/testing/jest.ts") },
      { find: /^spendsense-fixtures\/plaid$/, replacement: source("./src/plaid/index.ts") },
      { find: /^spendsense-fixtures\/postgres$/, replacement: source("./src/db/postgres/index.ts") },
      { find: /^spendsense-fixtures\/parquet$/, replacement: source("./src/export/parquet.ts") },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/consumer/**", "**/node_modules/**"],
    // Files and the tests inside them run in a new random order each run (Vitest prints the seed; replay
    // one with --sequence.seed=N), which proves no test depends on another having run first.
    sequence: { shuffle: { files: true, tests: true } },
    // Worker threads start faster than forked processes; no test changes the process (cwd, exit).
    pool: "threads",
    // Vitest's default leaves one core idle (cores - 1 workers): on a 2-core machine that is one worker.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: jsonReport ? ["default", "json"] : ["default"],
    ...(jsonReport ? { outputFile: { json: ".vitest-report.json" } } : {}),
  },
});
