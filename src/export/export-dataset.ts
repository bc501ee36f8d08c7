// The export pipeline: generate customer by customer into CSV files (bounded memory), check every
// customer, measure what needs I/O (a second run's hashes, loading into SQLite, the database size,
// the time), write metadata and the quality reports, then publish the folder atomically.
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AGE_BRACKETS, INCOME_TIERS, REGIONS } from "../data/demographics.ts";
import { forEachCustomer, PACKAGE_VERSION } from "../dataset/build-dataset.ts";
import type { DatasetOptions } from "../dataset/options.ts";
import { CsvLoadError } from "../csv/problems.ts";
import { formatIssue } from "../issues/issue.ts";
import { type Check, type ExternalMeasurements, QualityAccumulator } from "../quality/checks.ts";
import { renderHtml } from "../quality/html.ts";
import { buildReport, type QualityReport, renderMarkdown } from "../quality/report.ts";
import { publish, publishFaultHook, stagingDir } from "./atomic-dir.ts";
import { CsvSink, type FileSummary } from "./csv-files.ts";
import { buildMetadata, type ExportMetadata, generationTimestamp } from "./metadata.ts";

/** Above this many users the export measures AC-7/AC-8 only with an explicit `--db`. */
export const AUTO_LOAD_MAX_USERS = 1_000;
/** AC-10 regenerates this many users and compares the files' bytes up to them (all users when fewer). */
export const REPRODUCIBILITY_USERS = 1_000;

export interface ExportInput {
  options: DatasetOptions;
  outputDir: string;
  /** Also load into this database file (AC-7, AC-8); otherwise a temporary one when small enough. */
  databaseFile?: string | null;
  env?: NodeJS.ProcessEnv;
  /** The wall clock in ms (the timestamp when SOURCE_DATE_EPOCH is unset); only scripts read the clock. */
  now: () => number;
  onProgress?: (stage: string, done: number, total: number) => void;
}

export interface ExportResult {
  outputDir: string;
  metadata: ExportMetadata;
  report: QualityReport;
  files: Record<string, FileSummary & { path: string }>;
  seconds: number;
}

export const TARGETS = {
  age: Object.fromEntries(AGE_BRACKETS.map((b) => [b.name, b.share])),
  income: Object.fromEntries(INCOME_TIERS.map((t) => [t.name, t.share])),
  region: Object.fromEntries(REGIONS.map((r) => [r.name, r.share])),
};

/** Write quality_report.json, .md and .html into a folder. */
export function writeReports(dir: string, report: QualityReport): void {
  writeFileSync(join(dir, "quality_report.json"), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(dir, "quality_report.md"), renderMarkdown(report));
  writeFileSync(join(dir, "quality_report.html"), renderHtml(report, TARGETS));
}

/** The optional packages the SQLite measurements (AC-7, AC-8) need, which a unit-test-only install lacks. */
const DATABASE_PEERS = ["better-sqlite3", "@prisma/client", "@prisma/adapter-better-sqlite3"];

/** The database layer, loaded only when a measurement needs it; null when its optional packages are not installed. */
async function databaseLayer() {
  try {
    const [{ checkCsvDir, writeCheckedCsv }, { migrateDatabase }, { createPrismaClient }] = await Promise.all([
      import("../db/load-csv.ts"),
      import("../db/migrate.ts"),
      import("../db/client.ts"),
    ]);
    return { checkCsvDir, writeCheckedCsv, migrateDatabase, createPrismaClient };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ERR_MODULE_NOT_FOUND" && DATABASE_PEERS.some((p) => (error as Error).message.includes(`'${p}`)))
      return null;
    throw error;
  }
}

/** Why AC-7 and AC-8 are skipped when the database packages are missing. */
export const NO_DATABASE_PACKAGES = `needs the optional packages ${DATABASE_PEERS.join(", ")} (npm install better-sqlite3@11 @prisma/client@6.19.3 @prisma/adapter-better-sqlite3@6.19.3)`;

/**
 * Load the CSV folder into a database file through the loader; the problems found (empty when it
 * loaded), or null when the database packages are not installed. The files are checked before the
 * database is touched, so a refused load into a new path creates no file.
 */
export async function measureLoad(csvDir: string, file: string): Promise<{ problems: string[]; bytes: number } | null> {
  // A PostgreSQL URL or a SQLite file: the one dispatch in src/db (`loadInto`).
  const { isPostgresUrl, loadInto } = await import("../db/target.ts");
  if (!isPostgresUrl(file) && !(await databaseLayer())) return null;
  const size = () => (!isPostgresUrl(file) && existsSync(file) ? statSync(file).size : 0);
  try {
    return { problems: [], bytes: (await loadInto(file, csvDir)).bytes };
  } catch (error) {
    if (error instanceof CsvLoadError) return { problems: error.problems.map(formatIssue), bytes: size() };
    return { problems: [(error as Error).message], bytes: size() };
  }
}

