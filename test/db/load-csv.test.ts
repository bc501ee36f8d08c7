// The CSV loader: reads exactly what the CSV writer writes, reports every problem with file, line
// and column, and never leaves a half-loaded database.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { CsvLoadError, buildDataset, loadCsv, persistDataset, readDataset, tableCounts } from "spendsense-fixtures";
import { useTestDatabase } from "spendsense-fixtures/testing";
import { writeCsvDir } from "../helpers/csv-dir.ts";

const db = useTestDatabase();
const data = buildDataset({ users: 8, seed: 31 });
const { meta: _meta, ...records } = data;
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function freshDir(): string {
  const dir = writeCsvDir(data);
  dirs.push(dir);
  return dir;
}

async function emptyDb() {
  await persistDataset(db.prisma, { users: [], accounts: [], transactions: [], liabilities: [], recurringStreams: [], lifeEvents: [] }, { replace: true });
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
    expect(problems.some((p) => /^synthetic_transactions\.csv:4:transaction_id: duplicate transaction_id txn_\S+ \(first on line 3\)$/.test(p))).toBe(true);
    expect(problems.some((p) => /synthetic_transactions\.csv:\d+:user_id: user_id user_001 does not own account/.test(p))).toBe(true);
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
    edit(dir, "life_events.csv", (text) => Buffer.concat([Buffer.from(text.slice(0, 20)), Buffer.from([0xff, 0xfe]), Buffer.from(text.slice(20))]));
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
