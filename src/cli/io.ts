// What a command writes to, so that each script's run function can be called from tests, and the
// one place a script's main touches process.argv, process.exit and the standard streams.
import { mkdtempSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Where progress goes; none means no progress output. */
  stderr?: NodeJS.WriteStream;
  /** Receives the command's machine-readable summary (the CLI's `--json` prints it on stdout). */
  summary?: (data: Record<string, unknown>) => void;
  /** Whether `paint` may colour text (a terminal, and NO_COLOR unset). */
  color?: boolean;
}

const COLORS = { pass: 32, fail: 31, warn: 33, dim: 2, bold: 1 } as const;

/** `text` in a colour when the Io allows colour, else as it is. */
export function paint(io: Io, kind: keyof typeof COLORS, text: string): string {
  return io.color ? `\u001b[${COLORS[kind]}m${text}\u001b[0m` : text;
}

/** Colour on a terminal unless NO_COLOR is set (https://no-color.org); FORCE_COLOR forces it. */
export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0") return true;
  return stream.isTTY === true;
}

export const consoleIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  stderr: process.stderr,
  color: wantsColor(process.stdout, process.env),
};

/** What the system said, for errors that are the machine's state rather than a bug (a full disk, a lock). */
const SYSTEM_ERRORS: Record<string, string> = {
  ENOSPC: "no space left on the device",
  EDQUOT: "the disk quota is exceeded",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "the file system is read-only",
  EMFILE: "too many open files",
  EIO: "an input/output error",
  SQLITE_FULL: "the database or disk is full",
  SQLITE_BUSY: "the database is locked by another process",
  SQLITE_READONLY: "the database is read-only",
  SQLITE_IOERR: "a disk input/output error",
  SQLITE_CANTOPEN: "the database file cannot be opened",
  SQLITE_CORRUPT: "the database file is corrupt",
  SQLITE_NOTADB: "the file is not a SQLite database",
};

function systemErrorOf(error: unknown): string | null {
  for (
    let e: unknown = error, depth = 0;
    e instanceof Error && depth < 5;
    e = (e as Error & { cause?: unknown }).cause, depth++
  ) {
    const code = (e as { code?: unknown }).code;
    if (typeof code !== "string") continue;
    const known =
      SYSTEM_ERRORS[code] ??
      SYSTEM_ERRORS[code.replace(/_[A-Z_]+$/, "")] ??
      (code.startsWith("SQLITE_IOERR") ? SYSTEM_ERRORS.SQLITE_IOERR : undefined);
    if (known) {
      const path = (e as { path?: unknown }).path;
      return `${known}${typeof path === "string" ? ` (${path})` : ""}`;
    }
  }
  return null;
}

/**
 * The one line a command prints when it fails unexpectedly. A system condition (full disk,
 * permissions, a locked database) is named; anything else is a crash of the program itself: its
 * full trace goes to a file under `traceDir` and the line says where.
 */
export function failureLine(name: string, error: unknown, traceDir: string = tmpdir()): string {
  const system = systemErrorOf(error);
  const first = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
  if (system) return `${name}: failed: ${system}: ${first}`;
  let where = "";
  try {
    const file = join(mkdtempSync(join(traceDir, `spendsense-${name}-crash-`)), "trace.txt");
    writeFileSync(file, `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    where = ` (full trace in ${file})`;
  } catch {
    where = " (the trace could not be written)";
  }
  return `${name}: internal error, please report it: ${first}${where}`;
}

function realpathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Run `command` with the process's arguments when `moduleUrl` is the script Node was started with,
 * and exit with its status (an unexpected error prints one line, see `failureLine`, and exits 1).
 */
export function runAsMain(
  moduleUrl: string,
  name: string,
  command: (argv: readonly string[]) => Promise<number>,
): void {
  // Through a bin link (node_modules/.bin/...), argv[1] is the link: compare the real paths.
  if (!process.argv[1] || moduleUrl !== pathToFileURL(realpathOrSelf(process.argv[1])).href) return;
  command(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${failureLine(name, error)}\n`);
      process.exit(1);
    },
  );
}
