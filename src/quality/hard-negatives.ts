// A synthetic test set for the recurring detector: real series (ground-truth streams) beside hard
// negatives, habitual but non-recurring spending at one shop that looks like a series (a coffee most
// weeks, groceries every other weekend at the same store, lunch at the same diner on workdays). No
// generator and no random draw: every date and amount is written by rule below, so the detector's
// expected score can be worked out by hand. Pure.
import type { RecurringStream, StreamFrequency } from "../schemas/recurring-stream.ts";
import type { Transaction } from "../schemas/transaction.ts";
import { addDays } from "../units/dates.ts";

const ACCOUNT = "acc_00000000-0000-4000-8000-00000000hn01";
const USER = "user_hn";
const NO_LOCATION = {
  address: null,
  city: null,
  region: null,
  postal_code: null,
  country: null,
  lat: null,
  lon: null,
  store_number: null,
};

let serial = 0;
function txn(date: string, name: string, amount: number, detailed: string, stream: string | null): Transaction {
  serial++;
  const primary = detailed.startsWith("INCOME")
    ? "INCOME"
    : detailed.replace(/_(GROCERIES|COFFEE|RESTAURANT|TV_AND_MOVIES)$/, "");
  return {
    transaction_id: `txn_00000000-0000-4000-8000-${String(serial).padStart(12, "0")}`,
    account_id: ACCOUNT,
    user_id: USER,
    date,
    authorized_date: date,
    amount,
    iso_currency_code: "USD",
    name,
    merchant_name: null,
    payment_channel: stream === null ? "in store" : "other",
    personal_finance_category: { primary, detailed, confidence_level: "HIGH" },
    pending: false,
    location: NO_LOCATION,
    transfer_id: null,
    stream_id: stream,
  } as Transaction;
}

function stream(id: string, frequency: StreamFrequency, txns: Transaction[]): RecurringStream {
  const first = txns[0] as Transaction;
  const last = txns[txns.length - 1] as Transaction;
  return {
    stream_id: id,
    account_id: ACCOUNT,
    user_id: USER,
    description: first.name,
    merchant_name: null,
    frequency,
    first_date: first.date,
    last_date: last.date,
    average_amount: first.amount,
    last_amount: last.amount,
    iso_currency_code: "USD",
    is_active: true,
    status: "MATURE",
    personal_finance_category: first.personal_finance_category,
    transaction_ids: txns.map((t) => t.transaction_id),
  } as RecurringStream;
}

export interface HardNegativeSet {
  transactions: Transaction[];
  streams: RecurringStream[];
  /** What each part is, for the tests' reasoning. */
  parts: { positives: string[]; negatives: string[] };
}

/**
 * Two real series and three habits over 2025-05-01..2025-10-31:
 * - payroll every 14 days from 05-02 (+2,000.00): a BIWEEKLY stream of 14 deposits;
 * - NETFLIX on the 5th of each month (-15.99): a MONTHLY stream of 6 charges;
 * - coffee at BLUE BOTTLE every 7 days from 05-03, 5.40-6.10 (inside the detector's ±15 %): a weekly habit;
 * - groceries at TRADER JOES every 14 days from 05-10, 80.00-88.00: a biweekly habit;
 * - lunch at LOCAL DINER on workdays with 1-3 day gaps: no cadence (the detector should pass it by).
 * With `negatives: false` only the two series are returned.
 */
export function hardNegativeSet(options: { negatives?: boolean } = {}): HardNegativeSet {
  serial = 0;
  const withNegatives = options.negatives ?? true;
  const pay = Array.from({ length: 14 }, (_, i) =>
    txn(addDays("2025-05-02", 14 * i), "ACME PAYROLL DIR DEP", 2000, "INCOME_SALARY", "stream_pay"),
  );
  const netflix = Array.from({ length: 6 }, (_, i) =>
    txn(
      `2025-${String(5 + i).padStart(2, "0")}-05`,
      "NETFLIX.COM",
      -15.99,
      "ENTERTAINMENT_TV_AND_MOVIES",
      "stream_netflix",
    ),
  );
  const transactions = [...pay, ...netflix];
  if (withNegatives) {
    for (let i = 0; i < 26; i++) {
      transactions.push(
        txn(addDays("2025-05-03", 7 * i), "BLUE BOTTLE", -(5.4 + (i % 8) * 0.1), "FOOD_AND_DRINK_COFFEE", null),
      );
    }
    for (let i = 0; i < 13; i++) {
      transactions.push(
        txn(addDays("2025-05-10", 14 * i), "TRADER JOES", -(80 + (i % 5) * 2), "FOOD_AND_DRINK_GROCERIES", null),
      );
    }
    const gaps = [1, 3, 1, 1, 2];
    let day = "2025-05-05";
    for (let i = 0; i < 60; i++) {
      transactions.push(txn(day, "LOCAL DINER", -(12 + (i % 4)), "FOOD_AND_DRINK_RESTAURANT", null));
      day = addDays(day, gaps[i % gaps.length] as number);
    }
  }
  transactions.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    transactions,
    streams: [stream("stream_pay", "BIWEEKLY", pay), stream("stream_netflix", "MONTHLY", netflix)],
    parts: {
      positives: ["ACME PAYROLL DIR DEP (biweekly)", "NETFLIX.COM (monthly)"],
      negatives: withNegatives
        ? ["BLUE BOTTLE (weekly habit)", "TRADER JOES (biweekly habit)", "LOCAL DINER (workdays)"]
        : [],
    },
  };
}
