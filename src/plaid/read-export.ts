// A CSV export folder (written by `scripts/export.ts`, or by hand) read back as a `PlaidSource`,
// with the CSV reader the loader uses. Every problem comes back as an `Issue`; none means the
// source is complete.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { readTableCsv } from "../csv/read.ts";
import type { Issue } from "../issues/issue.ts";
import { AccountSchema } from "../schemas/account.ts";
import { LiabilitySchema } from "../schemas/liability.ts";
import { RecurringStreamSchema } from "../schemas/recurring-stream.ts";
import { TransactionSchema } from "../schemas/transaction.ts";
import { UserSchema } from "../schemas/user.ts";
import type { TableSpec } from "../tables/columns.ts";
import {
  accountsTable,
  liabilitiesTable,
  recurringStreamsTable,
  transactionsTable,
  usersTable,
} from "../tables/tables.ts";
import { isIsoDate } from "../units/dates.ts";
import type { PlaidSource } from "./items.ts";

export interface ReadExportResult {
  source: PlaidSource | null;
  /** The dataset's seed from metadata.json, when there is one. */
  seed: number | null;
  issues: Issue[];
}

function readTable<R>(dir: string, spec: TableSpec<R>, schema: z.ZodType<R>, issues: Issue[]): R[] {
  const path = join(dir, spec.file);
  if (!existsSync(path)) {
    issues.push({ code: "csv_missing_file", path: [], message: "is missing", file: spec.file });
    return [];
  }
  const result = readTableCsv(spec, schema, spec.file, readFileSync(path));
  for (const p of result.problems) issues.push(p);
  return result.rows.map((r) => r.record);
}

/**
 * Read the tables the Plaid views need from an export folder. The window comes from
 * metadata.json's `date_range`, or else spans the transactions' dates.
 *
 * @example
 * const { source, issues } = readExportForPlaid("data");
 */
export function readExportForPlaid(dir: string): ReadExportResult {
  const issues: Issue[] = [];
  const users = readTable(dir, usersTable, UserSchema, issues);
  const accounts = readTable(dir, accountsTable, AccountSchema, issues);
  const transactions = readTable(dir, transactionsTable, TransactionSchema, issues);
  const liabilities = readTable(dir, liabilitiesTable, LiabilitySchema, issues);
  const recurringStreams = existsSync(join(dir, recurringStreamsTable.file))
    ? readTable(dir, recurringStreamsTable, RecurringStreamSchema, issues)
    : [];

  let window: { start: string; end: string } | null = null;
  let seed: number | null = null;
  const metaPath = join(dir, "metadata.json");
  if (existsSync(metaPath)) {
    try {
      const meta = JSON.parse(readFileSync(metaPath, "utf8")) as {
        date_range?: { start?: unknown; end?: unknown };
        seed?: unknown;
      };
      const start = meta.date_range?.start;
      const end = meta.date_range?.end;
      if (typeof start === "string" && typeof end === "string" && isIsoDate(start) && isIsoDate(end))
        window = { start, end };
      else
        issues.push({
          code: "metadata",
          path: ["date_range"],
          message: "expected {start, end} dates written YYYY-MM-DD",
          file: "metadata.json",
        });
      if (typeof meta.seed === "number") seed = meta.seed;
    } catch (error) {
      issues.push({
        code: "metadata",
        path: [],
        message: `is not valid JSON: ${(error as Error).message}`,
        file: "metadata.json",
      });
    }
  }
  if (window === null && transactions.length > 0) {
    let start = transactions[0]!.date;
    let end = start;
    for (const t of transactions) {
      if (t.date < start) start = t.date;
      if (t.date > end) end = t.date;
    }
    window = { start, end };
  }
  if (window === null)
    issues.push({
      code: "metadata",
      path: ["date_range"],
      message: "no date_range and no transactions to infer the window from",
      file: "metadata.json",
    });
  if (users.length === 0 && !issues.some((i) => i.file === usersTable.file))
    issues.push({ code: "csv_empty", path: [], message: "has no users", file: usersTable.file });
  if (issues.length > 0 || window === null) return { source: null, seed, issues };
  return {
    source: {
      users,
      accounts,
      transactions,
      liabilities,
      recurringStreams,
      meta: { options: { startDate: window.start, endDate: window.end } },
    },
    seed,
    issues,
  };
}
