// The shared prologue of every command: parse and validate flags, answer --help, check every path
// and URL up front, and turn bad usage into a one-line reason plus the usage (exit status 2).
import { closeSync, existsSync, openSync, readSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { z } from "zod";
import type { DatasetOptions } from "../dataset/options.ts";
import { databaseUrl } from "../db/database-url.ts";
import { datasetOptionsFromFlags, type FlagSpec, parseFlags, UsageError, usageError, validateFlags } from "./args.ts";
import { generationTimestamp } from "../export/metadata.ts";
import type { Io } from "./io.ts";

export interface CommandSpec<S extends z.ZodType, R> {
  name: string;
  usage: string;
  flags: FlagSpec;
  /** The command's own flags (the dataset flags, when `dataset` is set, are read from the option schema). */
  schema: S;
  dataset?: boolean;
  /** Further checks and derived values; throw a `UsageError` for bad usage. */
  prepare: (flags: z.output<S>, options: DatasetOptions | null) => R;
}

/** The prepared value, or the exit status to return at once (0 after --help, 2 for bad usage). */
export function parseCommand<S extends z.ZodType, R>(
  argv: readonly string[],
  io: Io,
  spec: CommandSpec<S, R>,
): { value: R } | { exit: number } {
  try {
    const raw = parseFlags(argv, spec.flags);
    if (raw.help) {
      io.out(spec.usage);
      return { exit: 0 };
    }
    const options = spec.dataset ? datasetOptionsFromFlags(raw) : null;
    return { value: spec.prepare(validateFlags(spec.schema, raw), options) };
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${spec.name}: ${error.message}\n\n${spec.usage}`);
      return { exit: 2 };
    }
    throw error;
  }
}

const SQLITE_HEADER = "SQLite format 3\0";

/** The first bytes of a file, as text. */
function head(file: string, length: number): string {
  const fd = openSync(file, "r");
  try {
    const buffer = Buffer.alloc(length);
    const n = readSync(fd, buffer, 0, length, 0);
    return buffer.subarray(0, n).toString("latin1");
  } finally {
    closeSync(fd);
  }
}

/**
 * The database a `--db` flag names (a path or a `file:` URL; else `DATABASE_URL`, else the default),
 * checked before anything is generated or written: another URL scheme, a folder, a file that is not
 * a SQLite database and (for `--db`) a missing parent folder are usage errors. The environment's
 * database may be in a folder still to be created (as Prisma's commands do).
 */
export function databaseOf(
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
): { url: string; file: string; exists: boolean } {
  const source = flag ?? databaseUrl(env);
  const name = flag === undefined ? "DATABASE_URL" : "--db";
  const bad = (code: string, message: string) =>
    new UsageError({ code, path: [name], message: `${source}: ${message}` });
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(source)?.[1];
  if (scheme !== undefined && scheme !== "file")
    throw bad("db_scheme", `only SQLite databases are supported (a path or a file: URL), not ${scheme}:`);
  const file = scheme === "file" ? source.slice("file:".length).replace(/^\/\/(?=\/)/, "") : source;
  if (file === "" || file.includes("?")) throw bad("db_path", "expected a file path");
  const folder = dirname(resolve(file));
  if (existsSync(folder) ? !statSync(folder).isDirectory() : flag !== undefined)
    throw bad("db_folder_missing", `the folder ${folder} does not exist`);
  if (!existsSync(file)) return { url: `file:${file}`, file, exists: false };
  if (statSync(file).isDirectory()) throw bad("db_is_folder", "is a folder, not a database file");
  if (statSync(file).size > 0 && head(file, SQLITE_HEADER.length) !== SQLITE_HEADER)
    throw bad("db_not_sqlite", "is not a SQLite database");
  return { url: `file:${file}`, file, exists: true };
}

/** An existing folder named by `flag`, or a usage error. */
export function existingFolder(flag: string, dir: string): string {
  if (!existsSync(dir)) throw usageError("folder_missing", flag, `${dir} does not exist`);
  if (!statSync(dir).isDirectory()) throw usageError("not_a_folder", flag, `${dir} is not a folder`);
  return dir;
}

/** `SOURCE_DATE_EPOCH`, when set, must be whole seconds: a `UsageError` otherwise (checked before any work). */
export function checkSourceDateEpoch(env: NodeJS.ProcessEnv): void {
  try {
    generationTimestamp(env, 0);
  } catch (error) {
    throw new UsageError({
      code: "bad_source_date_epoch",
      path: ["SOURCE_DATE_EPOCH"],
      message: (error as Error).message.replace(/^SOURCE_DATE_EPOCH /, ""),
    });
  }
}
