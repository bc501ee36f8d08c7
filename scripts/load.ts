// Load a dataset's CSV files into a SQLite database (or PostgreSQL), all or nothing.
// Usage: npx tsx scripts/load.ts --dir data [--db file:./prisma/spendsense.db | postgresql://...] [--help]
import { z } from "zod";
import { consoleIo, type Io, runAsMain } from "../src/cli/io.ts";
import { databaseOf, existingFolder, parseCommand } from "../src/cli/command.ts";
import { progressReporter } from "../src/cli/progress.ts";
import { CsvLoadError } from "../src/csv/problems.ts";
import { redactUrl } from "../src/db/redact-url.ts";
import { isPostgresUrl, loadInto } from "../src/db/target.ts";
import { formatIssueList } from "../src/issues/issue.ts";

export const LOAD_USAGE = `Usage: npx tsx scripts/load.ts [options]

Validate a dataset's CSV files and load them into a SQLite database in one transaction
(streamed: memory stays bounded). Any problem (listed with file, line and column) means nothing
is written. With --db postgresql://... the files are loaded into PostgreSQL through COPY, in one
transaction, into an empty schema (\`?schema=NAME\` picks one; it is created when missing).

  --dir DIR              folder with synthetic_*.csv (default data)
  --db URL|PATH          database: a SQLite path or file: URL, or postgresql://user@host:port/db
                         (default: DATABASE_URL, else file:./prisma/spendsense.db)
  --allow-inconsistent   load data that fails the integrity checks or metadata.json's SHA-256s,
                         and list those problems as warnings (other problems still refuse it)
  -h, --help             show this help`;

const LoadFlagsSchema = z.object({
  dir: z.string().min(1).default("data"),
  db: z.string().min(1).optional(),
  "allow-inconsistent": z.boolean().default(false),
});

/** Run the load command; returns the exit status (0 loaded, 1 rejected, 2 bad usage). */
export async function runLoad(
  argv: readonly string[],
  io: Io = consoleIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const parsed = parseCommand(argv, io, {
    name: "load",
    usage: LOAD_USAGE,
    flags: { dir: { type: "string" }, db: { type: "string" }, "allow-inconsistent": { type: "boolean" } },
    schema: LoadFlagsSchema,
    prepare: (flags) => ({
      dir: existingFolder("dir", flags.dir),
      allowInconsistent: flags["allow-inconsistent"],
      ...(isPostgresUrl(flags.db ?? env.DATABASE_URL)
        ? { file: (flags.db ?? env.DATABASE_URL) as string, postgres: true }
        : { ...databaseOf(flags.db, env), postgres: false }),
    }),
  });
  if ("exit" in parsed) return parsed.exit;
  const { dir, file, allowInconsistent, postgres } = parsed.value;
  const where = postgres ? redactUrl(file) : file;
  const started = performance.now();
  const progress = progressReporter("loading", io.stderr);
  try {
    // One pass, one transaction: a refused load leaves the database as it was (and creates no new file).
    const { counts, warnings } = await loadInto(file, dir, {
      allowInconsistent,
      onProgress: (done, total) => progress.update(done, total),
    });
    progress.finish();
    const rows = Object.values(counts).reduce((a, b) => a + b, 0);
    const seconds = (performance.now() - started) / 1000;
    io.out(`Loaded ${rows} rows from ${dir} into ${where} in ${seconds.toFixed(2)} s`);
    for (const [table, count] of Object.entries(counts)) io.out(`  ${table.padEnd(18)} ${String(count).padStart(9)}`);
    if (warnings.length > 0)
      io.err(
        `load: loaded with ${warnings.length} inconsistencies (--allow-inconsistent):\n${formatIssueList(warnings)}`,
      );
    io.summary?.({
      dir,
      database: where,
      rows: counts,
      seconds: Math.round(seconds * 1000) / 1000,
      warnings: warnings.length,
    });
    return 0;
  } catch (error) {
    progress.finish();
    if (error instanceof CsvLoadError || (error as Error).name === "PostgresLoadError") {
      io.err(`load: ${(error as Error).message}`);
      return 1;
    }
    throw error;
  }
}

runAsMain(import.meta.url, "load", (argv) => runLoad(argv));
