// Conversion to the `plaid` package's shapes: Plaid's sign, every required key, derived liability
// fields checked against hand-worked numbers, and the round trip back to the toolkit's records.
import { AccountSubtype } from "plaid";
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/dataset/build-dataset.ts";
import {
  flipSign,
  fromPlaidAccount,
  fromPlaidTransaction,
  fromPlaidUser,
  MERCHANT_WEB,
  PlaidConversionError,
  plaidItems,
  toPlaidAccount,
  toPlaidCreditCard,
  toPlaidStudentLoan,
  toPlaidTransaction,
} from "../../src/plaid/index.ts";
import { SPEND_CATEGORIES, SPEND_KINDS } from "../../src/data/merchants.ts";
import { PLACES_BY_REGION } from "../../src/data/places.ts";
import { DEFAULT_PROFILE } from "../../src/data/profile.ts";
import { localMerchants } from "../../src/rules/merchants.ts";
import type { Account } from "../../src/schemas/account.ts";
import type { Liability } from "../../src/schemas/liability.ts";

const data = buildDataset({ users: 100, seed: 42 });
/** Every local business name of every city of the catalogue. */
const LOCAL_NAMES = new Set(
  Object.values(PLACES_BY_REGION)
    .flat()
    .flatMap((place) => SPEND_KINDS.flatMap((kind) => localMerchants(DEFAULT_PROFILE, place, kind)))
    .map((m) => m.merchant_name),
);
const items = plaidItems(data);

// The 17 keys plaid@47.0.0's `Transaction` interface marks non-optional (the project spec's plaid-reference.md §5).
const TRANSACTION_REQUIRED = [
  "account_id",
  "amount",
  "iso_currency_code",
  "unofficial_currency_code",
  "date",
  "location",
  "name",
  "payment_meta",
  "pending",
  "pending_transaction_id",
  "account_owner",
  "transaction_id",
  "authorized_date",
  "authorized_datetime",
  "datetime",
  "payment_channel",
  "transaction_code",
];
const LOCATION_KEYS = ["address", "city", "region", "postal_code", "country", "lat", "lon", "store_number"];
const PAYMENT_META_KEYS = [
  "reference_number",
  "ppd_id",
  "payee",
  "by_order_of",
  "payer",
  "payment_method",
  "payment_processor",
  "reason",
];

describe("transactions in Plaid's shape", () => {
  it("flip the sign: money out is positive in Plaid, money in negative, for every transaction", () => {
    expect(data.transactions.length).toBeGreaterThan(10_000);
    for (const t of data.transactions) {
      const p = toPlaidTransaction(t);
      expect(Math.round(p.amount * 100)).toBe(-Math.round(t.amount * 100));
      // Plaid: purchases positive, income negative ([OAS] TransactionBase.amount).
      if (t.personal_finance_category.primary === "FOOD_AND_DRINK" && t.amount < 0) expect(p.amount).toBeGreaterThan(0);
      if (t.personal_finance_category.primary === "INCOME") expect(p.amount).toBeLessThan(0);
    }
  });

  it("never writes -0 and keeps cents exact", () => {
    expect(Object.is(flipSign(0), 0)).toBe(true);
    expect(flipSign(-15.99)).toBe(15.99);
    expect(flipSign(0.1 + 0.2 - 0.3)).toBe(0);
  });

  it("carry every key Plaid requires, and all 8 location and payment_meta keys", () => {
    for (const t of data.transactions.slice(0, 500)) {
      const p = toPlaidTransaction(t) as unknown as Record<string, unknown>;
      for (const key of TRANSACTION_REQUIRED) expect(p[key], key).not.toBeUndefined();
      expect(Object.keys(p.location as object).sort()).toEqual([...LOCATION_KEYS].sort());
      expect(Object.keys(p.payment_meta as object).sort()).toEqual([...PAYMENT_META_KEYS].sort());
    }
  });

  it("enrich merchants: counterparty, entity id shared by a brand, website where the brand has one", () => {
    const starbucks = data.transactions.filter((t) => t.merchant_name === "Starbucks").map(toPlaidTransaction);
    const diner = data.transactions.find((t) => t.merchant_name !== null && LOCAL_NAMES.has(t.merchant_name));
    expect(diner).toBeDefined();
    expect(starbucks.length).toBeGreaterThan(1);
    expect(new Set(starbucks.map((t) => t.merchant_entity_id)).size).toBe(1);
    expect(starbucks[0]?.website).toBe("starbucks.com");
    expect(starbucks[0]?.counterparties?.[0]).toMatchObject({
      name: "Starbucks",
      type: "merchant",
      entity_id: starbucks[0]?.merchant_entity_id,
    });
    expect(diner && toPlaidTransaction(diner).website).toBeNull();
    const transfer = data.transactions.find((t) => t.transfer_id !== null && t.merchant_name === null);
    expect(transfer && toPlaidTransaction(transfer).counterparties).toEqual([]);
    expect(transfer && toPlaidTransaction(transfer).merchant_entity_id).toBeNull();
  });

  it("know every merchant the generator's tables name (a new merchant needs a MERCHANT_WEB row)", () => {
    const names = new Set(data.transactions.map((t) => t.merchant_name).filter((n): n is string => n !== null));
    for (const c of Object.values(SPEND_CATEGORIES)) for (const m of c.merchants) names.add(m.merchant_name);
    // Local businesses (named per city) are the only merchants without a row.
    const missing = [...names].filter((n) => !(n in MERCHANT_WEB) && !LOCAL_NAMES.has(n));
    expect(missing).toEqual([]);
  });

  it("refuse a currency the toolkit does not model, with an issue naming the field", () => {
    const p = { ...toPlaidTransaction(data.transactions[0]!), iso_currency_code: "EUR" };
    expect(() => fromPlaidTransaction(p, { user_id: "user_001", stream_id: null })).toThrow(PlaidConversionError);
    try {
      fromPlaidTransaction(p, { user_id: "user_001", stream_id: null });
    } catch (error) {
      expect((error as PlaidConversionError).issues[0]?.path).toEqual(["iso_currency_code"]);
    }
  });
});

