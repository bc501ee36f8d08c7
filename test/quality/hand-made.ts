// Two small hand-made customers for the check families' tests: every record written out here, no
// generator involved, so each expected count in the tests can be worked out by reading this file.
//
// alex (user_001): checking (opens at 1000.00) and a card (limit 1000.00, opens owing 100.00).
//   05-02, 05-16, 05-30  +2000.00 ACME PAYROLL        stream S1 (biweekly salary)
//   05-03 -5.40, 05-10 -6.10  BLUE BOTTLE #12         coffee in store
//   05-04  -50.00 WHOLE FOODS (card)                  groceries online
//   05-05, 06-05, 07-05  -15.99 NETFLIX.COM           stream S2 (monthly subscription)
//   05-20  -100.00 checking / +100.00 card            the card payment, transfer x1
//   checking ends at 1000 + 6000 - 11.50 - 47.97 - 100 = 6840.53; the card owes 100 + 50 - 100 = 50.00
// bo (user_002): checking only (opens at 50.00), one coffee of -4.75 on 06-01, ends at 45.25.
import type { Account, Customer, Liability, RecurringStream, Transaction, User } from "spendsense-fixtures";
import type { QualityContext } from "../../src/quality/checks.ts";
import type { CheckEnv, ExternalMeasurements } from "../../src/quality/family.ts";
import { NULL_LOCATION } from "../../src/rules/transactions/base.ts";

