// The shared prologue of every command: parse and validate flags, answer --help, and turn a bad
// flag into a one-line reason plus the usage (exit status 2).
import type { z } from "zod";
import { type DatasetOptions, DatasetOptionsError, parseDatasetOptions } from "../dataset/options.ts";
import { databaseFile, databaseUrlOf } from "../db/database-url.ts";
import { type FlagSpec, flagNames, parseFlags, UsageError, validateFlags } from "./args.ts";
import type { Io } from "./io.ts";

export interface CommandSpec<S extends z.ZodType, R> {
  name: string;
  usage: string;
  flags: FlagSpec;
  schema: S;
  /** Further checks and derived values; throw a `UsageError` for bad usage. */
  prepare: (flags: z.output<S>) => R;
}

/** The prepared value, or the exit status to return at once (0 after --help, 2 for bad usage). */
export function parseCommand<S extends z.ZodType, R>(argv: readonly string[], io: Io, spec: CommandSpec<S, R>): { value: R } | { exit: number } {
  try {
    const raw = parseFlags(argv, spec.flags);
    if (raw.help) {
      io.out(spec.usage);
      return { exit: 0 };
    }
    return { value: spec.prepare(validateFlags(spec.schema, raw)) };
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${spec.name}: ${error.message}\n\n${spec.usage}`);
      return { exit: 2 };
    }
    throw error;
  }
}

/** The dataset options named by `--num-users`, `--seed`, `--start-date`, `--end-date`. */
export function datasetOptionsOf(flags: { "num-users": number; seed: number; "start-date": string; "end-date": string }): DatasetOptions {
  try {
    return parseDatasetOptions({ users: flags["num-users"], seed: flags.seed, startDate: flags["start-date"], endDate: flags["end-date"] });
  } catch (error) {
    if (error instanceof DatasetOptionsError) throw new UsageError(flagNames(error.message.replace(/^buildDataset: invalid option /, "")));
    throw error;
  }
}

/** The database a `--db` flag names (or the environment's default), as a URL and a file path. */
export function databaseOf(flag: string | undefined, env: NodeJS.ProcessEnv): { url: string; file: string } {
  const url = databaseUrlOf(flag, env);
  try {
    return { url, file: databaseFile(url) };
  } catch (error) {
    throw new UsageError(`--db: ${(error as Error).message}`);
  }
}
