// Open a SQLite database in Prisma Studio (Prisma 7's offline, SQL-driven Studio).
// Usage: npx tsx scripts/studio.ts [--db file:./prisma/spendsense.db] [--port 5555] [--help]
import { z } from "zod";
import { databaseOf, parseCommand } from "../src/cli/command.ts";
import { consoleIo, type Io, runAsMain } from "../src/cli/io.ts";
import { StudioError, startStudio } from "../src/db/studio.ts";

export const STUDIO_USAGE = `Usage: npx tsx scripts/studio.ts [options]   (also: npm run studio)

Open a SQLite database in Prisma Studio and keep serving it until interrupted (Ctrl-C).
Uses Prisma 7's Studio, which works offline; Prisma 6.19's \`npx prisma studio\` downloads an engine.

  --db URL|PATH   database (default: DATABASE_URL, else file:./prisma/spendsense.db)
  --port N        port to serve on (default 5555)
  -h, --help      show this help`;

const StudioFlagsSchema = z.object({
  db: z.string().min(1).optional(),
  port: z.coerce.number().int().min(1).max(65_535).default(5555),
});

/** Run the studio command; resolves when Studio stops (0), or at once for bad usage (2) or a failure to start (1). */
export async function runStudio(
  argv: readonly string[],
  io: Io = consoleIo,
  env: NodeJS.ProcessEnv = process.env,
  until?: Promise<void>,
): Promise<number> {
  const parsed = parseCommand(argv, io, {
    name: "studio",
    usage: STUDIO_USAGE,
    flags: { db: { type: "string" }, port: { type: "string" } },
    schema: StudioFlagsSchema,
    prepare: (flags) => ({ port: flags.port, ...databaseOf(flags.db, env) }),
  });
  if ("exit" in parsed) return parsed.exit;
  try {
    const studio = await startStudio({ file: parsed.value.file, port: parsed.value.port });
    io.out(`Prisma Studio: ${studio.url} (${parsed.value.file}); Ctrl-C stops it`);
    await (until ?? new Promise<void>((done) => process.once("SIGINT", () => done())));
    await studio.stop();
    return 0;
  } catch (error) {
    if (error instanceof StudioError) {
      io.err(`studio: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

runAsMain(import.meta.url, "studio", (argv) => runStudio(argv));