export const id = (prefix: string, n: number) => `${prefix}00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

export const CONTEXT: QualityContext = { requestedUsers: 2, startDate: "2025-05-01", endDate: "2025-10-31" };
export const NOT_MEASURED: ExternalMeasurements = {
  loadProblems: null,
  databaseBytes: null,
  generationSeconds: null,
  reproducible: null,
};

export function env(overrides: Partial<CheckEnv> = {}): CheckEnv {
  return { context: CONTEXT, band: { min: 1, max: 20 }, external: NOT_MEASURED, ...overrides };
}

export function user(n: number, age = 30, income = 50_000): User {
  const bracket = age <= 25 ? "18-25" : age <= 35 ? "26-35" : age <= 50 ? "36-50" : "51+";
  const tier = income <= 34_999 ? "low" : income <= 74_999 ? "middle" : income <= 149_999 ? "upper_middle" : "high";
  return {
    user_id: `user_${String(n).padStart(3, "0")}`,
    name: `User ${n}`,
    email: `user${n}@example.com`,
    created_at: "2024-01-15",
    metadata: {
      age,
      age_bracket: bracket,
      income,
      income_bracket: tier,
      region: "urban",
      life_stage: "mid_career",
      life_event: null,
      home: { city: "Austin", state: "TX", postal_code: "78701", lat: 30.27, lon: -97.74 },
    },
  };
}

function checking(n: number, userId: string, opening: number, current: number): Account {
  return {
    account_id: id("acc_", n),
    user_id: userId,
    type: "depository",
    subtype: "checking",
    name: "Everyday Checking",
    official_name: "Everyday Checking Account",
    mask: "1234",
    current_balance: current,
    available_balance: current,
    credit_limit: null,
    iso_currency_code: "USD",
    opening_balance: opening,
  };
}

function card(n: number, userId: string, opening: number, owed: number, limit: number): Account {
  return {
    account_id: id("acc_", n),
    user_id: userId,
    type: "credit",
    subtype: "credit card",
    name: "Rewards Card",
    official_name: "Rewards Visa",
    mask: "9876",
    current_balance: owed,
    available_balance: limit - owed,
    credit_limit: limit,
    iso_currency_code: "USD",
    opening_balance: opening,
  };
}

const NO_LOCATION = NULL_LOCATION;
const STORE = {
  address: "1 Main St",
  city: "Austin",
  region: "TX",
  postal_code: "78701",
  country: "US",
  lat: 30.27,
  lon: -97.74,
  store_number: "12",
};

interface TxnSpec {
  n: number;
  account: string;
  user: string;
  date: string;
  amount: number;
  name: string;
  pfc: [string, string];
  merchant?: string | null;
  channel?: Transaction["payment_channel"];
  transfer?: string | null;
  stream?: string | null;
}

function txn(s: TxnSpec): Transaction {
  const channel = s.channel ?? "other";
  return {
    transaction_id: id("txn_", s.n),
    account_id: s.account,
    user_id: s.user,
    date: s.date,
    authorized_date: s.date,
    amount: s.amount,
    iso_currency_code: "USD",
    name: s.name,
    merchant_name: s.merchant ?? null,
    payment_channel: channel,
    personal_finance_category: { primary: s.pfc[0], detailed: s.pfc[1], confidence_level: "VERY_HIGH" },
    pending: false,
    location: channel === "in store" ? { ...STORE } : { ...NO_LOCATION },
    transfer_id: s.transfer ?? null,
    stream_id: s.stream ?? null,
  };
}

function stream(
  n: number,
  userId: string,
  account: string,
  members: Transaction[],
  desc: string,
  merchant: string | null,
  frequency: RecurringStream["frequency"],
): RecurringStream {
  const first = members[0] as Transaction;
  const last = members[members.length - 1] as Transaction;
  return {
    stream_id: id("stream_", n),
    account_id: account,
    user_id: userId,
    description: desc,
    merchant_name: merchant,
    frequency,
    first_date: first.date,
    last_date: last.date,
    average_amount: first.amount,
    last_amount: last.amount,
    iso_currency_code: "USD",
    is_active: true,
    status: "MATURE",
    personal_finance_category: { ...first.personal_finance_category },
    transaction_ids: members.map((t) => t.transaction_id),
  };
}

export const CHECKING_A = id("acc_", 1);
export const CARD_A = id("acc_", 2);
export const CHECKING_B = id("acc_", 3);
export const S1 = id("stream_", 1);
export const S2 = id("stream_", 2);

/** alex, user_001: 2 accounts, 11 transactions, 1 liability, 2 streams. */
export function alex(): Customer {
  const u = "user_001";
  const a = CHECKING_A;
  const salary: [string, string] = ["INCOME", "INCOME_SALARY"];
  const coffee: [string, string] = ["FOOD_AND_DRINK", "FOOD_AND_DRINK_COFFEE"];
  const tv: [string, string] = ["ENTERTAINMENT", "ENTERTAINMENT_TV_AND_MOVIES"];
  const t = [
    txn({ n: 1, account: a, user: u, date: "2025-05-02", amount: 2000, name: "ACME PAYROLL", pfc: salary, stream: S1 }),
    txn({
      n: 2,
      account: a,
      user: u,
      date: "2025-05-03",
      amount: -5.4,
      name: "BLUE BOTTLE #12",
      pfc: coffee,
      merchant: "Blue Bottle",
      channel: "in store",
    }),
    txn({
      n: 3,
      account: CARD_A,
      user: u,
      date: "2025-05-04",
      amount: -50,
      name: "WHOLE FOODS",
      pfc: ["FOOD_AND_DRINK", "FOOD_AND_DRINK_GROCERIES"],
      merchant: "Whole Foods",
      channel: "online",
    }),
    txn({
      n: 4,
      account: a,
      user: u,
      date: "2025-05-05",
      amount: -15.99,
      name: "NETFLIX.COM",
      pfc: tv,
      merchant: "Netflix",
      channel: "online",
      stream: S2,
    }),
    txn({
      n: 5,
      account: a,
      user: u,
      date: "2025-05-10",
      amount: -6.1,
      name: "BLUE BOTTLE #12",
      pfc: coffee,
      merchant: "Blue Bottle",
      channel: "in store",
    }),
    txn({ n: 6, account: a, user: u, date: "2025-05-16", amount: 2000, name: "ACME PAYROLL", pfc: salary, stream: S1 }),
    txn({
      n: 7,
      account: a,
      user: u,
      date: "2025-05-20",
      amount: -100,
      name: "PAYMENT TO CARD",
      pfc: ["TRANSFER_OUT", "TRANSFER_OUT_ACCOUNT_TRANSFER"],
      transfer: "xfer_1",
    }),
    txn({
      n: 8,
      account: CARD_A,
      user: u,
      date: "2025-05-20",
      amount: 100,
      name: "PAYMENT THANK YOU",
      pfc: ["LOAN_PAYMENTS", "LOAN_PAYMENTS_CREDIT_CARD_PAYMENT"],
      transfer: "xfer_1",
    }),
    txn({ n: 9, account: a, user: u, date: "2025-05-30", amount: 2000, name: "ACME PAYROLL", pfc: salary, stream: S1 }),
    txn({
      n: 10,
      account: a,
      user: u,
      date: "2025-06-05",
      amount: -15.99,
      name: "NETFLIX.COM",
      pfc: tv,
      merchant: "Netflix",
      channel: "online",
      stream: S2,
    }),
    txn({
      n: 11,
      account: a,
      user: u,
      date: "2025-07-05",
      amount: -15.99,
      name: "NETFLIX.COM",
      pfc: tv,
      merchant: "Netflix",
      channel: "online",
      stream: S2,
    }),
  ];
  const liability: Liability = {
    liability_id: id("liab_", 1),
    account_id: CARD_A,
    user_id: u,
    type: "credit_card",
    apr_percentage: 21.99,
    apr_type: "purchase_apr",
    interest_rate_percentage: null,
    minimum_payment_amount: 1,
    last_payment_amount: 100,
    last_payment_date: "2025-05-20",
    last_statement_balance: 50,
    next_payment_due_date: "2025-11-20",
    is_overdue: false,
  };
  const byId = (...ns: number[]) => ns.map((n) => t[n - 1] as Transaction);
  return {
    user: user(1),
    accounts: [checking(1, u, 1000, 6840.53), card(2, u, 100, 50, 1000)],
    transactions: t,
    liabilities: [liability],
    recurringStreams: [
      stream(1, u, a, byId(1, 6, 9), "ACME PAYROLL", null, "BIWEEKLY"),
      stream(2, u, a, byId(4, 10, 11), "NETFLIX.COM", "Netflix", "MONTHLY"),
    ],
    lifeEvents: [],
  };
}

/** bo, user_002: one checking account and one coffee. */
export function bo(): Customer {
  const u = "user_002";
  return {
    user: user(2, 45, 90_000),
    accounts: [checking(3, u, 50, 45.25)],
    transactions: [
      txn({
        n: 12,
        account: CHECKING_B,
        user: u,
        date: "2025-06-01",
        amount: -4.75,
        name: "CORNER CAFE",
        pfc: ["FOOD_AND_DRINK", "FOOD_AND_DRINK_COFFEE"],
        merchant: "Corner Cafe",
        channel: "in store",
      }),
    ],
    liabilities: [],
    recurringStreams: [],
    lifeEvents: [],
  };
}

/** The first transaction of a customer with this number (1-based, as in the table above). */
export function nth(c: Customer, n: number): Transaction {
  const t = c.transactions.find((x) => x.transaction_id === id("txn_", n));
  if (!t) throw new Error(`no transaction ${n}`);
  return t;
}
