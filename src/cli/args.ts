// Command-line flags: parsed with node:util's parseArgs (unknown flags are errors), then validated
// once with zod into a typed object. A bad flag is a `UsageError` (exit status 2).
import { parseArgs } from "node:util";
import { z } from "zod";
import { DEFAULT_FIXTURE_CONFIG } from "../random/config.ts";
import { IsoDate } from "../schemas/common.ts";

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export type FlagSpec = Record<string, { type: "string" | "boolean"; short?: string }>;

/** Users above this need `--yes` (generation is linear, but files and databases get large). */
export const LARGE_USER_COUNT = 1_000_000;

const wholeNumber = (flag: string) =>
  z
    .string()
    .regex(/^-?\d+$/, { error: `${flag} must be a whole number` })
    .transform(Number);

/** The dataset flags shared by seed and export: `--num-users`, `--seed`, `--start-date`, `--end-date`. */
export const DATASET_FLAGS: FlagSpec = {
  "num-users": { type: "string" },
  seed: { type: "string" },
  "start-date": { type: "string" },
  "end-date": { type: "string" },
  yes: { type: "boolean" },
};

export const DatasetFlagsSchema = z
  .object({
    "num-users": wholeNumber("--num-users")
      .pipe(z.number().min(1, { error: "--num-users must be at least 1" }).max(10_000_000, { error: "--num-users must be at most 10000000" }))
      .default(100),
    seed: wholeNumber("--seed").default(DEFAULT_FIXTURE_CONFIG.seed),
    "start-date": IsoDate.default(DEFAULT_FIXTURE_CONFIG.startDate),
    "end-date": IsoDate.default(DEFAULT_FIXTURE_CONFIG.endDate),
    yes: z.boolean().default(false),
  })
  .superRefine((f, ctx) => {
    if (f["num-users"] > LARGE_USER_COUNT && !f.yes) {
      ctx.addIssue({ code: "custom", path: ["num-users"], message: `--num-users ${f["num-users"]} is very large; add --yes to confirm` });
    }
  });

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
  try {
    const { values, positionals } = parseArgs({ args, options: { ...flags, help: { type: "boolean", short: "h" } }, strict: true, allowPositionals: true });
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
    return values as Record<string, string | boolean | undefined>;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/s, ""));
  }
}

/** Validate parsed flags with a schema; the first problem becomes a one-line `UsageError`. */
export function validateFlags<S extends z.ZodType>(schema: S, values: Record<string, unknown>): z.output<S> {
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const flag = issue?.path[0] !== undefined ? `--${String(issue.path[0])}` : "";
  const message = issue?.message ?? "invalid flags";
  throw new UsageError(message.startsWith("--") ? message : `${flag}: ${message}`);
}

/** Dataset option names as the flags spell them. */
export function flagNames(message: string): string {
  return message.replace(/\bstartDate\b/g, "--start-date").replace(/\bendDate\b/g, "--end-date").replace(/^users\b/, "--num-users").replace(/^seed\b/, "--seed");
}
