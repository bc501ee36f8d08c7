// scripts/plaid.ts: the files each format writes, Sandbox custom users checked against the fields
// Plaid documents, reading an existing export, and bad usage writing nothing.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plaidFiles, runPlaid } from "../../scripts/plaid.ts";
import { buildDataset } from "../../src/dataset/build-dataset.ts";
import { toCents } from "../../src/units/money.ts";
import { writeCsvDir } from "../helpers/csv-dir.ts";
import { PROJECT_ROOT } from "../helpers/spec-files.ts";
import { capture } from "../helpers/capture.ts";

const FIELDS = JSON.parse(
  readFileSync(join(PROJECT_ROOT, "test/fixtures/plaid-sandbox-fields.json"), "utf8"),
) as Record<string, unknown> & {
  top_level: string[];
  version: string[];
  account: string[];
  account_type: string[];
  meta: string[];
  transaction: { required: string[]; optional: string[] };
  liability_credit: string[];
  liability_student: string[];
  repayment_model: string[];
  inflow_model_type: string[];
};
const root = mkdtempSync(join(tmpdir(), "spendsense-plaid-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const data = buildDataset({ users: 4, seed: 42 });

const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8"));
const keysWithin = (value: object, allowed: readonly string[]) =>
  Object.keys(value).filter((k) => !allowed.includes(k));

describe("--format api", () => {
  const dir = join(root, "api");

  it("writes one folder per user with each endpoint's response; the sync pages add up to the whole window", async () => {
    const c = capture();
    expect(
      await runPlaid(["--format", "api", "--output-dir", dir, "--num-users", "4", "--sync-count", "50"], c.io),
    ).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(data.users.map((u) => u.user_id));
    for (const user of data.users) {
      const folder = join(dir, user.user_id);
      const mine = data.transactions.filter((t) => t.user_id === user.user_id);
      const files = readdirSync(folder).sort();
      const syncFiles = files.filter((f) => f.startsWith("transactions_sync_"));
      expect(files).toEqual(
        [
          "accounts_get.json",
          "item_get.json",
          "liabilities_get.json",
          "transactions_get.json",
          "transactions_recurring_get.json",
          ...syncFiles,
        ].sort(),
      );
      expect(syncFiles).toHaveLength(Math.ceil(mine.length / 50));
      expect(syncFiles[0]).toBe("transactions_sync_0001.json");
      const pages = syncFiles.map((f) => readJson(join(folder, f)));
      expect(pages.map((p) => p.has_more)).toEqual(syncFiles.map((_, i) => i < syncFiles.length - 1));
      const synced = pages.flatMap((p) => p.added as { transaction_id: string; amount: number }[]);
      const whole = readJson(join(folder, "transactions_get.json"));
      expect(whole.total_transactions).toBe(mine.length);
      expect(whole.transactions).toHaveLength(mine.length);
      expect(synced.map((t) => t.transaction_id).sort()).toEqual(mine.map((t) => t.transaction_id).sort());
      // Plaid's sign on disk: the toolkit's -15.99 is 15.99.
      const amount = new Map(mine.map((t) => [t.transaction_id, toCents(t.amount)]));
      for (const t of synced) expect(toCents(t.amount)).toBe(-(amount.get(t.transaction_id) as number));
      expect(readJson(join(folder, "accounts_get.json")).accounts).toHaveLength(
        data.accounts.filter((a) => a.user_id === user.user_id).length,
      );
    }
  });

  it("is a pure function of the dataset: the same options give byte-identical files", () => {
    const a = plaidFiles(buildDataset({ users: 4, seed: 42 }), "api", { seed: 42 });
    const b = plaidFiles(data, "api", { seed: 42 });
    expect([...a.entries()]).toEqual([...b.entries()]);
    expect(a.size).toBeGreaterThan(20);
  });
});

describe("--format sandbox-users", () => {
  const dir = join(root, "sandbox");
  // Written once before the tests below, which read it, whatever order they run in.
  let exit: number;
  beforeAll(async () => {
    exit = await runPlaid(["--format", "sandbox-users", "--output-dir", dir, "--num-users", "4"], capture().io);
  });

  it("writes one custom-user JSON per user, using only the fields Plaid documents", async () => {
    expect(exit).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(data.users.map((u) => `${u.user_id}.json`));
    let liabilities = 0;
    for (const user of data.users) {
      const config = readJson(join(dir, `${user.user_id}.json`));
      expect(keysWithin(config, FIELDS.top_level)).toEqual([]);
      expect(FIELDS.version).toContain(config.version);
      for (const a of config.override_accounts) {
        expect(keysWithin(a, FIELDS.account)).toEqual([]);
        expect(FIELDS.account_type).toContain(a.type);
        expect(keysWithin(a.meta, FIELDS.meta)).toEqual([]);
        expect(FIELDS.inflow_model_type).toContain(a.inflow_model.type);
        for (const t of a.transactions) {
          expect(keysWithin(t, [...FIELDS.transaction.required, ...FIELDS.transaction.optional])).toEqual([]);
          for (const k of FIELDS.transaction.required) expect(t[k], k).toBeDefined();
          expect(t.date_transacted <= t.date_posted).toBe(true);
        }
        if (a.liability) {
          liabilities++;
          expect(
            keysWithin(a.liability, a.liability.type === "credit" ? FIELDS.liability_credit : FIELDS.liability_student),
          ).toEqual([]);
          if (a.liability.repayment_model)
            expect(keysWithin(a.liability.repayment_model, FIELDS.repayment_model)).toEqual([]);
        }
      }
    }
    expect(liabilities).toBe(data.liabilities.length);
  });

  it("starting balances and Plaid-signed transactions replay to each account's balance at the end of the window", () => {
    for (const user of data.users) {
      const config = readJson(join(dir, `${user.user_id}.json`));
      const accounts = data.accounts.filter((a) => a.user_id === user.user_id);
      config.override_accounts.forEach(
        (
          o: { type: string; starting_balance: number; transactions: { amount: number; date_posted: string }[] },
          i: number,
        ) => {
          // Pending transactions (posting after the window's end) are not in the current balance.
          const sum = o.transactions
            .filter((t) => t.date_posted <= "2025-10-31")
            .reduce((s, t) => s + toCents(t.amount), 0);
          // Positive = out: it lowers money held and raises an amount owed.
          const end = o.type === "depository" ? toCents(o.starting_balance) - sum : toCents(o.starting_balance) + sum;
          expect(end).toBe(toCents(accounts[i]!.current_balance));
        },
      );
    }
  });
});

describe("--dir of an existing export", () => {
  it("gives the same files as generating the dataset", async () => {
    const csv = writeCsvDir(data);
    writeFileSync(
      join(csv, "metadata.json"),
      JSON.stringify({ seed: 42, date_range: { start: "2025-05-01", end: "2025-10-31" } }),
    );
    const out = join(root, "from-dir");
    expect(await runPlaid(["--format", "api", "--output-dir", out, "--dir", csv], capture().io)).toBe(0);
    const expected = plaidFiles(data, "api", { seed: 42 });
    for (const [path, text] of expected) expect(readFileSync(join(out, path), "utf8"), path).toBe(text);
  });

  it("a broken export is reported with file and line, exits 1 and writes nothing", async () => {
    const csv = writeCsvDir(data);
    const file = join(csv, "synthetic_accounts.csv");
    const lines = readFileSync(file, "utf8").split("\n");
    lines[2] = (lines[2] as string).replace(/,USD,/, ",EUR,");
    writeFileSync(file, lines.join("\n"));
    const out = join(root, "broken");
    const c = capture();
    expect(await runPlaid(["--format", "api", "--output-dir", out, "--dir", csv], c.io)).toBe(1);
    expect(c.err.join("\n")).toMatch(/synthetic_accounts\.csv:3: iso_currency_code/);
    expect(existsSync(out)).toBe(false);
  });
});

describe("bad usage", () => {
  it.each([
    [["--output-dir", "x"], /^plaid: --format: must be sandbox-users or api$/],
    [["--format", "api"], /^plaid: --output-dir: is required$/],
    [["--format", "api", "--output-dir", "x", "--sync-count", "0"], /^plaid: --sync-count: must be 1-500$/],
    [
      ["--format", "api", "--output-dir", "x", "--dir", ".", "--seed", "3"],
      /^plaid: --dir: reads an existing export; it cannot be combined with --seed$/,
    ],
    [["--format", "api", "--output-dir", "x", "--start-date", "2025-13-01"], /^plaid: --start-date: /],
  ])("%j exits 2 with a one-line reason and writes nothing", async (args, reason) => {
    const c = capture();
    const cwdTarget = join(root, "never");
    const argv = args.map((a) => (a === "x" ? cwdTarget : a));
    expect(await runPlaid(argv, c.io)).toBe(2);
    expect(c.err[0]?.split("\n")[0]).toMatch(reason);
    expect(existsSync(cwdTarget)).toBe(false);
  });

  it("refuses a non-empty output folder without --force, and replaces it with --force", async () => {
    const target = join(root, "full");
    expect(
      await runPlaid(["--format", "sandbox-users", "--output-dir", target, "--num-users", "2"], capture().io),
    ).toBe(0);
    const c = capture();
    expect(await runPlaid(["--format", "sandbox-users", "--output-dir", target, "--num-users", "1"], c.io)).toBe(2);
    expect(readdirSync(target)).toHaveLength(2);
    expect(
      await runPlaid(
        ["--format", "sandbox-users", "--output-dir", target, "--num-users", "1", "--force"],
        capture().io,
      ),
    ).toBe(0);
    expect(readdirSync(target)).toEqual(["user_001.json"]);
  });
});
