// Money mechanics over several seeds (issue 9): card interest posted monthly at APR / 12, student
// loans that amortize in 10-25 years, paycheck-to-paycheck customers, overdrafts within the limit.
import { beforeAll, describe, expect, it } from "vitest";
import { buildDataset, checkDailyBalances, type Dataset } from "spendsense-fixtures";
import { DEFAULT_PROFILE, type ProfileData } from "../../src/data/profile.ts";
import { buildCustomer } from "../../src/dataset/customer.ts";
import { dataWindow } from "../../src/dataset/window.ts";
import { monthsToRepay, toPlaidCreditCard } from "../../src/plaid/liabilities.ts";
import type { Account } from "../../src/schemas/account.ts";
import type { Transaction } from "../../src/schemas/transaction.ts";
import { toCents } from "../../src/units/money.ts";

const SEEDS = [1, 2, 3];
const USERS = 100;
const datasets = new Map<number, Dataset>();

beforeAll(() => {
  for (const seed of SEEDS) datasets.set(seed, buildDataset({ users: USERS, seed }));
});

const isInterest = (t: Transaction) => t.personal_finance_category.detailed === "BANK_FEES_INTEREST_CHARGE";
const byDate = (a: Transaction, b: Transaction) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** An account's transactions in ledger order (the dataset keeps same-day order). */
function own(data: Dataset, account: Account): Transaction[] {
  return data.transactions.filter((t) => t.account_id === account.account_id).sort(byDate);
}

describe("card interest", () => {
  it("posts once a month per revolving card at round(owed x APR / 12), the liability's APR", () => {
    for (const [seed, data] of datasets) {
      for (const card of data.accounts.filter((a) => a.type === "credit")) {
        const apr = data.liabilities.find((l) => l.account_id === card.account_id)?.apr_percentage as number;
        const txns = own(data, card);
        const charges = txns.filter(isInterest);
        // A 184-day window holds 6 statement days (one a month, 25 days before each due day), 5 when
        // the first falls before the window; a card never owing anything is charged nothing.
        expect(charges.length, `seed ${seed} ${card.account_id}`).toBeGreaterThanOrEqual(5);
        expect(charges.length).toBeLessThanOrEqual(7);
        // Replay what is owed: the charge posts after the day's other activity, on what is owed then.
        let owed = toCents(card.opening_balance);
        // Pending purchases are not yet owed: interest is on the posted balance.
        for (const t of txns.filter((x) => !x.pending)) {
          if (isInterest(t)) {
            const expected = Math.round((owed * apr) / 100 / 12);
            const room = toCents(card.credit_limit as number) - owed;
            // Exact to the cent, unless the charge was held at the card's limit.
            expect(-toCents(t.amount), `seed ${seed} ${card.account_id} ${t.date}`).toBe(Math.min(expected, room));
          }
          owed -= toCents(t.amount);
        }
      }
    }
  });

  it("Plaid's aprs[0] reports the charge posted on the last statement day and the balance it was charged on", () => {
    const data = datasets.get(2) as Dataset;
    let compared = 0;
    for (const l of data.liabilities.filter((x) => x.type === "credit_card")) {
      const account = data.accounts.find((a) => a.account_id === l.account_id) as Account;
      const transactions = own(data, account);
      const p = toPlaidCreditCard(l, { asOf: "2025-10-31", account, transactions });
      const charge = transactions.find((t) => isInterest(t) && t.date === p.last_statement_issue_date);
      if (!charge) continue; // the statement closes after the window's last day
      compared++;
      const apr = p.aprs[0] as { balance_subject_to_apr: number | null; interest_charge_amount: number | null };
      expect(apr.interest_charge_amount).toBe(-charge.amount);
      expect(Math.round(((apr.balance_subject_to_apr as number) * 100 * (l.apr_percentage as number)) / 1200)).toBe(
        toCents(-charge.amount),
      );
    }
    expect(compared).toBeGreaterThan(50);
  });

  it("costs a cardholder population about $1,200-1,500 per user over six months (issue 9), within $900-1,900", () => {
    // The issue's estimate from balances (30-70 % of limits of 10-30 % of income) and APRs of
    // 15.99-24.99 %; the band allows seed-to-seed variation of the card count (0-3 per user).
    for (const [seed, data] of datasets) {
      const total = -data.transactions
        .filter((t) => isInterest(t) && t.name === DEFAULT_PROFILE.liabilities.cardInterestName)
        .reduce((sum, t) => sum + t.amount, 0);
      expect(total / USERS, `seed ${seed}`).toBeGreaterThanOrEqual(900);
      expect(total / USERS, `seed ${seed}`).toBeLessThanOrEqual(1900);
    }
  });
});

describe("transactors (budget.cardPayments.payInFullShare)", () => {
  it("with every card paid in full: no card interest, and each payment clears what is owed", () => {
    const profile = {
      ...DEFAULT_PROFILE,
      budget: {
        ...DEFAULT_PROFILE.budget,
        cardPayments: { ...DEFAULT_PROFILE.budget.cardPayments, payInFullShare: 1 },
      },
    } as unknown as ProfileData;
    const window = dataWindow("2025-05-01", "2025-10-31");
    let cards = 0;
    let payments = 0;
    let cleared = 0;
    for (let index = 1; index <= 12; index++) {
      const c = buildCustomer({ seed: 5, index, window, profile });
      for (const card of c.accounts.filter((a) => a.type === "credit")) {
        cards++;
        const txns = c.transactions.filter((t) => t.account_id === card.account_id).sort(byDate);
        expect(txns.filter(isInterest)).toEqual([]);
        let owed = toCents(card.opening_balance);
        for (const [i, t] of txns.entries()) {
          owed -= toCents(t.amount);
          // A payment (money into the card) that is the day's first activity clears what is owed, unless
          // checking could not cover it (the first statement, opened at 30-70 % of the limit).
          if (t.amount > 0 && t.transfer_id !== null && txns[i - 1]?.date !== t.date) {
            payments++;
            if (owed === 0) cleared++;
          }
        }
      }
    }
    expect(cards).toBeGreaterThan(0);
    expect(cleared / payments).toBeGreaterThanOrEqual(0.8);
  });
});

