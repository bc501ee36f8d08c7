// transactionIsValid and streamIsValid must give their schema's verdict on every input: checked over
// generated records (all valid) and over mutations of every field of a few representative ones (most
// invalid, some still valid), with zod as the reference.
import { describe, expect, it } from "vitest";
import { buildCustomer } from "../../src/dataset/customer.ts";
import { dataWindow } from "../../src/dataset/window.ts";
import { type Transaction, TransactionSchema } from "../../src/schemas/transaction.ts";
import { type RecurringStream, RecurringStreamSchema } from "../../src/schemas/recurring-stream.ts";
import { streamIsValid, transactionIsValid } from "../../src/schemas/verdicts.ts";

const window = dataWindow("2025-05-01", "2025-10-31");
const transactions = [1, 2, 3, 4, 5, 6, 7, 8].flatMap(
  (index) => buildCustomer({ seed: 5, index, window }).transactions,
);
const zod = (value: unknown) => TransactionSchema.safeParse(value).success;

/** Values that break most field schemas, and some that satisfy a few. */
const VALUES: unknown[] = [
  undefined,
  null,
  "",
  "x",
  "2025-02-30",
  "2025-06-01",
  "2030-01-01",
  "25-06-01",
  "USD",
  "usd",
  "online",
  "in store",
  "in_store",
  "user_01",
  "user_0001",
  "txn_00000000-0000-4000-8000-00000000000G",
  "acc_12345678-1234-4234-8234-123456789abc",
  "txn_12345678-1234-4234-8234-123456789abc",
  "TXN_12345678-1234-4234-8234-123456789ABC",
  "HIGH",
  "INCOME",
  "INCOME_WAGES",
  "TRANSFER_OUT",
  0,
  1,
  -1,
  12.34,
  1.005,
  -0,
  95,
  -200,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  [],
  {},
  ["a"],
];

/** Every field path of a transaction, nested ones included. */
const PATHS: string[][] = [
  ...Object.keys(transactions[0] as Transaction).map((k) => [k]),
  ...["primary", "detailed", "confidence_level"].map((k) => ["personal_finance_category", k]),
  ...["address", "city", "region", "postal_code", "country", "lat", "lon", "store_number"].map((k) => ["location", k]),
];

function withValue(t: Transaction, path: string[], value: unknown): unknown {
  const copy = structuredClone(t) as Record<string, unknown>;
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = path.at(-1) as string;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

/**
 * Every record of `reps` with every path set to every value (or deleted): how many zod accepts and
 * rejects, and where `fast` disagrees with zod.
 */
function mutationVerdicts(
  reps: readonly { [key: string]: unknown }[],
  paths: readonly string[][],
  values: readonly unknown[],
  reference: (value: unknown) => boolean,
  fast: (value: unknown) => boolean,
): { valid: number; invalid: number; disagreements: string[] } {
  let valid = 0;
  let invalid = 0;
  const disagreements: string[] = [];
  for (const [r, record] of reps.entries())
    for (const path of paths)
      for (const value of values) {
        const mutated = withValue(record as unknown as Transaction, path, value);
        const expected = reference(mutated);
        if (expected) valid++;
        else invalid++;
        if (fast(mutated) !== expected)
          disagreements.push(`${path.join(".")} = ${JSON.stringify(value)} on record ${r}: zod says ${expected}`);
      }
  return { valid, invalid, disagreements };
}

/** One transaction of each (channel, primary, pending, has stream) shape, so every rule is exercised. */
function representatives(): Transaction[] {
  const seen = new Map<string, Transaction>();
  for (const t of transactions) {
    const key = [t.payment_channel, t.personal_finance_category.primary, t.pending, t.stream_id === null].join("|");
    if (!seen.has(key)) seen.set(key, t);
  }
  return [...seen.values()];
}

describe("transactionIsValid", () => {
  it("accepts every generated transaction, as zod does", () => {
    expect(transactions.length).toBeGreaterThan(1000);
    for (const t of transactions) {
      expect(zod(t)).toBe(true);
      expect(transactionIsValid(t)).toBe(true);
    }
  });

  it("gives zod's verdict on every mutation of every field", () => {
    const reps = representatives();
    expect(reps.length).toBeGreaterThan(10);
    const { valid, invalid, disagreements } = mutationVerdicts(reps, PATHS, VALUES, zod, transactionIsValid);
    expect(disagreements).toEqual([]);
    // Both verdicts occur, so the comparison means something.
    expect(valid).toBeGreaterThan(100);
    expect(invalid).toBeGreaterThan(1000);
  });

  it("gives zod's verdict on the record-level rules and on inputs that are not records", () => {
    const t = transactions.find((x) => x.payment_channel === "in store" && x.authorized_date !== null) as Transaction;
    const online = transactions.find((x) => x.payment_channel === "online") as Transaction;
    const income = transactions.find((x) => x.personal_finance_category.primary === "INCOME") as Transaction;
    const cases: unknown[] = [
      { ...t, authorized_date: "2030-01-01" },
      { ...t, location: { ...t.location, city: null } },
      { ...t, extra: "ignored" },
      { ...t, location: { ...t.location, extra: 1 } },
      { ...online, location: { ...online.location, city: "Austin" } },
      { ...online, location: { ...online.location, extra: "not a location key" } },
      { ...income, amount: -income.amount },
      { ...income, amount: 0 },
      null,
      undefined,
      [],
      "txn",
      42,
    ];
    for (const c of cases) expect(transactionIsValid(c), JSON.stringify(c)).toBe(zod(c));
    expect(cases.filter(zod).length).toBe(3);
  });
});

describe("streamIsValid", () => {
  const streams = [1, 2, 3, 4, 5, 6, 7, 8].flatMap(
    (index) => buildCustomer({ seed: 5, index, window }).recurringStreams,
  );
  const zodStream = (value: unknown) => RecurringStreamSchema.safeParse(value).success;
  const txnId = "txn_12345678-1234-4234-8234-123456789abc";
  const STREAM_VALUES: unknown[] = [
    ...VALUES,
    "stream_12345678-1234-4234-8234-123456789abc",
    "MONTHLY",
    "BIWEEKLY",
    "MATURE",
    "EARLY_DETECTION",
    "2025-12-31",
    [txnId],
    [txnId, txnId, txnId],
    [txnId, "txn_x"],
    // A sparse array: zod reads the hole as undefined.
    [txnId, , txnId],
  ];

  it("accepts every generated stream, as zod does", () => {
    expect(streams.length).toBeGreaterThan(50);
    for (const s of streams) {
      expect(zodStream(s)).toBe(true);
      expect(streamIsValid(s)).toBe(true);
    }
  });

  it("gives zod's verdict on every mutation of every field", () => {
    const reps = [
      ...new Map(streams.map((s) => [`${s.status}|${s.frequency}|${s.personal_finance_category.primary}`, s])).values(),
    ];
    expect(reps.length).toBeGreaterThan(3);
    const paths = [
      ...Object.keys(streams[0] as RecurringStream).map((k) => [k]),
      ...["primary", "detailed", "confidence_level"].map((k) => ["personal_finance_category", k]),
    ];
    const { valid, invalid, disagreements } = mutationVerdicts(reps, paths, STREAM_VALUES, zodStream, streamIsValid);
    expect(disagreements).toEqual([]);
    expect(valid).toBeGreaterThan(20);
    expect(invalid).toBeGreaterThan(500);
    for (const c of [null, [], "stream", { ...reps[0], extra: 1 }]) expect(streamIsValid(c)).toBe(zodStream(c));
  });
});
