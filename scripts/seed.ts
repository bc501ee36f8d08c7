// Seed a SQLite database with a generated dataset (also run by `npx prisma db seed`).
// Usage: npx tsx scripts/seed.ts [--num-users 100] [--seed 42] [--start-date 2025-05-01]
//        [--end-date 2025-10-31] [--db file:./prisma/spendsense.db] [--reset] [--help]
import { existsSync, statSync } from "node:fs";
import { z } from "zod";
import { consoleIo, type Io, runAsMain } from "../src/cli/io.ts";
import { DATASET_FLAGS, DatasetFlagsSchema, flagNames, parseFlags, UsageError, validateFlags } from "../src/cli/args.ts";
import { progressReporter } from "../src/cli/progress.ts";
import type { Dataset } from "../src/dataset/build-dataset.ts";
import { forEachCustomer } from "../src/dataset/build-dataset.ts";
import { DatasetOptionsError, type DatasetOptions, parseDatasetOptions } from "../src/dataset/options.ts";
import { createPrismaClient } from "../src/db/client.ts";
import { databaseFile, databaseUrl } from "../src/db/database-url.ts";
import { migrateDatabase } from "../src/db/migrate.ts";
import { persistDataset } from "../src/db/persist.ts";
import { tableCounts } from "../src/db/stats.ts";

export const SEED_USAGE = `Usage: npx tsx scripts/seed.ts [options]

Generate a dataset and write it to a SQLite database (the schema is created if the file is new).

  --num-users N      users to generate (default 100)
  --seed N           random seed (default 42)
  --start-date DATE  first day of the window, YYYY-MM-DD (default 2025-05-01)
  --end-date DATE    last day of the window, YYYY-MM-DD (default 2025-10-31)
  --db URL|PATH      database (default: DATABASE_URL, else file:./prisma/spendsense.db)
  --reset            replace the rows already in the database
  --yes              confirm a --num-users over 1,000,000
  -h, --help         show this help`;

const SeedFlagsSchema = z.intersection(DatasetFlagsSchema, z.object({ db: z.string().min(1).optional(), reset: z.boolean().default(false) }));



/** Run the seed command; returns the exit status (0 done, 1 failed, 2 bad usage). */
export async function runSeed(argv: readonly string[], io: Io = consoleIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let flags: z.output<typeof SeedFlagsSchema>;
  try {
    const raw = parseFlags(argv, { ...DATASET_FLAGS, db: { type: "string" }, reset: { type: "boolean" } });
    if (raw.help) {
      io.out(SEED_USAGE);
      return 0;
    }
    flags = validateFlags(SeedFlagsSchema, raw);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`seed: ${error.message}\n\n${SEED_USAGE}`);
      return 2;
    }
    throw error;
  }

  let options: DatasetOptions;
  try {
    options = parseDatasetOptions({ users: flags["num-users"], seed: flags.seed, startDate: flags["start-date"], endDate: flags["end-date"] });
  } catch (error) {
    if (error instanceof DatasetOptionsError) {
      io.err(`seed: ${flagNames(error.message.replace(/^buildDataset: invalid option /, ""))}\n\n${SEED_USAGE}`);
      return 2;
    }
    throw error;
  }

  const started = performance.now();
  const url = flags.db ? (flags.db.startsWith("file:") ? flags.db : `file:${flags.db}`) : databaseUrl(env);
  let file: string;
  try {
    file = databaseFile(url);
  } catch (error) {
    io.err(`seed: ${(error as Error).message}`);
    return 2;
  }

  const created = !existsSync(file);
  migrateDatabase(file);
  const prisma = createPrismaClient(url);
  try {
    const before = await tableCounts(prisma);
    const existing = Object.values(before).reduce((a, b) => a + b, 0);
    if (existing > 0 && !flags.reset) {
      io.err(`seed: ${file} already holds ${before.users} users and ${before.transactions} transactions; nothing was changed. Rerun with --reset to replace them.`);
      return 1;
    }
    const data: Omit<Dataset, "meta"> = { users: [], accounts: [], transactions: [], liabilities: [], recurringStreams: [], lifeEvents: [] };
    const generating = progressReporter("generating", io.stderr);
    try {
      forEachCustomer(options, (c, index) => {
        data.users.push(c.user);
        data.accounts.push(...c.accounts);
        data.transactions.push(...c.transactions);
        data.liabilities.push(...c.liabilities);
        data.recurringStreams.push(...c.recurringStreams);
        data.lifeEvents.push(...c.lifeEvents);
        if (index % 50 === 0 || index === options.users) generating.update(index, options.users);
      });
    } finally {
      generating.finish();
    }
    const writing = progressReporter("writing", io.stderr);
    await persistDataset(prisma, data, { replace: flags.reset, onProgress: (done, total) => writing.update(done, total) });
    writing.finish();
    const after = await tableCounts(prisma);
    const seconds = (performance.now() - started) / 1000;
    io.out(`Seeded ${file}${created ? " (new database)" : flags.reset && existing > 0 ? " (replaced existing rows)" : ""}`);
    for (const [table, count] of Object.entries(after)) io.out(`  ${table.padEnd(18)} ${String(count).padStart(9)}`);
    io.out(`  time               ${seconds.toFixed(2).padStart(8)} s`);
    io.out(`  database size      ${(statSync(file).size / 1_048_576).toFixed(2).padStart(8)} MB`);
    return 0;
  } finally {
    await prisma.$disconnect();
  }
}

runAsMain(import.meta.url, "seed", (argv) => runSeed(argv));
