// Writing a dataset's CSV files into a temporary folder for loader tests.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Dataset } from "spendsense-fixtures";
import { afterAll } from "vitest";
import { TABLES } from "../../src/tables/tables.ts";
import { toCsv } from "../../src/csv/write.ts";

export function recordsByTable(data: Omit<Dataset, "meta">): Record<string, readonly unknown[]> {
  return {
    users: data.users,
    accounts: data.accounts,
    transactions: data.transactions,
    liabilities: data.liabilities,
    recurring_streams: data.recurringStreams,
    life_events: data.lifeEvents,
  };
}

/** The folders writeCsvDir made in this test file, removed after its tests. */
const written: string[] = [];
afterAll(() => {
  for (const dir of written.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new temporary folder holding the dataset's six CSV files (removed after the test file's tests). */
export function writeCsvDir(data: Omit<Dataset, "meta">): string {
  const dir = mkdtempSync(join(tmpdir(), "spendsense-csv-"));
  written.push(dir);
  const records = recordsByTable(data);
  for (const spec of TABLES)
    writeFileSync(join(dir, spec.file), toCsv(spec as never, (records[spec.table] ?? []) as never[]));
  return dir;
}