describe("accounts in Plaid's shape", () => {
  it("refuse an account subtype the toolkit does not generate, naming the field", () => {
    const p = { ...toPlaidAccount(data.accounts[0]!), subtype: AccountSubtype.MoneyMarket };
    expect(() => fromPlaidAccount(p, { user_id: "user_001", opening_balance: 0 })).toThrow(
      /^subtype: account subtype money market is not modelled$/,
    );
  });

  it("nest balances; a card owes a positive current and has limit minus owed available", () => {
    const card = data.accounts.find((a) => a.type === "credit")!;
    const p = toPlaidAccount(card);
    expect(p.balances.current).toBeGreaterThan(0);
    expect(Math.round(p.balances.available! * 100)).toBe(Math.round((p.balances.limit! - p.balances.current!) * 100));
    expect(p.subtype).toBe("credit card");
    expect(p.balances.unofficial_currency_code).toBeNull();
  });
});

const cardLiability: Liability = {
  liability_id: "liab_00000000-0000-4000-8000-000000000001",
  account_id: "acc_00000000-0000-4000-8000-000000000001",
  user_id: "user_001",
  type: "credit_card",
  apr_percentage: 24,
  apr_type: "purchase_apr",
  interest_rate_percentage: null,
  minimum_payment_amount: 24,
  last_payment_amount: 100,
  last_payment_date: "2025-10-10",
  last_statement_balance: 1200,
  next_payment_due_date: "2025-11-20",
  is_overdue: false,
};

