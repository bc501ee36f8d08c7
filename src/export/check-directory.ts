// Re-checking a folder of CSV files (possibly edited by hand, or made by another tool) with the
// same quality report as the export.
import { hashFile } from "./file-hash.ts";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { z } from "zod";
import { METADATA_FILE, parseMetadataFile } from "../csv/metadata-file.ts";
import { csvProblem, readTableCsv } from "../csv/read.ts";
import { formatIssue, IssueCollector } from "../issues/issue.ts";
import { forEachCustomer } from "../dataset/build-dataset.ts";
import type { Customer } from "../dataset/customer.ts";
import { AccountSchema } from "../schemas/account.ts";
import { LiabilitySchema } from "../schemas/liability.ts";
import { LifeEventSchema } from "../schemas/life-event.ts";
import { RecurringStreamSchema } from "../schemas/recurring-stream.ts";
import { TransactionSchema } from "../schemas/transaction.ts";
import { UserSchema } from "../schemas/user.ts";
import type { TableSpec } from "../tables/columns.ts";
import {
  accountsTable,
  liabilitiesTable,
  lifeEventsTable,
  recurringStreamsTable,
  transactionsTable,
  usersTable,
} from "../tables/tables.ts";
import { type ExternalMeasurements, QualityAccumulator } from "../quality/checks.ts";
import { buildReport, type QualityReport } from "../quality/report.ts";
import { CsvSink } from "./csv-files.ts";
import { AUTO_LOAD_MAX_USERS, measureLoad, NO_DATABASE_PACKAGES } from "./export-dataset.ts";
import type { ExportMetadata } from "./metadata.ts";
import { groupBy } from "../units/collections.ts";

export interface CheckDirectoryInput {
  dir: string;
  /** Overrides the window from metadata.json (default 2025-05-01 to 2025-10-31 when there is none). */
  startDate?: string;
  endDate?: string;
  /** Load into this database file for AC-7/AC-8 (otherwise a temporary one when small enough). */
  databaseFile?: string | null;
  generatedAt: string;
}

function read<R>(dir: string, spec: TableSpec<R>, schema: z.ZodType<R>, problems: IssueCollector): R[] {
  const path = join(dir, spec.file);
  if (!existsSync(path)) {
    problems.add(csvProblem("csv_missing_file", spec.file, null, null, "is missing"));
    return [];
  }
  if (!statSync(path).isFile()) {
    problems.add(csvProblem("csv_not_a_file", spec.file, null, null, "is not a file (a folder?)"));
    return [];
  }
  const result = readTableCsv(spec, schema, spec.file, readFileSync(path));
  problems.addAll(result.problems);
  return result.rows.map((r) => r.record);
}

