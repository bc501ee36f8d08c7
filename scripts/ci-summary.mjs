// Prints CI's closing line, `N passed, N failed`, from Vitest's JSON report.
// A test file that failed to load has no failing test of its own, so it counts as one failure.
// Exits 1 when the report is missing or records a failure.
import { readFileSync } from "node:fs";

const path = process.argv[2] ?? ".vitest-report.json";
let report;
try {
  report = JSON.parse(readFileSync(path, "utf8"));
} catch (error) {
  console.error(`ci-summary: no Vitest JSON report at ${path} (${error.message}); the test step did not run to the end.`);
  process.exit(1);
}
const passed = report.numPassedTests ?? 0;
const brokenFiles = (report.testResults ?? []).filter(
  (file) => file.status === "failed" && (file.assertionResults ?? []).every((t) => t.status !== "failed"),
).length;
const failed = (report.numFailedTests ?? 0) + brokenFiles;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || report.success === false ? 1 : 0);
