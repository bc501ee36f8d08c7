// Load a dataset's CSV files into a SQLite database, all or nothing.
// Usage: npx tsx scripts/load.ts --dir data [--db file:./prisma/spendsense.db] [--help]
import { existsSync, statSync } from "node:fs";
import { z } from "zod";
import { consoleIo, type Io, runAsMain } from "../src/cli/io.ts";
import { UsageError } from "../src/cli/args.ts";
import { databaseOf, parseCommand } from "../src/cli/command.ts";
import { progressReporter } from "../src/cli/progress.ts";
import { CsvLoadError } from "../src/csv/problems.ts";
import { createPrismaClient } from "../src/db/client.ts";
import { loadCsv } from "../src/db/load-csv.ts";
import { migrateDatabase } from "../src/db/migrate.ts";

export const LOAD_USAGE = `Usage: npx tsx scripts/load.ts [options]

Validate a dataset's CSV files and load them into a SQLite database in one transaction.
Any problem (listed with file, line and column) means nothing is written.

  --dir DIR       folder with synthetic_*.csv (default data)
  --db URL|PATH   database (default: DATABASE_URL, else file:./prisma/spendsense.db)
  -h, --help      show this help`;

const LoadFlagsSchema = z.object({ dir: z.string().min(1).default("data"), db: z.string().min(1).optional() });


/** Run the load command; returns the exit status (0 loaded, 1 rejected, 2 bad usage). */
export async function runLoad(argv: readonly string[], io: Io = consoleIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const parsed = parseCommand(argv, io, {
    name: "load",
    usage: LOAD_USAGE,
    flags: { dir: { type: "string" }, db: { type: "string" } },
    schema: LoadFlagsSchema,
    prepare: (flags) => {
      if (!existsSync(flags.dir) || !statSync(flags.dir).isDirectory()) throw new UsageError(`--dir ${flags.dir} is not a folder`);
      return { dir: flags.dir, ...databaseOf(flags.db, env) };
    },
  });
  if ("exit" in parsed) return parsed.exit;
  const { dir, url, file } = parsed.value;
  const started = performance.now();
  migrateDatabase(file);
  const prisma = createPrismaClient(url);
  const progress = progressReporter("loading", io.stderr);
  try {
    const { counts } = await loadCsv(prisma, dir, { onProgress: (done, total) => progress.update(done, total) });
    progress.finish();
    const rows = Object.values(counts).reduce((a, b) => a + b, 0);
    const seconds = (performance.now() - started) / 1000;
    io.out(`Loaded ${rows} rows from ${dir} into ${file} in ${seconds.toFixed(2)} s`);
    for (const [table, count] of Object.entries(counts)) io.out(`  ${table.padEnd(18)} ${String(count).padStart(9)}`);
    return 0;
  } catch (error) {
    progress.finish();
    if (error instanceof CsvLoadError) {
      io.err(`load: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await prisma.$disconnect();
  }
}

runAsMain(import.meta.url, "load", (argv) => runLoad(argv));
