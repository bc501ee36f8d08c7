// The account rule: one account of a given kind for a user with a given income (spec task 3.2).
// Balances are drawn in cents; a credit card's available balance is always limit - owed.
import {
  CHECKING_PRODUCTS,
  CREDIT_CARD_PRODUCTS,
  SAVINGS_PRODUCTS,
  STUDENT_LOAN_PRODUCTS,
  type BankProduct,
} from "../data/bank-products.ts";
import type { ProfileData } from "../data/profile.ts";
import { maskFrom, uuidFrom } from "../random/ids.ts";
import type { Rng } from "../random/rng.ts";
import { ACCOUNT_KINDS, type Account, type AccountKind } from "../schemas/account.ts";
import { toDollars } from "../units/money.ts";

const PRODUCTS: Record<AccountKind, readonly BankProduct[]> = {
  checking: CHECKING_PRODUCTS,
  savings: SAVINGS_PRODUCTS,
  credit_card: CREDIT_CARD_PRODUCTS,
  student_loan: STUDENT_LOAN_PRODUCTS,
};

export interface AccountRuleInput {
  rng: Rng;
  profile: ProfileData;
  kind: AccountKind;
  userId: string;
  /** Annual income in dollars. */
  income: number;
  /** Balance overrides in cents (balance = amount owed for cards and loans). */
  balanceCents?: number;
  limitCents?: number;
}

/** A credit limit for an income: 10-30 % of annual income, in $500 steps, within $1,000-$50,000. */
export function creditLimitCents(profile: ProfileData, rng: Rng, income: number): number {
  const r = profile.accounts;
  const raw = income * rng.float(r.creditLimitShareOfIncome.min, r.creditLimitShareOfIncome.max);
  const step = r.creditLimitStepDollars;
  const dollars = Math.min(r.creditLimitDollars.max, Math.max(r.creditLimitDollars.min, Math.floor(raw / step) * step));
  return dollars * 100;
}

/** The opening balance in cents for an account kind (for cards: the amount owed). */
export function openingBalanceCents(
  profile: ProfileData,
  rng: Rng,
  kind: AccountKind,
  income: number,
  limitCents: number | null,
): number {
  const r = profile.accounts;
  const monthlyCents = Math.round((income * 100) / 12);
  switch (kind) {
    case "checking":
      return Math.round(monthlyCents * rng.float(r.checkingMonthsOfIncome.min, r.checkingMonthsOfIncome.max));
    case "savings":
      return Math.round(monthlyCents * rng.float(r.savingsMonthsOfIncome.min, r.savingsMonthsOfIncome.max));
    case "credit_card":
      return Math.round((limitCents ?? 0) * rng.float(r.creditUtilization.min, r.creditUtilization.max));
    case "student_loan":
      return rng.int(r.studentLoanDollars.min * 100, r.studentLoanDollars.max * 100);
  }
}

/**
 * Build one account whose current balance equals its opening balance (no ledger applied yet).
 *
 * @example
 * drawAccount({ rng: keyedRng(42, "account", 1), kind: "credit_card", userId: "user_001", income: 80000 });
 */
export function drawAccount(input: AccountRuleInput): Account {
  const { rng, kind, profile } = input;
  const product = rng.pick(PRODUCTS[kind]);
  const accountId = `acc_${uuidFrom(rng)}`;
  const mask = maskFrom(rng);
  const limitCents = kind === "credit_card" ? (input.limitCents ?? creditLimitCents(profile, rng, input.income)) : null;
  const drawn = openingBalanceCents(profile, rng, kind, input.income, limitCents);
  const balanceCents = input.balanceCents ?? drawn;
  return withBalance(
    {
      account_id: accountId,
      user_id: input.userId,
      ...ACCOUNT_KINDS[kind],
      name: product.name,
      official_name: product.official_name,
      mask,
      current_balance: 0,
      available_balance: null,
      credit_limit: limitCents === null ? null : toDollars(limitCents),
      iso_currency_code: "USD",
      opening_balance: toDollars(balanceCents),
    },
    balanceCents,
  );
}

/**
 * The account with `current_balance` set to `cents` and `available_balance` derived from it, as Plaid
 * means them: the current balance counts posted transactions only; `pendingCents` (the sum of the
 * account's pending amounts, in this toolkit's sign: a pending purchase is negative) lowers a
 * depository's available balance and a card's available credit.
 */
export function withBalance(account: Account, cents: number, pendingCents = 0): Account {
  let available: number | null;
  if (account.type === "credit")
    available = toDollars(Math.round((account.credit_limit ?? 0) * 100) - cents + pendingCents);
  else if (account.type === "loan") available = null;
  else available = toDollars(cents + pendingCents);
  return { ...account, current_balance: toDollars(cents), available_balance: available };
}

/**
 * Whether a customer lives paycheck to paycheck (`BUDGET.stress`): only customers without a savings
 * account are, with `stress.shareWithoutSavings` chance.
 */
export function drawStrained(profile: ProfileData, rng: Rng, hasSavings: boolean): boolean {
  return !hasSavings && rng.chance(profile.budget.stress.shareWithoutSavings);
}

/** A strained customer's opening checking balance, in cents: a few days of income (`BUDGET.stress`). */
export function strainedCheckingCents(profile: ProfileData, rng: Rng, income: number): number {
  const months = profile.budget.stress.checkingMonthsOfIncome;
  return Math.round(((income * 100) / 12) * rng.float(months.min, months.max));
}

/** The account opened at `cents` instead (its current balance is the same until a ledger runs). */
export function withOpeningBalance(account: Account, cents: number): Account {
  return withBalance({ ...account, opening_balance: toDollars(cents) }, cents);
}
