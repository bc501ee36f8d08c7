#!/usr/bin/env node
// The `spendsense-fixtures` command: one entry for the export, seed, load, quality, studio and plaid
// commands (each also runs on its own as `npx tsx scripts/<command>.ts`). Global flags: --version,
// --help, and for each command --quiet (no summary or progress, errors only) and --json (a
// machine-readable summary on stdout; the human text goes to stderr). Colour on a terminal, unless
// NO_COLOR is set. Exit status is the command's: 0 done, 1 failed (a check, a refused load), 2 bad usage.
import { PACKAGE_VERSION } from "../src/data/version.ts";
import { consoleIo, type Io, paint, runAsMain, wantsColor } from "../src/cli/io.ts";

type Runner = (argv: readonly string[], io: Io) => Promise<number>;

/** Each command's module is loaded only when it runs, so `plaid` needs no Prisma and `export` no `plaid`. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Runner> }> = {
  export: {
    summary: "write a dataset as CSV files with metadata.json and the quality report",
    load: async () => (await import("./export.ts")).runExport,
  },
  seed: { summary: "generate a dataset into a SQLite database", load: async () => (await import("./seed.ts")).runSeed },
  load: {
    summary: "validate an export's CSV files and load them into SQLite, all or nothing",
    load: async () => (await import("./load.ts")).runLoad,
  },
  quality: {
    summary: "re-check a folder of CSV files and write its quality report",
    load: async () => (await import("./quality.ts")).runQuality,
  },
  studio: {
    summary: "open a SQLite database in Prisma Studio (offline)",
    load: async () => (await import("./studio.ts")).runStudio,
  },
  plaid: {
    summary: "write Plaid Sandbox custom users or Plaid API responses",
    load: async () => (await import("./plaid.ts")).runPlaid,
  },
  merge: {
    summary: "combine the shards of an export (--shard K/N) into one manifest and quality report",
    load: async () => (await import("./merge.ts")).runMerge,
  },
};

export const CLI_USAGE = `Usage: spendsense-fixtures <command> [options]

Reproducible synthetic US consumer-banking data in Plaid's conventions.

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(9)} ${c.summary}`)
  .join("\n")}

Options for every command:
  --quiet     print nothing but errors
  --json      print a JSON summary on stdout (the usual text goes to stderr)
  -h, --help  the command's own options

  --version   print the version
Colour is used on a terminal unless NO_COLOR is set.`;

/** Peer dependencies a command may need, and how to get them. */
const PEER_HINTS: Record<string, string> = {
  "better-sqlite3": "npm install better-sqlite3@11 @prisma/client@6.19.3 @prisma/adapter-better-sqlite3@6.19.3",
  "@prisma/client": "npm install better-sqlite3@11 @prisma/client@6.19.3 @prisma/adapter-better-sqlite3@6.19.3",
  "@prisma/adapter-better-sqlite3":
    "npm install better-sqlite3@11 @prisma/client@6.19.3 @prisma/adapter-better-sqlite3@6.19.3",
  plaid: "npm install plaid msw",
  msw: "npm install plaid msw",
};

function missingPeer(error: unknown): string | null {
  const message = error instanceof Error ? error.message : "";
  if ((error as { code?: string }).code !== "ERR_MODULE_NOT_FOUND") return null;
  const match = /Cannot find (?:package|module) '([^']+)'/.exec(message);
  const name = match?.[1]?.startsWith("@") ? match[1].split("/").slice(0, 2).join("/") : match?.[1]?.split("/")[0];
  return name && PEER_HINTS[name] ? `needs the optional package ${name}; install it with: ${PEER_HINTS[name]}` : null;
}

/** Run the CLI; returns the exit status. */
export async function runCli(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(CLI_USAGE);
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    io.out(PACKAGE_VERSION);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(
      `spendsense-fixtures: unknown command "${name}"; expected one of ${Object.keys(COMMANDS).join(", ")}\n\n${CLI_USAGE}`,
    );
    return 2;
  }
  const json = rest.includes("--json");
  const quiet = rest.includes("--quiet");
  const args = rest.filter((a) => a !== "--json" && a !== "--quiet");
  let summary: Record<string, unknown> = {};
  const commandIo: Io = {
    out: quiet ? () => {} : json ? io.err : io.out,
    err: io.err,
    ...(quiet || json ? {} : io.stderr ? { stderr: io.stderr } : {}),
    summary: (data) => {
      summary = data;
    },
    color: json ? false : io.color === true,
  };
  let run: Runner;
  try {
    run = await command.load();
  } catch (error) {
    const hint = missingPeer(error);
    if (!hint) throw error;
    io.err(`spendsense-fixtures ${name}: ${hint}`);
    return 1;
  }
  const exit = await run(args, commandIo);
  if (json) io.out(JSON.stringify({ command: name, version: PACKAGE_VERSION, exit, ...summary }));
  else if (exit === 1 && !quiet) io.err(paint(commandIo, "fail", `spendsense-fixtures ${name}: exit status 1`));
  return exit;
}

runAsMain(import.meta.url, "spendsense-fixtures", (argv) =>
  runCli(argv, { ...consoleIo, color: wantsColor(process.stdout, process.env) }),
);
