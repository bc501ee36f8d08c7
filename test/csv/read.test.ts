// Reading one CSV file: malformed input is reported with the line it is on, never loaded as
// silently altered data (issue 13, items 3 and 10).
import { describe, expect, it } from "vitest";
import { buildDataset } from "spendsense-fixtures";
import { CellRefusal, readCell } from "../../src/csv/format.ts";
import { readTableCsv } from "../../src/csv/read.ts";
import { toCsv } from "../../src/csv/write.ts";
import { formatIssue } from "../../src/issues/issue.ts";
import { TransactionSchema } from "../../src/schemas/transaction.ts";
import { UserSchema } from "../../src/schemas/user.ts";
import { accountsTable, transactionsTable, usersTable } from "../../src/tables/tables.ts";
import { AccountSchema } from "../../src/schemas/account.ts";

const data = buildDataset({ users: 4, seed: 5 });
const usersCsv = toCsv(usersTable, data.users);
const txnCsv = toCsv(transactionsTable, data.transactions);
const readUsers = (text: string) => readTableCsv(usersTable, UserSchema, "synthetic_users.csv", Buffer.from(text));
const readTxns = (text: string) =>
  readTableCsv(transactionsTable, TransactionSchema, "synthetic_transactions.csv", Buffer.from(text));
const lines = (text: string) => text.split("\n");

