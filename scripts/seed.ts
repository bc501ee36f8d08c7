// Seed a SQLite database with a generated dataset (also run by `npx prisma db seed`).
// Usage: npx tsx scripts/seed.ts [--num-users 100] [--seed 42] [--start-date 2025-05-01]
//        [--end-date 2025-10-31] [--db file:./prisma/spendsense.db] [--reset] [--help]
import { existsSync, statSync } from "node:fs";
import { z } from "zod";
import { consoleIo, type Io, runAsMain } from "../src/cli/io.ts";
import { DATASET_FLAGS, DatasetFlagsSchema } from "../src/cli/args.ts";
import { databaseOf, datasetOptionsOf, parseCommand } from "../src/cli/command.ts";
import { progressReporter } from "../src/cli/progress.ts";
import type { Dataset } from "../src/dataset/build-dataset.ts";
import { forEachCustomer } from "../src/dataset/build-dataset.ts";
import { createPrismaClient } from "../src/db/client.ts";
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
  const parsed = parseCommand(argv, io, {
    name: "seed",
    usage: SEED_USAGE,
    flags: { ...DATASET_FLAGS, db: { type: "string" }, reset: { type: "boolean" } },
    schema: SeedFlagsSchema,
    prepare: (flags) => ({ options: datasetOptionsOf(flags), reset: flags.reset, ...databaseOf(flags.db, env) }),
  });
  if ("exit" in parsed) return parsed.exit;
  const { options, reset, url, file } = parsed.value;

  const started = performance.now();
  const created = !existsSync(file);
  migrateDatabase(file);
  const prisma = createPrismaClient(url);
  try {
    const before = await tableCounts(prisma);
    const existing = Object.values(before).reduce((a, b) => a + b, 0);
    if (existing > 0 && !reset) {
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
    await persistDataset(prisma, data, { replace: reset, onProgress: (done, total) => writing.update(done, total) });
    writing.finish();
    const after = await tableCounts(prisma);
    const seconds = (performance.now() - started) / 1000;
    io.out(`Seeded ${file}${created ? " (new database)" : reset && existing > 0 ? " (replaced existing rows)" : ""}`);
    for (const [table, count] of Object.entries(after)) io.out(`  ${table.padEnd(18)} ${String(count).padStart(9)}`);
    io.out(`  time               ${seconds.toFixed(2).padStart(8)} s`);
    io.out(`  database size      ${(statSync(file).size / 1_048_576).toFixed(2).padStart(8)} MB`);
    return 0;
  } finally {
    await prisma.$disconnect();
  }
}

runAsMain(import.meta.url, "seed", (argv) => runSeed(argv));
