// What a command writes to, so that each script's run function can be called from tests, and the
// one place a script's main touches process.argv, process.exit and the standard streams.
import { pathToFileURL } from "node:url";

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Where progress goes; none means no progress output. */
  stderr?: NodeJS.WriteStream;
}

export const consoleIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  stderr: process.stderr,
};

/**
 * Run `command` with the process's arguments when `moduleUrl` is the script Node was started with,
 * and exit with its status (an unexpected error prints its stack and exits 1).
 */
export function runAsMain(moduleUrl: string, name: string, command: (argv: readonly string[]) => Promise<number>): void {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  command(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