describe("readTableCsv on malformed input", () => {
  it("rejects LF lines followed by CRLF lines, naming the first CRLF line (no \\r glued to the last field)", () => {
    const l = lines(txnCsv);
    // Lines 1-5 end with LF, the rest with CRLF.
    const mixed = `${l.slice(0, 5).join("\n")}\n${l.slice(5).join("\r\n")}`;
    const read = readTxns(mixed);
    expect(read.rows).toEqual([]);
    expect(read.problems.map(formatIssue)).toEqual([
      "synthetic_transactions.csv:6: ends with CRLF but line 1 ends with LF; use one kind of line end throughout the file",
    ]);
    expect(read.problems[0]?.code).toBe("csv_line_endings");
    // All CRLF still loads, with no \r in any value.
    const crlf = readTxns(txnCsv.replace(/\n/g, "\r\n"));
    expect(crlf.problems).toEqual([]);
    expect(crlf.rows.map((r) => r.record)).toEqual(data.transactions);
  });

  it("reports an unclosed quote on the line where it opens, not at the end of the file", () => {
    const csv = toCsv(accountsTable, data.accounts);
    expect(csv).not.toContain('"'); // so the quote added below is never closed
    const l = lines(csv);
    expect(l.length).toBeGreaterThan(6);
    l[2] = `${l[2]},"unclosed`; // line 3; the file has more lines after it
    const read = readTableCsv(accountsTable, AccountSchema, "synthetic_accounts.csv", Buffer.from(l.join("\n")));
    expect(read.problems.map(formatIssue)).toEqual([
      "synthetic_accounts.csv:3: has a quote that opens on this line and is never closed",
    ]);
  });

  it("rejects a bare CR outside quotes", () => {
    const l = lines(usersCsv);
    l[1] = (l[1] as string).replace(",", "\r,");
    expect(readUsers(l.join("\n")).problems.map((p) => [p.code, p.line])).toEqual([["csv_bare_cr", 2]]);
  });

  it("writes a text value holding a bare CR quoted (RFC 4180), and reads it back unchanged", () => {
    const user = { ...(data.users[0] as (typeof data.users)[number]), name: "Ann\rLee" };
    const csv = toCsv(usersTable, [user]);
    expect(csv).toContain('"Ann\rLee"');
    const read = readUsers(csv);
    expect(read.problems).toEqual([]);
    expect(read.rows[0]?.record.name).toBe("Ann\rLee");
  });

  it("rejects a repeated header column, even when both columns hold equal values", () => {
    const l = lines(usersCsv).map((line, i) =>
      line === "" ? line : `${line},${i === 0 ? "name" : (line.split(",")[1] as string)}`,
    );
    const read = readUsers(l.join("\n"));
    expect(read.problems.map(formatIssue)).toEqual(["synthetic_users.csv:1: has the wrong header: repeated name"]);
  });

  it("rejects a NUL byte in a name, a latitude of 123.45 and an unknown user metadata key", () => {
    const l = lines(usersCsv);
    l[1] = (l[1] as string).replace(/^(user_\d+,)([^,]+)/, "$1Ann\u0000Lee");
    l[2] = (l[2] as string).replace(/""lat"":-?[\d.]+/, '""lat"":123.45');
    l[3] = (l[3] as string).replace('{""age""', '{""shoe_size"":44,""age""');
    const problems = readUsers(l.join("\n")).problems.map(formatIssue);
    expect(problems).toEqual([
      "synthetic_users.csv:2: name: contains a NUL byte",
      "synthetic_users.csv:3: metadata: metadata.home.lat: Too big: expected number to be <=90",
      expect.stringMatching(/^synthetic_users\.csv:4: metadata: metadata: Unrecognized key: "shoe_size"/),
    ]);
  });

  it("rejects a transaction location latitude out of range", () => {
    const withLocation = data.transactions.find((t) => t.location.lat !== null);
    expect(withLocation).toBeDefined();
    const bad = {
      ...(withLocation as (typeof data.transactions)[number]),
      location: { ...(withLocation as (typeof data.transactions)[number]).location, lat: 123.45 },
    };
    expect(readTxns(toCsv(transactionsTable, [bad])).problems.map(formatIssue)).toEqual([
      expect.stringMatching(/^synthetic_transactions\.csv:2: location_lat: location\.lat: Too big/),
    ]);
  });

  it("rejects an amount a double cannot hold to the cent, keeps every exact one", () => {
    expect(readCell("money", "99999999999999999999.99")).toStrictEqual(
      new CellRefusal('"99999999999999999999.99" is too large to hold exactly in cents'),
    );
    expect(readCell("money", "90071992547409.93")).toBeInstanceOf(CellRefusal); // 2^53 + 1 cents
    expect(readCell("money", "90071992547409.91")).toBe(90071992547409.91); // 2^53 - 1 cents
    expect(readCell("money", "-0.00")).toBe(-0);
    expect(readCell("money", "-12.30")).toBe(-12.3);
  });

  it("reads every amount up to 12 digits before the point back as written, and refuses leading zeros", () => {
    // Amounts of 1 to 14 digits of cents, spread over every magnitude (a fixed 31-bit LCG in integer
    // arithmetic: no randomness in tests); each must come back as the double that prints as the text,
    // holding whole cents.
    let state = 12345;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff);
    const texts = ["0.00", "0.01", "-0.01", "999999999999.99", "-999999999999.99", "100000000000.00"];
    for (let digits = 1; digits <= 14; digits++)
      for (let k = 0; k < 200; k++) {
        const cents = (BigInt(next()) * BigInt(next())) % 10n ** BigInt(digits);
        const text = `${k % 2 ? "-" : ""}${cents / 100n}.${String(cents % 100n).padStart(2, "0")}`;
        texts.push(text);
      }
    for (const text of texts) {
      const value = readCell("money", text);
      expect(typeof value, text).toBe("number");
      if (typeof value !== "number") continue;
      expect(value.toFixed(2), text).toBe(text.replace(/^-(?=0\.00$)/, ""));
      expect(Math.round(value * 100) / 100, text).toBe(value);
    }
    // A leading zero never prints back: the text is refused, short or long.
    for (const text of ["007.50", "-01.00", "0000000000012.34"])
      expect(readCell("money", text), text).toBeInstanceOf(CellRefusal);
    expect(readCell("money", "0.50")).toBe(0.5);
  });
});
