import { defineConfig } from "vitest/config";

// `.ci/run` sets VITEST_JSON_REPORT so that it can print its `N passed, N failed` line from
// Vitest's own JSON report; local runs keep the default reporter only.
const jsonReport = process.env.VITEST_JSON_REPORT === "1";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: jsonReport ? ["default", "json"] : ["default"],
    ...(jsonReport ? { outputFile: { json: ".vitest-report.json" } } : {}),
  },
});
