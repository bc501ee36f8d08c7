// Seed a SQLite database with a generated dataset (also run by `npx prisma db seed`).
// Usage: npx tsx scripts/seed.ts [--num-users 100] [--seed 42] [--start-date 2025-05-01]
//        [--end-date 2025-10-31] [--db file:./prisma/spendsense.db] [--reset] [--help]
import { statSync } from "node:fs";
import { z } from "zod";
import { consoleIo, type Io, runAsMain } from "../src/cli/io.ts";
import { DATASET_FLAGS, datasetFlagsHelp } from "../src/cli/args.ts";
import { databaseOf, parseCommand } from "../src/cli/command.ts";
import { progressReporter } from "../src/cli/progress.ts";
import { buildDataset, type Dataset } from "../src/dataset/build-dataset.ts";
import { createPrismaClient } from "../src/db/client.ts";
import { migrateDatabase } from "../src/db/migrate.ts";
import { countRows, DatabaseNotEmptyError, persistDataset } from "../src/db/persist.ts";
import { tableCounts } from "../src/db/stats.ts";
import { redactUrl } from "../src/db/redact-url.ts";
import { isPostgresUrl } from "../src/db/target.ts";

export const SEED_USAGE = `Usage: npx tsx scripts/seed.ts [options]

Generate a dataset and write it to a SQLite database (the schema is created if the file is new),
or with --db postgresql://... to PostgreSQL through COPY in one transaction (an empty schema is
migrated first; \`?schema=NAME\` picks the schema and creates it when missing).

${datasetFlagsHelp(18)}
  --db URL|PATH      database: a SQLite path or file: URL, or postgresql://user@host:port/db
                     (default: DATABASE_URL, else file:./prisma/spendsense.db)
  --reset            replace the rows already in the database
  --yes              confirm a --num-users over 1,000,000
  -h, --help         show this help`;

const SeedFlagsSchema = z.object({ db: z.string().min(1).optional(), reset: z.boolean().default(false) });

function refusal(file: string, counts: Record<string, number>): string {
  return `seed: ${file} already holds ${counts.users ?? 0} users and ${counts.transactions ?? 0} transactions; nothing was changed. Rerun with --reset to replace them.`;
}

/** Run the seed command; returns the exit status (0 done, 1 failed, 2 bad usage). */
export async function runSeed(
  argv: readonly string[],
  io: Io = consoleIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const parsed = parseCommand(argv, io, {
    name: "seed",
    usage: SEED_USAGE,
    flags: { ...DATASET_FLAGS, db: { type: "string" }, reset: { type: "boolean" } },
    schema: SeedFlagsSchema,
    dataset: true,
    prepare: (flags, options) => ({
      options: options as NonNullable<typeof options>,
      reset: flags.reset,
      ...(isPostgresUrl(flags.db ?? env.DATABASE_URL)
        ? { url: (flags.db ?? env.DATABASE_URL) as string, file: "", exists: true, postgres: true }
        : { ...databaseOf(flags.db, env), postgres: false }),
    }),
  });
  if ("exit" in parsed) return parsed.exit;
  if (parsed.value.postgres) return seedPostgres(parsed.value.url, parsed.value.options, parsed.value.reset, io);
  const { options, reset, url, file, exists } = parsed.value;

  const started = performance.now();
  // An existing database is checked before generating (a quick refusal); the check that counts is
  // repeated inside the write transaction, under the write lock, where no other writer can race it.
  if (exists && !reset) {
    migrateDatabase(file);
    const before = countRows(file);
    if (Object.values(before).some((n) => n > 0)) {
      io.err(refusal(file, before));
      return 1;
    }
  }
  // Generate before creating anything: a failure leaves no new file behind.
  const generating = progressReporter("generating", io.stderr);
  let data: Dataset;
  try {
    data = buildDataset(options, {
      onCustomer: (index, total) => {
        if (index % 50 === 0 || index === total) generating.update(index, total);
      },
    });
  } finally {
    generating.finish();
  }
  migrateDatabase(file);
  const prisma = createPrismaClient(url);
  try {
    const writing = progressReporter("writing", io.stderr);
    try {
      await persistDataset(prisma, data, {
        replace: reset,
        requireEmpty: !reset,
        onProgress: (done, total) => writing.update(done, total),
      });
    } catch (error) {
      writing.finish();
      if (error instanceof DatabaseNotEmptyError) {
        io.err(refusal(file, error.counts));
        return 1;
      }
      throw error;
    }
    writing.finish();
    const after = await tableCounts(prisma);
    const seconds = (performance.now() - started) / 1000;
    io.out(`Seeded ${file}${!exists ? " (new database)" : reset ? " (replaced existing rows)" : ""}`);
    for (const [table, count] of Object.entries(after)) io.out(`  ${table.padEnd(18)} ${String(count).padStart(9)}`);
    io.out(`  time               ${seconds.toFixed(2).padStart(8)} s`);
    io.out(`  database size      ${(statSync(file).size / 1_048_576).toFixed(2).padStart(8)} MB`);
    io.summary?.({
      database: file,
      created: !exists,
      replaced: reset,
      rows: after,
      seconds: Math.round(seconds * 1000) / 1000,
      bytes: statSync(file).size,
    });
    return 0;
  } finally {
    await prisma.$disconnect();
  }
}

/** Seed PostgreSQL: generate, then COPY every table in one transaction (replace with --reset). */
async function seedPostgres(
  url: string,
  options: Parameters<typeof buildDataset>[0],
  reset: boolean,
  io: Io,
): Promise<number> {
  const { persistDatasetPostgres, PostgresLoadError } = await import("../src/db/postgres/load.ts");
  const started = performance.now();
  const generating = progressReporter("generating", io.stderr);
  let data: Dataset;
  try {
    data = buildDataset(options, {
      onCustomer: (index, total) => {
        if (index % 50 === 0 || index === total) generating.update(index, total);
      },
    });
  } finally {
    generating.finish();
  }
  const where = redactUrl(url);
  try {
    const result = await persistDatasetPostgres(url, data, reset ? { replace: true } : {});
    const seconds = (performance.now() - started) / 1000;
    io.out(
      `Seeded ${where}${result.migrated.length > 0 ? " (new schema)" : result.replaced ? " (replaced existing rows)" : ""}`,
    );
    for (const [table, count] of Object.entries(result.counts))
      io.out(`  ${table.padEnd(18)} ${String(count).padStart(9)}`);
    io.out(`  time               ${seconds.toFixed(2).padStart(8)} s`);
    io.summary?.({
      database: where,
      created: result.migrated.length > 0,
      replaced: result.replaced,
      rows: result.counts,
      seconds: Math.round(seconds * 1000) / 1000,
    });
    return 0;
  } catch (error) {
    if (error instanceof PostgresLoadError) {
      io.err(`seed: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

runAsMain(import.meta.url, "seed", (argv) => runSeed(argv));
