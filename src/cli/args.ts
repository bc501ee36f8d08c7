// Command-line flags: parsed with node:util's parseArgs (unknown flags are errors). The dataset
// flags are a table over the dataset option schema (`src/dataset/options.ts`), which declares the
// rules and defaults once; each flag maps to an option path, and an option's issue is reported
// under its flag. A bad flag is a `UsageError` holding one `Issue` (exit status 2).
import { parseArgs } from "node:util";
import type { z } from "zod";
import { PROFILE_NAMES } from "../data/profile.ts";
import { type DatasetOptions, DatasetOptionsSchema } from "../dataset/options.ts";
import { formatIssue, type Issue } from "../issues/issue.ts";

export class UsageError extends Error {
  readonly issue: Issue;

  constructor(issue: Issue) {
    super(formatIssue(issue));
    this.name = "UsageError";
    this.issue = issue;
  }
}

/** A usage problem with the flag `flag` (spelled without dashes; empty for the command line as a whole). */
export function usageError(code: string, flag: string, message: string): UsageError {
  return new UsageError({ code, path: flag === "" ? [] : [`--${flag}`], message });
}

export type FlagSpec = Record<string, { type: "string" | "boolean"; short?: string }>;

/** Users above this need `--yes` (generation is linear, but files and databases get large). */
export const LARGE_USER_COUNT = 1_000_000;

/** The dataset options' defaults, as the option schema declares them. */
export const DATASET_DEFAULTS: DatasetOptions = DatasetOptionsSchema.parse({});

/** Each dataset flag, the option it sets, and how its text becomes the option's value. */
export const DATASET_FLAG_TABLE = [
  { flag: "num-users", option: "users", value: "integer", arg: "N", help: "users to generate" },
  { flag: "seed", option: "seed", value: "integer", arg: "N", help: "random seed" },
  { flag: "start-date", option: "startDate", value: "text", arg: "DATE", help: "first day of the window, YYYY-MM-DD" },
  { flag: "end-date", option: "endDate", value: "text", arg: "DATE", help: "last day of the window, YYYY-MM-DD" },
  {
    flag: "profile",
    option: "profile",
    value: "text",
    arg: "NAME",
    help: `the profile whose numbers to use (${PROFILE_NAMES.join(", ")})`,
  },
] as const satisfies readonly {
  flag: string;
  option: keyof DatasetOptions;
  value: "integer" | "text";
  arg: string;
  help: string;
}[];

/** The help lines of the dataset flags, with their defaults from the option schema, flags padded to `width`. */
export function datasetFlagsHelp(width: number): string {
  return DATASET_FLAG_TABLE.map(
    ({ flag, option, arg, help }) =>
      `  ${`--${flag} ${arg}`.padEnd(width)} ${help} (default ${option === "profile" ? `"${DATASET_DEFAULTS[option]}"` : String(DATASET_DEFAULTS[option])})`,
  ).join("\n");
}

/** The dataset flags shared by seed and export: `--num-users`, `--seed`, `--start-date`, `--end-date`, `--yes`. */
export const DATASET_FLAGS: FlagSpec = {
  ...Object.fromEntries(DATASET_FLAG_TABLE.map((f) => [f.flag, { type: "string" as const }])),
  yes: { type: "boolean" },
};

/** The flag that sets a dataset option, or null. */
export function flagOfOption(option: PropertyKey | undefined): string | null {
  return DATASET_FLAG_TABLE.find((f) => f.option === option)?.flag ?? null;
}

/** Dataset options from raw flag values (defaults from the schema), or a `UsageError` naming the flag. */
export function datasetOptionsFromFlags(raw: Record<string, unknown>): DatasetOptions {
  const input: Record<string, unknown> = {};
  for (const { flag, option, value } of DATASET_FLAG_TABLE) {
    const text = raw[flag];
    if (typeof text !== "string") continue;
    if (value === "integer" && !/^-?\d+$/.test(text))
      throw usageError("not_whole_number", flag, `"${text}" is not a whole number`);
    input[option] = value === "integer" ? Number(text) : text;
  }
  const result = DatasetOptionsSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0] as z.core.$ZodIssue;
    const flag = flagOfOption(issue.path[0]);
    throw new UsageError({ code: issue.code, path: flag ? [`--${flag}`] : [], message: issue.message });
  }
  const options = result.data;
  if (options.users > LARGE_USER_COUNT && raw.yes !== true) {
    throw usageError("needs_confirmation", "num-users", `${options.users} users is very large; add --yes to confirm`);
  }
  return options;
}

/** Node's parseArgs messages, without their multi-line advice, as one line. */
function oneLine(message: string): string {
  return (
    message
      .replace(/\. To specify a positional.*$/s, "")
      .split("\n")[0]
      ?.trim() ?? message
  );
}

/** Raw flag values, or a `UsageError` naming the bad flag. */
export function parseFlags(argv: readonly string[], flags: FlagSpec): Record<string, string | boolean | undefined> {
  // `--seed -3`: parseArgs reads "-3" as a flag; a negative number after a value flag is its value.
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] as string;
    const next = argv[i + 1];
    const name = token.startsWith("--") ? token.slice(2) : null;
    if (name && flags[name]?.type === "string" && next !== undefined && /^-\d/.test(next)) {
      args.push(`${token}=${next}`);
      i++;
    } else args.push(token);
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args,
      options: { ...flags, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const kind =
      code === "ERR_PARSE_ARGS_UNKNOWN_OPTION"
        ? "unknown_flag"
        : code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE"
          ? "bad_flag_value"
          : "bad_arguments";
    throw usageError(kind, "", oneLine((error as Error).message));
  }
  if (parsed.positionals.length > 0)
    throw usageError("unexpected_argument", "", `unexpected argument ${parsed.positionals[0]}`);
  return parsed.values as Record<string, string | boolean | undefined>;
}

/** Validate a command's own (non-dataset) flags with a schema; the first problem becomes a `UsageError`. */
export function validateFlags<S extends z.ZodType>(schema: S, values: Record<string, unknown>): z.output<S> {
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  const issue = result.error.issues[0] as z.core.$ZodIssue;
  throw new UsageError({
    code: issue.code,
    path: issue.path[0] !== undefined ? [`--${String(issue.path[0])}`] : [],
    message: issue.message,
  });
}