describe("student loans", () => {
  it("amortize: the payment covers the month's interest and repays the opening balance in 10-25 years", () => {
    for (const data of datasets.values()) {
      for (const l of data.liabilities.filter((x) => x.type === "student_loan")) {
        const account = data.accounts.find((a) => a.account_id === l.account_id) as Account;
        const rate = l.interest_rate_percentage as number;
        const opening = toCents(account.opening_balance);
        const payment = toCents(l.minimum_payment_amount);
        expect(rate).toBeGreaterThanOrEqual(4.5);
        expect(rate).toBeLessThanOrEqual(7.5);
        expect(payment).toBeGreaterThanOrEqual(15_000);
        expect(payment).toBeLessThanOrEqual(40_000);
        expect(payment).toBeGreaterThan((opening * rate) / 100 / 12);
        const months = monthsToRepay(opening, payment, rate) as number;
        expect(months).toBeGreaterThanOrEqual(120);
        expect(months).toBeLessThanOrEqual(300);
      }
    }
  });

  it("each payment splits into the month's interest and principal: the balance falls by the principal", () => {
    const data = datasets.get(1) as Dataset;
    const loans = data.accounts.filter((a) => a.subtype === "student");
    expect(loans.length).toBeGreaterThan(0);
    for (const loan of loans) {
      const rate = data.liabilities.find((l) => l.account_id === loan.account_id)?.interest_rate_percentage as number;
      const txns = own(data, loan);
      let owed = toCents(loan.opening_balance);
      const opening = owed;
      for (const [i, t] of txns.entries()) {
        if (isInterest(t)) {
          expect(-toCents(t.amount)).toBe(Math.round((owed * rate) / 100 / 12));
          // The payment follows the accrual, the same day.
          expect(txns[i + 1]?.date).toBe(t.date);
          expect(txns[i + 1]?.amount).toBeGreaterThan(-t.amount);
        }
        owed -= toCents(t.amount);
      }
      expect(owed).toBe(toCents(loan.current_balance));
      expect(owed).toBeLessThan(opening);
    }
  });
});

describe("money stress", () => {
  /** Users whose checking and savings together end some day below $400. */
  function belowShare(data: Dataset): number {
    let below = 0;
    for (const u of data.users) {
      const deposit = data.accounts.filter((a) => a.user_id === u.user_id && a.type === "depository");
      const ids = new Set(deposit.map((a) => a.account_id));
      let cents = deposit.reduce((sum, a) => sum + toCents(a.opening_balance), 0);
      let min = cents;
      const txns = data.transactions.filter((t) => ids.has(t.account_id)).sort(byDate);
      for (let i = 0; i < txns.length; i++) {
        cents += toCents((txns[i] as Transaction).amount);
        if (txns[i + 1]?.date !== txns[i]?.date) min = Math.min(min, cents);
      }
      if (min < 40_000) below++;
    }
    return below / data.users.length;
  }

  it("a realistic share of users dips below $400 across checking and savings: 3-15 % per seed, 5-12 % on average", () => {
    // Reference: about 8 % of households cannot cover a $400 shock (JPMorgan Chase Institute). A
    // 100-user seed has a binomial spread of about ±3 points around 8 %.
    const shares = [...datasets.values()].map(belowShare);
    for (const s of shares) {
      expect(s).toBeGreaterThanOrEqual(0.03);
      expect(s).toBeLessThanOrEqual(0.15);
    }
    const mean = shares.reduce((a, b) => a + b, 0) / shares.length;
    expect(mean).toBeGreaterThanOrEqual(0.05);
    expect(mean).toBeLessThanOrEqual(0.12);
  });

  it("overdrafts stay within the limit, each episode is charged the fee, at most the cap a month, and some occur", () => {
    const rule = DEFAULT_PROFILE.accounts.overdraft;
    let fees = 0;
    for (const data of datasets.values()) {
      expect(checkDailyBalances(data.accounts, data.transactions)).toEqual([]);
      const perMonth = new Map<string, number>();
      for (const t of data.transactions) {
        if (t.personal_finance_category.detailed !== "BANK_FEES_OVERDRAFT_FEES") continue;
        fees++;
        expect(toCents(t.amount)).toBe(-rule.feeCents);
        const key = `${t.account_id}/${t.date.slice(0, 7)}`;
        perMonth.set(key, (perMonth.get(key) ?? 0) + 1);
      }
      for (const n of perMonth.values()) expect(n).toBeLessThanOrEqual(rule.maxFeesPerMonth);
      // A few users overdraw, not many: under 10 in 100.
      expect(new Set([...perMonth.keys()].map((k) => k.split("/")[0])).size).toBeLessThan(10);
    }
    expect(fees).toBeGreaterThan(0);
  });
});
