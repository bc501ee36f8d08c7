// Write a dataset as Plaid: Sandbox custom users, or the API responses an app would receive.
// Usage: npx tsx scripts/plaid.ts --format sandbox-users|api --output-dir DIR
//        [--num-users 100] [--seed 42] [--start-date ...] [--end-date ...] | [--dir EXPORT]
//        [--sync-count 100] [--force] [--help]
// Exit status: 0 written, 1 the --dir export has problems (nothing written), 2 bad usage.
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { z } from "zod";
import { DATASET_FLAGS, datasetFlagsHelp, usageError } from "../src/cli/args.ts";
import { parseCommand } from "../src/cli/command.ts";
import { consoleIo, type Io, runAsMain } from "../src/cli/io.ts";
import { buildCustomer } from "../src/dataset/customer.ts";
import type { DatasetOptions } from "../src/dataset/options.ts";
import { dataWindow } from "../src/dataset/window.ts";
import { publish, stagingDir } from "../src/export/atomic-dir.ts";
import { mayReplace } from "../src/export/output-dir.ts";
import { formatIssueList } from "../src/issues/issue.ts";
import { type PlaidItem, plaidItems, type PlaidSource } from "../src/plaid/items.ts";
import { readExportForPlaid } from "../src/plaid/read-export.ts";
import {
  accountsGetResponse,
  COUNT_LIMITS,
  itemGetResponse,
  liabilitiesGetResponse,
  requestIdOf,
  syncPages,
  transactionsGetWindow,
  transactionsRecurringGetResponse,
} from "../src/plaid/responses.ts";
import { plaidError, PlaidRequestError } from "../src/plaid/errors.ts";
import { sandboxCustomUser } from "../src/plaid/sandbox-users.ts";

export const PLAID_USAGE = `Usage: npx tsx scripts/plaid.ts --format FORMAT --output-dir DIR [options]     (also: npm run plaid -- ...)

Write a dataset in Plaid's shapes (Plaid's sign: money out of an account is positive).
Exit status: 0 when written, 1 when the --dir export has problems (nothing is written), 2 for bad usage.

  --format FORMAT      sandbox-users: one Plaid Sandbox custom-user JSON per user (DIR/user_001.json)
                       api: one folder per user (DIR/user_001/) holding accounts_get.json,
                       transactions_get.json (the whole window), transactions_recurring_get.json,
                       liabilities_get.json, item_get.json and transactions_sync_0001.json, ...
  --output-dir DIR     where to write (replaced as a whole, atomically)
${datasetFlagsHelp(20)}
  --dir EXPORT         read the dataset from a CSV export folder instead of generating one
  --sync-count N       transactions per /transactions/sync page, 1-500 (default 100)
  --force              replace a non-empty output directory
  --yes                confirm a --num-users over 1,000,000
  -h, --help           show this help`;

const PLAID_FLAGS = {
  ...DATASET_FLAGS,
  format: { type: "string" },
  "output-dir": { type: "string" },
  dir: { type: "string" },
  "sync-count": { type: "string" },
  force: { type: "boolean" },
} as const;

const PlaidFlagsSchema = z.object({
  format: z.enum(["sandbox-users", "api"], { error: "must be sandbox-users or api" }),
  "output-dir": z.string({ error: "is required" }).min(1, { error: "is required" }),
  dir: z.string().min(1).optional(),
  "sync-count": z
    .string()
    .regex(/^\d+$/, { error: "must be a whole number" })
    .transform(Number)
    .pipe(
      z.number().min(COUNT_LIMITS.min, { error: "must be 1-500" }).max(COUNT_LIMITS.max, { error: "must be 1-500" }),
    )
    .default(COUNT_LIMITS.defaultSync),
  force: z.boolean().default(false),
});

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function liabilitiesFile(item: PlaidItem): unknown {
  try {
    return liabilitiesGetResponse(item);
  } catch (error) {
    // An Item with no card or loan: the file holds the error Plaid answers.
    if (error instanceof PlaidRequestError) return plaidError(error.spec, requestIdOf("/liabilities/get", item, {}));
    throw error;
  }
}

/** The files of one format, as (relative path, contents) pairs: a pure function of the source. */
export function plaidFiles(
  source: PlaidSource,
  format: "sandbox-users" | "api",
  options: { seed: number | string; syncCount?: number },
): Map<string, string> {
  const files = new Map<string, string>();
  for (const item of plaidItems(source)) {
    if (format === "sandbox-users") {
      const r = item.records;
      files.set(
        `${item.user.user_id}.json`,
        json(
          sandboxCustomUser(item.user, r.accounts, r.transactions, r.liabilities, {
            seed: options.seed,
            startDate: item.window.start,
          }),
        ),
      );
      continue;
    }
    const dir = item.user.user_id;
    files.set(`${dir}/accounts_get.json`, json(accountsGetResponse(item)));
    files.set(`${dir}/transactions_get.json`, json(transactionsGetWindow(item)));
    files.set(`${dir}/transactions_recurring_get.json`, json(transactionsRecurringGetResponse(item)));
    files.set(`${dir}/liabilities_get.json`, json(liabilitiesFile(item)));
    files.set(`${dir}/item_get.json`, json(itemGetResponse(item)));
    syncPages(item, options.syncCount ?? COUNT_LIMITS.defaultSync).forEach((page, i) => {
      files.set(`${dir}/transactions_sync_${String(i + 1).padStart(4, "0")}.json`, json(page));
    });
  }
  return files;
}

