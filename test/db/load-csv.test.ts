// The CSV loader: reads exactly what the CSV writer writes, reports every problem with file, line
// and column, and never leaves a half-loaded database.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { buildDataset } from "spendsense-fixtures";
import { CsvLoadError, loadCsv, persistDataset, readDataset, tableCounts } from "spendsense-fixtures/db";
import { useTestDatabase } from "spendsense-fixtures/testing";
import { KEPT_PROBLEMS } from "../../src/db/load-csv.ts";
import { accountsTable } from "../../src/tables/tables.ts";
import { writeCsvDir } from "../helpers/csv-dir.ts";

const db = useTestDatabase();
const data = buildDataset({ users: 8, seed: 31 });
const { meta: _meta, ...records } = data;
/** A new folder of the dataset's CSV files (writeCsvDir removes it after this file's tests). */
function freshDir(): string {
  return writeCsvDir(data);
}

async function emptyDb() {
  await persistDataset(
    db.prisma,
    { users: [], accounts: [], transactions: [], liabilities: [], recurringStreams: [], lifeEvents: [] },
    { replace: true },
  );
}

async function problemsOf(dir: string): Promise<string[]> {
  const before = await tableCounts(db.prisma);
  try {
    await loadCsv(db.prisma, dir);
  } catch (error) {
    expect(error).toBeInstanceOf(CsvLoadError);
    expect(await tableCounts(db.prisma)).toEqual(before); // nothing written
    return (error as CsvLoadError).problems.map((p) => `${p.file}:${p.line ?? "-"}:${p.path[0] ?? "-"}: ${p.message}`);
  }
  throw new Error("expected the load to fail");
}

function edit(dir: string, file: string, change: (text: string) => string | Buffer): void {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, "utf8")));
}

beforeEach(emptyDb);

describe("loadCsv", () => {
  it("loads what the writer wrote, and reads back the same records (round trip)", async () => {
    const { counts } = await loadCsv(db.prisma, freshDir());
    expect(counts.transactions).toBe(data.transactions.length);
    expect(await readDataset(db.prisma)).toEqual(records);
  });

  it("reports the duplicates when the same files are loaded again, and changes nothing", async () => {
    const dir = freshDir();
    await loadCsv(db.prisma, dir);
    const problems = await problemsOf(dir);
    expect(problems[0]).toMatch(/^synthetic_users\.csv:2:user_id: user_id user_001 is already in the database$/);
    expect(problems.length).toBeGreaterThan(data.transactions.length);
  });

  it("lists every bad cell with file, line and column, not just the first", async () => {
    const dir = freshDir();
    edit(dir, "synthetic_transactions.csv", (text) => {
      const lines = text.split("\n");
      lines[3] = (lines[3] as string).replace(/,(-?\d+\.\d\d),USD,/, ",abc,USD,");
      lines[7] = (lines[7] as string).replace(/^([^,]*,[^,]*,[^,]*,)\d{4}-\d\d-\d\d/, "$12025-02-30");
      lines[9] = (lines[9] as string).replace(/,(online|in store|other),/, ",in_store,");
      return lines.join("\n");
    });
    const problems = await problemsOf(dir);
    expect(problems).toEqual([
      'synthetic_transactions.csv:4:amount: "abc" is not an amount with two decimals',
      "synthetic_transactions.csv:8:date: date: expected a real date written YYYY-MM-DD",
      expect.stringMatching(/^synthetic_transactions\.csv:10:payment_channel: payment_channel: Invalid option/),
    ]);
  });

  it("reports foreign keys, owners and duplicate ids across files", async () => {
    const dir = freshDir();
    edit(dir, "synthetic_accounts.csv", (text) => text.replace(",user_001,", ",user_999,"));
    edit(dir, "synthetic_transactions.csv", (text) => {
      const lines = text.split("\n");
      lines.splice(3, 0, lines[2] as string); // a duplicated row
      return lines.join("\n");
    });
    const problems = await problemsOf(dir);
    expect(problems).toContain("synthetic_accounts.csv:2:user_id: user_id user_999 is not in synthetic_users.csv");
    expect(
      problems.some((p) =>
        /^synthetic_transactions\.csv:4:transaction_id: duplicate transaction_id txn_\S+ \(first on line 3\)$/.test(p),
      ),
    ).toBe(true);
    expect(
      problems.some((p) => /synthetic_transactions\.csv:\d+:user_id: user_id user_001 does not own account/.test(p)),
    ).toBe(true);
  });

  it("names missing files and wrong headers", async () => {
    const dir = freshDir();
    rmSync(join(dir, "synthetic_liabilities.csv"));
    edit(dir, "synthetic_users.csv", (text) => text.replace("user_id,name,", "id,name,"));
    expect(await problemsOf(dir)).toEqual([
      "synthetic_users.csv:1:-: has the wrong header: missing user_id; unexpected id",
      expect.stringMatching(/^synthetic_liabilities\.csv:-:-: is missing from /),
    ]);
  });

  it("reports quoting errors, empty files, huge fields and non-UTF-8 bytes without crashing", async () => {
    const dir = freshDir();
    edit(dir, "synthetic_users.csv", (text) => text.replace(/\n(user_002,)/, '\n"$1'));
    writeFileSync(join(dir, "synthetic_liabilities.csv"), "");
    edit(dir, "synthetic_accounts.csv", (text) => text.replace("\n", `\n${"x".repeat(1_100_000)}`));
    edit(dir, "life_events.csv", (text) =>
      Buffer.concat([Buffer.from(text.slice(0, 20)), Buffer.from([0xff, 0xfe]), Buffer.from(text.slice(20))]),
    );
    const problems = await problemsOf(dir);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^synthetic_users\.csv:3:-: is not well-formed CSV/),
        "synthetic_liabilities.csv:-:-: is empty (expected a header row)",
        expect.stringMatching(/^synthetic_accounts\.csv:\d+:-: has a field over 1048576 bytes$/),
        "life_events.csv:1:-: is not valid UTF-8 text (save it as UTF-8)",
      ]),
    );
  });

  it("accepts a byte-order mark and CRLF line ends", async () => {
    const dir = freshDir();
    edit(dir, "synthetic_users.csv", (text) => `\uFEFF${text.replace(/\n/g, "\r\n")}`);
    edit(dir, "synthetic_transactions.csv", (text) => text.replace(/\n/g, "\r\n"));
    await loadCsv(db.prisma, dir);
    expect(await readDataset(db.prisma)).toEqual(records);
  });

  it("caps the printed list but keeps every problem", async () => {
    const dir = freshDir();
    edit(dir, "synthetic_transactions.csv", (text) => text.replace(/,USD,/g, ",EUR,"));
    try {
      await loadCsv(db.prisma, dir);
      throw new Error("expected a failure");
    } catch (error) {
      const e = error as CsvLoadError;
      expect(e.problems.length).toBe(data.transactions.length);
      expect(e.message).toMatch(new RegExp(`and ${data.transactions.length - 50} more$`));
    }
  });
});