export async function checkDirectory(input: CheckDirectoryInput): Promise<QualityReport> {
  const { dir } = input;
  const metaPath = join(dir, METADATA_FILE);
  // Problems are collected one at a time (a folder may have hundreds of thousands), all counted.
  const problems = new IssueCollector(1_000);
  let meta: Partial<ExportMetadata> | null = null;
  if (existsSync(metaPath)) {
    const parsed = statSync(metaPath).isFile()
      ? parseMetadataFile(readFileSync(metaPath, "utf8"))
      : { problems: [csvProblem("metadata_not_a_file", METADATA_FILE, null, null, "is not a file")] };
    if ("problems" in parsed) problems.addAll(parsed.problems);
    else meta = parsed.metadata;
  }
  const users = read(dir, usersTable, UserSchema, problems);
  const byUser = {
    accounts: groupBy(read(dir, accountsTable, AccountSchema, problems), (a) => a.user_id),
    transactions: groupBy(read(dir, transactionsTable, TransactionSchema, problems), (t) => t.user_id),
    liabilities: groupBy(read(dir, liabilitiesTable, LiabilitySchema, problems), (l) => l.user_id),
    streams: groupBy(
      existsSync(join(dir, recurringStreamsTable.file))
        ? read(dir, recurringStreamsTable, RecurringStreamSchema, problems)
        : [],
      (s) => s.user_id,
    ),
    events: groupBy(
      existsSync(join(dir, lifeEventsTable.file)) ? read(dir, lifeEventsTable, LifeEventSchema, problems) : [],
      (e) => e.user_id,
    ),
  };
  const startDate = input.startDate ?? meta?.date_range?.start ?? "2025-05-01";
  const endDate = input.endDate ?? meta?.date_range?.end ?? "2025-10-31";
  const requested = typeof meta?.num_users === "number" ? meta.num_users : users.length;
  const quality = new QualityAccumulator({
    requestedUsers: requested,
    startDate,
    endDate,
    profile: typeof meta?.profile === "string" ? meta.profile : "default",
  });
  for (const user of users) {
    const customer: Customer = {
      user,
      accounts: byUser.accounts.get(user.user_id) ?? [],
      transactions: (byUser.transactions.get(user.user_id) ?? []).sort((a, b) =>
        a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
      ),
      liabilities: byUser.liabilities.get(user.user_id) ?? [],
      recurringStreams: byUser.streams.get(user.user_id) ?? [],
      lifeEvents: byUser.events.get(user.user_id) ?? [],
    };
    quality.add(customer);
  }

  const external: ExternalMeasurements = {
    loadProblems: null,
    databaseBytes: null,
    generationSeconds: typeof meta?.generation_seconds === "number" ? meta.generation_seconds : null,
    reproducible: null,
    skipped: { "AC-9": "metadata.json records no generation time" },
    unreadableRows: { count: problems.count, examples: problems.kept.slice(0, 5).map(formatIssue) },
  };

  // AC-10: regenerate from the recorded options and compare with the files as they are.
  if (
    meta?.generator === "spendsense-fixtures" &&
    typeof meta.seed === "number" &&
    typeof meta.num_users === "number" &&
    meta.date_range
  ) {
    if (meta.num_users <= AUTO_LOAD_MAX_USERS) {
      const sink = new CsvSink(null);
      const profile = meta.profile ?? "default";
      forEachCustomer(
        {
          users: meta.num_users,
          seed: meta.seed,
          startDate: meta.date_range.start,
          endDate: meta.date_range.end,
          profile,
        },
        (c) => sink.add(c),
      );
      const regenerated = sink.finish();
      const differing = Object.keys(regenerated).filter((name) => {
        const path = join(dir, name);
        return !existsSync(path) || hashFile(path).sha256 !== regenerated[name]?.sha256;
      });
      external.reproducible = {
        identical: differing.length === 0,
        detail:
          differing.length === 0
            ? "regenerated from metadata.json: every CSV file byte-identical"
            : `regenerated from metadata.json: ${differing.join(", ")} differ`,
      };
    } else external.skipped = { ...external.skipped, "AC-10": `over ${AUTO_LOAD_MAX_USERS} users` };
  } else external.skipped = { ...external.skipped, "AC-10": "no spendsense-fixtures metadata.json to regenerate from" };

  // AC-7 / AC-8.
  if (input.databaseFile || users.length <= AUTO_LOAD_MAX_USERS) {
    const tempDir = input.databaseFile ? null : mkdtempSync(join(tmpdir(), "spendsense-quality-db-"));
    try {
      const loaded = await measureLoad(dir, input.databaseFile ?? join(tempDir as string, "check.db"));
      if (loaded) {
        external.loadProblems = loaded.problems;
        external.databaseBytes = loaded.bytes;
      } else external.skipped = { ...external.skipped, "AC-7": NO_DATABASE_PACKAGES, "AC-8": NO_DATABASE_PACKAGES };
    } finally {
      if (tempDir) rmSync(tempDir, { recursive: true, force: true });
    }
  } else
    external.skipped = {
      ...external.skipped,
      "AC-7": `over ${AUTO_LOAD_MAX_USERS} users: pass --db`,
      "AC-8": `over ${AUTO_LOAD_MAX_USERS} users: pass --db`,
    };

  return buildReport({
    generated_at: input.generatedAt,
    dataset: {
      num_users: users.length,
      seed: typeof meta?.seed === "number" ? meta.seed : null,
      start_date: startDate,
      end_date: endDate,
      source: `files in ${dir}`,
    },
    checks: quality.checks(external),
    charts: quality.charts(),
  });
}
