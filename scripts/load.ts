// Load a dataset's CSV files into a SQLite database, all or nothing.
// Usage: npx tsx scripts/load.ts --dir data [--db file:./prisma/spendsense.db] [--help]
import { existsSync, statSync } from "node:fs";
import { z } from "zod";
import { consoleIo, type Io, runAsMain } from "../src/cli/io.ts";
import { parseFlags, UsageError, validateFlags } from "../src/cli/args.ts";
import { progressReporter } from "../src/cli/progress.ts";
import { CsvLoadError } from "../src/csv/problems.ts";
import { createPrismaClient } from "../src/db/client.ts";
import { databaseFile, databaseUrl } from "../src/db/database-url.ts";
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
  let flags: z.output<typeof LoadFlagsSchema>;
  try {
    const raw = parseFlags(argv, { dir: { type: "string" }, db: { type: "string" } });
    if (raw.help) {
      io.out(LOAD_USAGE);
      return 0;
    }
    flags = validateFlags(LoadFlagsSchema, raw);
    if (!existsSync(flags.dir) || !statSync(flags.dir).isDirectory()) throw new UsageError(`--dir ${flags.dir} is not a folder`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`load: ${error.message}\n\n${LOAD_USAGE}`);
      return 2;
    }
    throw error;
  }
  const url = flags.db ? (flags.db.startsWith("file:") ? flags.db : `file:${flags.db}`) : databaseUrl(env);
  const file = databaseFile(url);
  const started = performance.now();
  migrateDatabase(file);
  const prisma = createPrismaClient(url);
  const progress = progressReporter("loading", io.stderr);
  try {
    const { counts } = await loadCsv(prisma, flags.dir, { onProgress: (done, total) => progress.update(done, total) });
    progress.finish();
    const rows = Object.values(counts).reduce((a, b) => a + b, 0);
    const seconds = (performance.now() - started) / 1000;
    io.out(`Loaded ${rows} rows from ${flags.dir} into ${file} in ${seconds.toFixed(2)} s`);
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