export async function exportDataset(input: ExportInput): Promise<ExportResult> {
  const { options } = input;
  const env = input.env ?? process.env;
  const progress = input.onProgress ?? (() => {});
  const started = performance.now();
  const staging = stagingDir(input.outputDir);
  try {
    const quality = new QualityAccumulator({
      requestedUsers: options.users,
      startDate: options.startDate,
      endDate: options.endDate,
      profile: options.profile,
    });
    const sink = new CsvSink(staging);
    // Customer k depends only on the seed and k, so the first users' bytes can be checked alone.
    const checkedUsers = Math.min(options.users, REPRODUCIBILITY_USERS);
    let prefix: Record<string, string> = {};
    forEachCustomer(options, (customer, index) => {
      sink.add(customer);
      quality.add(customer);
      if (index === checkedUsers) prefix = sink.prefixHashes();
      if (index % 100 === 0 || index === options.users) progress("generating", index, options.users);
    });
    const files = sink.finish();
    const generationSeconds = (performance.now() - started) / 1000;

    // AC-10: a second run with the same options (of the first users, for large datasets), hashed only.
    const again = new CsvSink(null);
    forEachCustomer({ ...options, users: checkedUsers }, (customer, index) => {
      again.add(customer);
      if (index % 100 === 0 || index === checkedUsers) progress("re-generating (AC-10)", index, checkedUsers);
    });
    const second = again.prefixHashes();
    again.finish();
    const differing = Object.keys(prefix).filter((name) => prefix[name] !== second[name]);
    const scope =
      checkedUsers === options.users
        ? `all ${Object.keys(files).length} CSV files`
        : `all ${Object.keys(files).length} CSV files up to user ${checkedUsers} of ${options.users}`;

    const external: ExternalMeasurements = {
      loadProblems: null,
      databaseBytes: null,
      generationSeconds,
      reproducible: {
        identical: differing.length === 0,
        detail:
          differing.length === 0
            ? `second run: ${scope} byte-identical (SHA-256)`
            : `second run differs in ${differing.join(", ")}`,
      },
      skipped: {},
    };

    // AC-7 / AC-8: load through the loader.
    const useTemp = !input.databaseFile && options.users <= AUTO_LOAD_MAX_USERS;
    if (input.databaseFile || useTemp) {
      progress("loading into SQLite (AC-7)", 0, 1);
      const tempDir = useTemp ? mkdtempSync(join(tmpdir(), "spendsense-export-db-")) : null;
      try {
        const file = input.databaseFile ?? join(tempDir as string, "check.db");
        const loaded = await measureLoad(staging, file);
        if (loaded) {
          external.loadProblems = loaded.problems;
          external.databaseBytes = loaded.bytes;
        } else external.skipped = { "AC-7": NO_DATABASE_PACKAGES, "AC-8": NO_DATABASE_PACKAGES };
      } finally {
        if (tempDir) rmSync(tempDir, { recursive: true, force: true });
      }
      progress("loading into SQLite (AC-7)", 1, 1);
    } else {
      const reason = `over ${AUTO_LOAD_MAX_USERS} users: pass --db to load and measure`;
      external.skipped = { "AC-7": reason, "AC-8": reason };
    }

    const generatedAt = generationTimestamp(env, input.now());
    const reproducibleBuild = env.SOURCE_DATE_EPOCH !== undefined && env.SOURCE_DATE_EPOCH !== "";
    const metadata = buildMetadata(
      options,
      files,
      PACKAGE_VERSION,
      generatedAt,
      reproducibleBuild ? null : generationSeconds,
    );
    writeFileSync(join(staging, "metadata.json"), `${JSON.stringify(metadata, null, 2)}\n`);

    // Under SOURCE_DATE_EPOCH the folder must be reproducible byte for byte: AC-9 keeps its verdict
    // but not the measured time, which differs on every run (the command still prints it).
    const checks: Check[] = quality.checks(external).map((c) =>
      reproducibleBuild && c.id === "AC-9"
        ? {
            ...c,
            measured: `${c.status === "pass" ? "under" : "over"} ${c.threshold.replace(/^[<>]\s*/, "")} (time left out: SOURCE_DATE_EPOCH is set)`,
          }
        : c,
    );
    const report = buildReport({
      generated_at: generatedAt,
      dataset: {
        num_users: options.users,
        seed: options.seed,
        start_date: options.startDate,
        end_date: options.endDate,
        source: "generated by scripts/export.ts",
      },
      checks,
      charts: quality.charts(),
    });
    writeReports(staging, report);

    publish(staging, input.outputDir, publishFaultHook(env));
    const out = Object.fromEntries(
      Object.entries(files).map(([name, f]) => [name, { ...f, path: join(input.outputDir, name) }]),
    );
    return { outputDir: input.outputDir, metadata, report, files: out, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}
