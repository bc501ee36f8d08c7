// Writing a dataset's CSV files into a temporary folder for loader tests.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Dataset } from "spendsense-fixtures";
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

/** A new temporary folder holding the dataset's six CSV files. */
export function writeCsvDir(data: Omit<Dataset, "meta">): string {
  const dir = mkdtempSync(join(tmpdir(), "spendsense-csv-"));
  const records = recordsByTable(data);
  for (const spec of TABLES)
    writeFileSync(join(dir, spec.file), toCsv(spec as never, (records[spec.table] ?? []) as never[]));
  return dir;
}