/** metadata.json as the export writes it, for the files now in `dir`. */
function writeMetadata(dir: string, extra: Record<string, unknown> = {}): void {
  const files = Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith(".csv"))
      .map((f) => {
        const bytes = readFileSync(join(dir, f));
        return [
          f,
          {
            rows: bytes.toString("utf8").trimEnd().split("\n").length - 1,
            bytes: statSync(join(dir, f)).size,
            sha256: createHash("sha256").update(bytes).digest("hex"),
          },
        ];
      }),
  );
  const meta = {
    generator: "spendsense-fixtures",
    package_version: "0.1.0",
    num_users: data.users.length,
    seed: 31,
    date_range: { start: data.meta.options.startDate, end: data.meta.options.endDate },
    generated_at: "2026-01-01T00:00:00.000Z",
    counts: Object.fromEntries(Object.entries(files).map(([f, x]) => [f, x.rows])),
    files,
    ...extra,
  };
  writeFileSync(join(dir, "metadata.json"), JSON.stringify(meta, null, 2));
}

const codes = (error: unknown) => (error as CsvLoadError).problems.map((p) => p.code);

async function refusal(dir: string, options = {}): Promise<CsvLoadError> {
  const before = await tableCounts(db.prisma);
  const error = await loadCsv(db.prisma, dir, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CsvLoadError);
  expect(await tableCounts(db.prisma)).toEqual(before);
  return error as CsvLoadError;
}

// A transaction that no stream, transfer or life event names: deleting it only breaks its account's balance.
const plain = data.transactions.find(
  (t) =>
    t.stream_id === null &&
    t.transfer_id === null &&
    !data.lifeEvents.some((e) => e.transaction_ids.includes(t.transaction_id)),
);

