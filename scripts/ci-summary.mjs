// Prints CI's closing line, `N passed, N failed`, from Vitest's JSON reports (the unit suite's and the
// consumer smoke suite's, added up). A test file that failed to load has no failing test of its own, so it
// counts as one failure. Exits 1 when a report is missing or records a failure.
import { readFileSync } from "node:fs";

const paths = process.argv.length > 2 ? process.argv.slice(2) : [".vitest-report.json"];
let passed = 0;
let failed = 0;
let ok = true;
for (const path of paths) {
  let report;
  try {
    report = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    console.error(
      `ci-summary: no Vitest JSON report at ${path} (${error.message}); that test step did not run to the end.`,
    );
    ok = false;
    failed += 1;
    continue;
  }
  passed += report.numPassedTests ?? 0;
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === "failed" && (file.assertionResults ?? []).every((t) => t.status !== "failed"),
  ).length;
  failed += (report.numFailedTests ?? 0) + brokenFiles;
  if (report.success === false) ok = false;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || !ok ? 1 : 0);
