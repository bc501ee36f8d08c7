import { defineConfig } from "vitest/config";

// The consumer smoke suite: slow (it packs and installs), so it runs on its own (`npm run test:consumer`,
// and in .ci/run), not in `npm test`.
const jsonReport = process.env.VITEST_JSON_REPORT === "1";

export default defineConfig({
  test: {
    include: ["test/consumer/**/*.test.ts"],
    testTimeout: 300_000,
    hookTimeout: 900_000,
    reporters: jsonReport ? ["default", "json"] : ["default"],
    ...(jsonReport ? { outputFile: { json: ".vitest-consumer-report.json" } } : {}),
  },
});