/** The sources of one user each, in user order: generated one customer at a time, or split from an export. */
function* perUser(
  input: { kind: "generate"; options: DatasetOptions } | { kind: "dir"; source: PlaidSource },
): Generator<PlaidSource> {
  if (input.kind === "dir") {
    const { source } = input;
    const byUser = <T extends { user_id: string }>(rows: readonly T[]) => {
      const map = new Map<string, T[]>();
      for (const row of rows) {
        const list = map.get(row.user_id);
        if (list) list.push(row);
        else map.set(row.user_id, [row]);
      }
      return map;
    };
    const accounts = byUser(source.accounts);
    const transactions = byUser(source.transactions);
    const liabilities = byUser(source.liabilities);
    const streams = byUser(source.recurringStreams);
    for (const user of source.users) {
      const id = user.user_id;
      yield {
        users: [user],
        accounts: accounts.get(id) ?? [],
        transactions: transactions.get(id) ?? [],
        liabilities: liabilities.get(id) ?? [],
        recurringStreams: streams.get(id) ?? [],
        meta: source.meta,
      };
    }
    return;
  }
  // One customer at a time keeps memory flat for large datasets (as the CSV export does).
  const { options } = input;
  const window = dataWindow(options.startDate, options.endDate);
  const meta = { options: { startDate: options.startDate, endDate: options.endDate } };
  for (let index = 1; index <= options.users; index++) {
    const c = buildCustomer({ seed: options.seed, index, window });
    yield {
      users: [c.user],
      accounts: c.accounts,
      transactions: c.transactions,
      liabilities: c.liabilities,
      recurringStreams: c.recurringStreams,
      meta,
    };
  }
}

/** Run the plaid command; returns the exit status. */
export async function runPlaid(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  const parsed = parseCommand(argv, io, {
    name: "plaid",
    usage: PLAID_USAGE,
    flags: PLAID_FLAGS,
    schema: PlaidFlagsSchema,
    dataset: true,
    prepare: (flags, datasetOptions) => {
      const datasetFlag = (["num-users", "seed", "start-date", "end-date", "profile"] as const).find((f) =>
        argv.some((a) => a === `--${f}` || a.startsWith(`--${f}=`)),
      );
      if (flags.dir !== undefined && datasetFlag)
        throw usageError(
          "conflicting_flags",
          "dir",
          `reads an existing export; it cannot be combined with --${datasetFlag}`,
        );
      if (flags.dir !== undefined && (!existsSync(flags.dir) || !statSync(flags.dir).isDirectory()))
        throw usageError("not_a_folder", "dir", `${flags.dir} is not a folder`);
      const outputDir = flags["output-dir"];
      if (existsSync(outputDir) && !statSync(outputDir).isDirectory())
        throw usageError("not_a_folder", "output-dir", `${outputDir} is a file, not a directory`);
      if (!existsSync(resolve(outputDir, "..")))
        throw usageError(
          "folder_missing",
          "output-dir",
          `${outputDir}: the folder ${resolve(outputDir, "..")} does not exist`,
        );
      // --force replaces any non-empty folder, but never the working directory, this package or a repository.
      const verdict = mayReplace(outputDir, process.cwd(), { force: flags.force, replaceNonExport: flags.force });
      if (!verdict.ok)
        throw usageError(
          verdict.code,
          "output-dir",
          `${outputDir} ${verdict.reason.replace("--force --replace-non-export", "--force")}`,
        );
      const input =
        flags.dir === undefined
          ? { kind: "generate" as const, options: datasetOptions as DatasetOptions }
          : { kind: "dir" as const, dir: flags.dir };
      return { format: flags.format, outputDir, syncCount: flags["sync-count"], input };
    },
  });
  if ("exit" in parsed) return parsed.exit;
  const { format, outputDir, syncCount, input } = parsed.value;

  let users: Iterable<PlaidSource>;
  let seed: number | string;
  if (input.kind === "dir") {
    const read = readExportForPlaid(input.dir);
    if (!read.source) {
      io.err(
        `plaid: ${input.dir} has ${read.issues.length} problem(s); nothing was written:\n${formatIssueList(read.issues)}`,
      );
      return 1;
    }
    users = perUser({ kind: "dir", source: read.source });
    seed = read.seed ?? "export";
  } else {
    users = perUser(input);
    seed = input.options.seed;
  }

  const staging = stagingDir(outputDir);
  let fileCount = 0;
  let userCount = 0;
  try {
    for (const one of users) {
      for (const [path, text] of plaidFiles(one, format, { seed, syncCount })) {
        const full = join(staging, path);
        mkdirSync(dirname(full), { recursive: true });
        writeFileSync(full, text);
        fileCount++;
      }
      userCount++;
    }
    publish(staging, outputDir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  io.out(`Wrote ${fileCount} ${format} file(s) for ${userCount} user(s) to ${outputDir}`);
  io.summary?.({ outputDir, format, users: userCount, files: fileCount });
  return 0;
}

runAsMain(import.meta.url, "plaid", (argv) => runPlaid(argv));