describe("loadCsv refuses inconsistent data (issue 13, item 6)", () => {
  it("a deleted transaction line breaks reconciliation: refused, or loaded and reported with allowInconsistent", async () => {
    expect(plain).toBeDefined();
    const dir = freshDir();
    edit(dir, "synthetic_transactions.csv", (text) =>
      text.replace(new RegExp(`\n${plain?.transaction_id},[^\n]*`), ""),
    );
    const error = await refusal(dir);
    expect(codes(error)).toContain("integrity_reconciliation");
    expect(error.problems.find((p) => p.code === "integrity_reconciliation")).toMatchObject({
      file: "synthetic_accounts.csv",
      message: expect.stringContaining(plain?.account_id as string),
    });
    const { warnings, counts } = await loadCsv(db.prisma, dir, { allowInconsistent: true });
    expect(counts.transactions).toBe(data.transactions.length - 1);
    expect(warnings.map((w) => w.code)).toContain("integrity_reconciliation");
  });

  it("a changed balance digit is refused", async () => {
    const dir = freshDir();
    const account = data.accounts[0] as (typeof data.accounts)[number];
    const balance = account.current_balance.toFixed(2);
    const changed = balance.replace(/\d(?=\.\d\d$)/, (d) => String((Number(d) + 1) % 10));
    edit(dir, "synthetic_accounts.csv", (text) =>
      text
        .replace(`${account.account_id},`, `${account.account_id},`)
        .replace(new RegExp(`(${account.account_id},[^\n]*?),${balance.replace(".", "\\.")},`), `$1,${changed},`),
    );
    expect(readFileSync(join(dir, "synthetic_accounts.csv"), "utf8")).toContain(`,${changed},`);
    expect(codes(await refusal(dir))).toContain("integrity_reconciliation");
  });

  it("a deleted stream row leaves transactions naming no stream: refused with their lines", async () => {
    const dir = freshDir();
    const stream = data.recurringStreams[0] as (typeof data.recurringStreams)[number];
    edit(dir, "recurring_streams.csv", (text) => text.replace(new RegExp(`\n${stream.stream_id},[^\n]*`), ""));
    const error = await refusal(dir);
    const unknown = error.problems.filter((p) => p.code === "unknown_reference");
    expect(unknown).toHaveLength(stream.transaction_ids.length);
    expect(unknown[0]).toMatchObject({
      file: "synthetic_transactions.csv",
      path: ["stream_id"],
      line: expect.any(Number),
    });
  });

  it("a stream's transaction moved to another account of the same user is refused as a stream mismatch", async () => {
    const dir = freshDir();
    const moved = data.recurringStreams
      .map((s) => ({
        s,
        other: data.accounts.find((a) => a.user_id === s.user_id && a.account_id !== s.account_id),
      }))
      .find(({ other }) => other !== undefined);
    expect(moved).toBeDefined();
    const { s, other } = moved as { s: (typeof data.recurringStreams)[number]; other: (typeof data.accounts)[number] };
    const member = s.transaction_ids[0] as string;
    edit(dir, "synthetic_transactions.csv", (text) =>
      text.replace(new RegExp(`^${member},${s.account_id},`, "m"), `${member},${other.account_id},`),
    );
    expect(readFileSync(join(dir, "synthetic_transactions.csv"), "utf8")).toContain(`${member},${other.account_id},`);
    const error = await refusal(dir);
    // The two accounts' balances no longer replay either; the stream check names the stream, at its line.
    const streamLine =
      readFileSync(join(dir, "recurring_streams.csv"), "utf8")
        .split("\n")
        .findIndex((l) => l.startsWith(`${s.stream_id},`)) + 1;
    expect(error.problems.filter((p) => p.code === "integrity_stream").map((p) => [p.file, p.line, p.message])).toEqual(
      [["recurring_streams.csv", streamLine, `${s.stream_id}: a member transaction is on another account`]],
    );
  });

  it("a transfer split in two (one leg given a new id) is refused: each transfer has one leg, at its line", async () => {
    const dir = freshDir();
    const leg = data.transactions.find((t) => t.transfer_id !== null) as (typeof data.transactions)[number];
    const other = data.transactions.find((t) => t.transfer_id === leg.transfer_id && t !== leg);
    expect(other).toBeDefined();
    const renamed = "xfer_split_for_test";
    edit(dir, "synthetic_transactions.csv", (text) =>
      text.replace(new RegExp(`^(${other?.transaction_id},[^\n]*),${leg.transfer_id},`, "m"), `$1,${renamed},`),
    );
    const lines = readFileSync(join(dir, "synthetic_transactions.csv"), "utf8").split("\n");
    // File lines are 1-based and line 1 is the header.
    const lineOf = (id: string) => lines.findIndex((l) => l.startsWith(`${id},`)) + 1;
    const error = await refusal(dir);
    // Amounts and dates are untouched: only the transfer check can see this.
    expect(error.problems.map((p) => [p.code, p.file, p.line, p.message]).sort()).toEqual(
      [
        [
          "integrity_transfer",
          "synthetic_transactions.csv",
          lineOf(leg.transaction_id),
          `${leg.transfer_id}: 1 legs instead of 2`,
        ],
        [
          "integrity_transfer",
          "synthetic_transactions.csv",
          lineOf(other?.transaction_id as string),
          `${renamed}: 1 legs instead of 2`,
        ],
      ].sort(),
    );
  });

  it("a liability whose last payment is not its account's latest payment is refused, and only that one", async () => {
    const dir = freshDir();
    const liability = data.liabilities.find((l) => l.last_payment_amount !== null) as (typeof data.liabilities)[number];
    expect(liability).toBeDefined();
    const amount = (liability.last_payment_amount as number).toFixed(2);
    const changed = (Number(amount) + 1).toFixed(2);
    edit(dir, "synthetic_liabilities.csv", (text) =>
      text.replace(
        new RegExp(`^(${liability.liability_id},(?:[^,\n]*,){7})${amount.replace(".", "\\.")},`, "m"),
        `$1${changed},`,
      ),
    );
    const lines = readFileSync(join(dir, "synthetic_liabilities.csv"), "utf8").split("\n");
    expect(lines.some((l) => l.startsWith(`${liability.liability_id},`) && l.includes(`,${changed},`))).toBe(true);
    const error = await refusal(dir);
    // Every other liability still matches its account's latest LOAN_PAYMENTS inflow (read back from the database).
    expect(error.problems.map((p) => [p.code, p.file, p.line])).toEqual([
      [
        "integrity_liability",
        "synthetic_liabilities.csv",
        lines.findIndex((l) => l.startsWith(`${liability.liability_id},`)) + 1,
      ],
    ]);
    expect(error.problems[0]?.message).toContain(`last payment ${Number(changed)} on`);
  });

  it("a second liability for one account is refused", async () => {
    const dir = freshDir();
    edit(dir, "synthetic_liabilities.csv", (text) => {
      const lines = text.trimEnd().split("\n");
      const copy = (lines[1] as string).replace(/^liab_[0-9a-f]{8}/, "liab_00000000");
      return `${[...lines, copy].join("\n")}\n`;
    });
    const error = await refusal(dir);
    expect(error.problems.find((p) => p.code === "duplicate_liability")).toMatchObject({
      file: "synthetic_liabilities.csv",
      path: ["account_id"],
    });
  });

  it("checks each file's SHA-256 against metadata.json; a mismatch is reported, and loads only with allowInconsistent", async () => {
    const dir = freshDir();
    writeMetadata(dir);
    await loadCsv(db.prisma, dir); // consistent: loads
    await emptyDb();
    edit(dir, "synthetic_users.csv", (text) => text.replace(/^(user_001,)[^,]+/m, "$1Someone Else"));
    const error = await refusal(dir);
    expect(error.problems.map((p) => [p.code, p.file])).toEqual([["sha256_mismatch", "synthetic_users.csv"]]);
    const { warnings } = await loadCsv(db.prisma, dir, { allowInconsistent: true });
    expect(warnings.map((w) => w.code)).toEqual(["sha256_mismatch"]);
  });

  it("a corrupt metadata.json or an unknown key in it is an error, not 'no window'", async () => {
    const dir = freshDir();
    writeFileSync(join(dir, "metadata.json"), '{"generator": "spendsense-fixtures", "date_range": {');
    expect((await refusal(dir)).problems[0]).toMatchObject({ code: "metadata_json", file: "metadata.json" });
    writeMetadata(dir, { colour: "blue" });
    expect((await refusal(dir)).problems[0]).toMatchObject({ code: "metadata_unknown_key", file: "metadata.json" });
  });
});