describe("credit card liabilities", () => {
  it("a revolving balance is subject to the APR: 24% a year on $1,200 is $24.00 a month", () => {
    const p = toPlaidCreditCard(cardLiability, { asOf: "2025-10-31" });
    expect(p.aprs).toEqual([
      { apr_percentage: 24, apr_type: "purchase_apr", balance_subject_to_apr: 1200, interest_charge_amount: 24 },
    ]);
    // Due 2025-11-20, issued 25 days earlier.
    expect(p.last_statement_issue_date).toBe("2025-10-26");
  });

  it("a statement paid in full is not subject to the APR", () => {
    const p = toPlaidCreditCard({ ...cardLiability, last_payment_amount: 1200 }, { asOf: "2025-10-31" });
    expect(p.aprs[0]).toMatchObject({ balance_subject_to_apr: 0, interest_charge_amount: 0 });
  });

  it("with the card's transactions: the last interest charge the ledger posted and the balance it was charged on", () => {
    const account: Account = {
      account_id: cardLiability.account_id,
      user_id: "user_001",
      type: "credit",
      subtype: "credit card",
      name: "Citi Double Cash",
      official_name: null,
      mask: "4321",
      current_balance: 1000,
      available_balance: 4000,
      credit_limit: 5000,
      iso_currency_code: "USD",
      opening_balance: 900,
    };
    const txn = (id: number, date: string, amount: number, detailed: string, primary: string) => ({
      ...data.transactions[0]!,
      transaction_id: `txn_00000000-0000-4000-8000-0000000002${id}`,
      account_id: account.account_id,
      date,
      authorized_date: date,
      amount,
      personal_finance_category: { primary, detailed, confidence_level: "VERY_HIGH" as const },
    });
    const transactions = [
      txn(1, "2025-09-10", -15, "BANK_FEES_INTEREST_CHARGE", "BANK_FEES"),
      txn(2, "2025-10-10", -20, "BANK_FEES_INTEREST_CHARGE", "BANK_FEES"),
      txn(3, "2025-10-15", -100, "GENERAL_MERCHANDISE_SUPERSTORES", "GENERAL_MERCHANDISE"),
    ];
    // Owed at the end of 2025-10-10: $1,000 now less the $100 bought after = $900, of which $20 is the
    // charge itself: $880 was subject to the APR.
    const p = toPlaidCreditCard(cardLiability, { asOf: "2025-10-31", account, transactions });
    expect(p.aprs[0]).toMatchObject({ balance_subject_to_apr: 880, interest_charge_amount: 20 });
    // A card never charged (a transactor) reports none.
    const none = toPlaidCreditCard(cardLiability, { asOf: "2025-10-31", account, transactions: [] });
    expect(none.aprs[0]).toMatchObject({ balance_subject_to_apr: 0, interest_charge_amount: 0 });
  });
});

const loanAccount: Account = {
  account_id: "acc_00000000-0000-4000-8000-000000000002",
  user_id: "user_001",
  type: "loan",
  subtype: "student",
  name: "Nelnet Student Loan",
  official_name: "Nelnet Direct Subsidized Stafford Loan",
  mask: "1234",
  current_balance: 10_000,
  available_balance: null,
  credit_limit: null,
  iso_currency_code: "USD",
  opening_balance: 10_600,
};
const loan: Liability = {
  ...cardLiability,
  account_id: loanAccount.account_id,
  type: "student_loan",
  apr_percentage: null,
  apr_type: null,
  interest_rate_percentage: 6,
  minimum_payment_amount: 200,
  last_payment_amount: 200,
  last_payment_date: "2025-10-21",
  last_statement_balance: null,
  next_payment_due_date: "2025-11-21",
};

describe("student loans", () => {
  const payments = ["2025-07-21", "2025-08-21", "2025-09-21", "2025-10-21"].map((date, i) => ({
    ...data.transactions[0]!,
    transaction_id: `txn_00000000-0000-4000-8000-00000000000${i}`,
    account_id: loanAccount.account_id,
    date,
    authorized_date: date,
    amount: 200,
  }));
  // A month's interest accrues just before each payment (the ledger's BANK_FEES_INTEREST_CHARGE): $50 each.
  const accruals = payments.map((t, i) => ({
    ...t,
    transaction_id: `txn_00000000-0000-4000-8000-00000000001${i}`,
    amount: -50,
    personal_finance_category: {
      primary: "BANK_FEES",
      detailed: "BANK_FEES_INTEREST_CHARGE",
      confidence_level: "VERY_HIGH" as const,
    },
  }));
  const p = toPlaidStudentLoan(loan, {
    startDate: "2025-07-01",
    asOf: "2025-10-31",
    account: loanAccount,
    transactions: [...payments, ...accruals],
  });

  it("pays off $10,000 at 6% with $200 a month in 58 months from the next due date", () => {
    // n = ceil(-ln(1 - 0.005 * 10000 / 200) / ln(1.005)) = ceil(57.68) = 58; the 58th payment is 57 months after 2025-11-21.
    expect(p.expected_payoff_date).toBe("2030-08-21");
    expect(p.loan_status).toEqual({ type: "repayment", end_date: "2030-08-21" });
  });

  it("accrues 10 days of simple interest since the last payment: $10,000 x 6% x 10/365 = $16.44", () => {
    expect(p.outstanding_interest_amount).toBe(16.44);
  });

  it("splits the year's payments: 4 in the window plus 6 months (Jan-Jun) before it, $200 each, into interest and principal", () => {
    // Interest: the window's 4 accruals of $50, plus 6 months before it at a month's interest on the
    // opening $10,600 at 6 % ($53.00): 200 + 318 = $518. Principal: 10 x $200 - $518 = $1,482.
    expect(p.ytd_interest_paid).toBe(518);
    expect(p.ytd_principal_paid).toBe(1482);
  });

  it("fills every StudentLoan field, with Plaid's nulls for what is not modelled", () => {
    expect(p.guarantor).toBe("DEPT OF ED");
    expect(p.pslf_status).toEqual({ estimated_eligibility_date: null, payments_made: null, payments_remaining: null });
    expect(p.repayment_plan.type).toBe("standard");
    expect(p.interest_rate_percentage).toBe(6);
    expect(p.next_payment_due_date).toBe("2025-11-21");
  });

  it("a repaid loan is paid in full with no next due date", () => {
    const paid = toPlaidStudentLoan(loan, {
      startDate: "2025-07-01",
      asOf: "2025-10-31",
      account: { ...loanAccount, current_balance: 0 },
      transactions: [],
    });
    expect(paid.loan_status.type).toBe("paid in full");
    expect(paid.next_payment_due_date).toBeNull();
  });
});

describe("Items", () => {
  it("per institution, partition each user's accounts, with distinct tokens and item ids", () => {
    const perInstitution = plaidItems(data, "institution");
    expect(perInstitution.length).toBeGreaterThan(items.length);
    const accountIds = perInstitution.flatMap((i) => i.records.accounts.map((a) => a.account_id));
    expect(accountIds.sort()).toEqual(data.accounts.map((a) => a.account_id).sort());
    expect(new Set(perInstitution.map((i) => i.access_token)).size).toBe(perInstitution.length);
    expect(new Set(perInstitution.map((i) => i.item_id)).size).toBe(perInstitution.length);
    for (const item of perInstitution) {
      expect(item.institution?.institution_id).not.toBe("ins_spendsense_other"); // every bank product has its institution
      for (const t of item.records.transactions)
        expect(item.records.accounts.some((a) => a.account_id === t.account_id)).toBe(true);
    }
  });

  it("per user, hold every account of the user behind one token", () => {
    expect(items.map((i) => i.user.user_id)).toEqual(data.users.map((u) => u.user_id));
    for (const item of items)
      expect(item.records.accounts).toEqual(data.accounts.filter((a) => a.user_id === item.user.user_id));
  });
});

describe("round trip", () => {
  it("converting every user's Plaid data back gives the toolkit's records", () => {
    for (const item of items) {
      const uid = item.user.user_id;
      const liabilityIds = new Map(item.records.liabilities.map((l) => [l.account_id, l.liability_id]));
      const back = fromPlaidUser(item.plaid, { user_id: uid, liabilityIds });
      expect(back.accounts).toEqual(data.accounts.filter((a) => a.user_id === uid));
      expect(back.transactions).toEqual(item.records.transactions);
      const byStream = (a: { stream_id: string }, b: { stream_id: string }) => a.stream_id.localeCompare(b.stream_id);
      expect([...back.streams].sort(byStream)).toEqual(
        data.recurringStreams.filter((s) => s.user_id === uid).sort(byStream),
      );
      const byId = (a: Liability, b: Liability) => a.liability_id.localeCompare(b.liability_id);
      expect([...back.liabilities].sort(byId)).toEqual(data.liabilities.filter((l) => l.user_id === uid).sort(byId));
    }
  });

  it("is a pure function of the dataset: two builds give byte-identical Plaid data", () => {
    const again = plaidItems(buildDataset({ users: 20, seed: 42 }));
    expect(JSON.stringify(again.map((i) => [i.access_token, i.plaid]))).toBe(
      JSON.stringify(items.slice(0, 20).map((i) => [i.access_token, i.plaid])),
    );
  });
});