describe("loadCsv on hostile input (issue 13, items 5 and 10)", () => {
  it("collects more than 125,000 problems without overflowing the stack, keeps the count, prints 50", async () => {
    const dir = freshDir();
    // push(...list) overflows Node's stack between 125,000 and 130,000 items: 37,500 account rows
    // with "x" in each of their 4 amount columns make 150,000 problems.
    const rows = 37_500;
    writeFileSync(
      join(dir, "synthetic_accounts.csv"),
      `${accountsTable.columns.map((c) => c.name).join(",")}\n${`${accountsTable.columns.map(() => "x").join(",")}\n`.repeat(rows)}`,
    );
    const error = await refusal(dir);
    // Plus one for each transaction, liability and stream whose account is now missing.
    expect(error.count).toBe(
      rows * 4 + data.transactions.length + data.liabilities.length + data.recurringStreams.length,
    );
    expect(error.problems).toHaveLength(KEPT_PROBLEMS); // the rest are counted, not kept
    expect(error.problems[0]).toMatchObject({
      code: "csv_cell",
      file: "synthetic_accounts.csv",
      line: 2,
      path: ["current_balance"],
    });
    expect(error.message.split("\n")).toHaveLength(1 + 50 + 1);
    expect(error.message).toMatch(new RegExp(`and ${error.count - 50} more$`));
  });

  it("a folder named like a CSV file is reported, not a crash", async () => {
    const dir = freshDir();
    rmSync(join(dir, "life_events.csv"));
    mkdirSync(join(dir, "life_events.csv"));
    expect((await refusal(dir)).problems.map((p) => [p.code, p.file])).toEqual([["csv_not_a_file", "life_events.csv"]]);
  });
});
