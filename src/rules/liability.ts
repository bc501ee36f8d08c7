// The liability rule (spec phase 5): one liability per credit card or student loan, with dates
// relative to a reference day (the end of the data window), never the wall clock. Every field is drawn
// here once, from what the caller knows (a ledger's payments and due dates, or nothing for a factory).
import type { ProfileData } from "../data/profile.ts";
import { uuidFrom } from "../random/ids.ts";
import { keyedRng, type Rng } from "../random/rng.ts";
import { cardMinimumPaymentCents, type Liability } from "../schemas/liability.ts";
import { addDays } from "../units/dates.ts";
import { percentOf, toDollars } from "../units/money.ts";

export interface LiabilityRuleInput {
  rng: Rng;
  profile: ProfileData;
  type: "credit_card" | "student_loan";
  accountId: string;
  userId: string;
  /** The account's amount owed, in cents. */
  balanceCents: number;
  /** The reference day the "days ago / from now" dates count from (`YYYY-MM-DD`). */
  asOf: string;
  /** Known to a ledger; drawn (`cardIsOverdue`) when omitted. */
  overdue?: boolean;
  /** The latest payment as a ledger saw it (null: none in the window); drawn when omitted. */
  lastPayment?: { amountCents: number; date: string } | null;
  /** The next (or, when overdue, the missed) due date, when a ledger fixed it. */
  nextDueDate?: string;
  /** A student loan's monthly payment, when a ledger fixed it (`studentLoanPaymentCents`). */
  minimumPaymentCents?: number;
  /** Annual income in dollars a student loan's payment scales with (`studentLoanPaymentCents`). */
  income: number;
  /** A card's APR as the ledger charged it (`cardAprPercent`); drawn when omitted. */
  aprPercent?: number;
  /** A student loan's rate as the ledger charged it (`studentLoanTerms`); drawn when omitted. */
  interestRatePercent?: number;
  /** The loan's balance when its terms were set (the account's opening balance); default `balanceCents`. */
  openingBalanceCents?: number;
}

/** A rate with two decimals drawn uniformly from [min, max]. */
function rate(rng: Rng, range: { min: number; max: number }): number {
  return rng.int(Math.round(range.min * 100), Math.round(range.max * 100)) / 100;
}

/** Whether a card is overdue (the spec's 5 %, `LIABILITIES.cardOverdueShare`). Student loans never are. */
export function cardIsOverdue(profile: ProfileData, rng: Rng): boolean {
  return rng.chance(profile.liabilities.cardOverdueShare);
}

/**
 * A student loan's monthly payment, in cents: inside the spec's $150-$400, rising with income
 * (`LIABILITIES.studentMinimumCents` over `BUDGET.studentLoan`'s income span), in whole dollars.
 */
export function studentLoanPaymentCents(profile: ProfileData, income: number): number {
  const { min, max } = profile.liabilities.studentMinimumCents;
  const { incomeFrom, incomeSpan } = profile.budget.studentLoan;
  const position = Math.min(1, Math.max(0, (income - incomeFrom) / incomeSpan));
  return Math.round((min + (max - min) * position) / 100) * 100;
}

/**
 * A card's purchase APR (`LIABILITIES.aprPercent`), drawn with the card so the ledger charges it: keyed
 * by the account id, so the dataset's ledger, its liability and a factory's liability for the same
 * card agree.
 */
export function cardAprPercent(profile: ProfileData, accountId: string): number {
  return rate(keyedRng("card-apr", accountId), profile.liabilities.aprPercent);
}

/** The monthly payment, in cents (fractional), that repays `balanceCents` in `months` at `annualRatePercent`. */
export function amortizedPaymentCents(balanceCents: number, annualRatePercent: number, months: number): number {
  const r = annualRatePercent / 100 / 12;
  if (r === 0) return balanceCents / months;
  return (balanceCents * r) / (1 - (1 + r) ** -months);
}

/** One month's interest on an amount owed, in whole cents. */
export function monthlyInterestCents(owedCents: number, annualRatePercent: number): number {
  return Math.max(0, Math.round((owedCents * annualRatePercent) / 100 / 12));
}

export interface StudentLoanTerms {
  ratePercent: number;
  paymentCents: number;
}

/**
 * A student loan's rate and monthly payment, drawn with its balance so that the payment covers the
 * interest and repays the balance in `LIABILITIES.studentLoanYears` (10-25), inside the spec's rate
 * (4.5-7.5 %) and payment ($150-$400) ranges. The rate is drawn uniformly up to the highest rate at
 * which the maximum payment still repays the balance within the longest term (a balance near $60,000
 * cannot carry 7.5 % on $400 a month); the payment then sits in the range the term allows, placed by
 * income as `studentLoanPaymentCents` places it, in whole dollars.
 */
export function studentLoanTerms(
  profile: ProfileData,
  accountId: string,
  balanceCents: number,
  income: number,
): StudentLoanTerms {
  // Keyed by the account id, like the card APR, so every caller draws the same terms for a loan.
  const rng = keyedRng("loan-terms", accountId);
  const r = profile.liabilities;
  const years = r.studentLoanYears;
  const pay = r.studentMinimumCents;
  const maxPayment = pay.max - 100; // a dollar of room so the payment range is never empty
  const longest = years.max * 12;
  const shortest = years.min * 12;
  let high: number = r.interestRatePercent.max;
  if (amortizedPaymentCents(balanceCents, high, longest) > maxPayment) {
    let low: number = r.interestRatePercent.min;
    for (let i = 0; i < 40; i++) {
      const mid = (low + high) / 2;
      if (amortizedPaymentCents(balanceCents, mid, longest) > maxPayment) high = mid;
      else low = mid;
    }
    high = Math.max(r.interestRatePercent.min, Math.floor(low * 100) / 100);
  }
  const ratePercent = rate(rng, { min: r.interestRatePercent.min, max: high });
  const lowest = Math.max(pay.min, Math.ceil(amortizedPaymentCents(balanceCents, ratePercent, longest) / 100) * 100);
  const highest = Math.max(
    lowest,
    Math.min(pay.max, Math.floor(amortizedPaymentCents(balanceCents, ratePercent, shortest) / 100) * 100),
  );
  const position = (studentLoanPaymentCents(profile, income) - pay.min) / Math.max(1, pay.max - pay.min);
  const paymentCents = Math.round((lowest + (highest - lowest) * position) / 100) * 100;
  return { ratePercent, paymentCents };
}

/**
 * Build one liability.
 *
 * @example
 * drawLiability({ rng, profile: DEFAULT_PROFILE, type: "credit_card", accountId, userId: "user_001", balanceCents: 250000, income: 80000, asOf: "2025-10-31" });
 */
export function drawLiability(input: LiabilityRuleInput): Liability {
  const { rng, profile } = input;
  const r = profile.liabilities;
  const liabilityId = `liab_${uuidFrom(rng)}`;
  const overdue = input.overdue ?? (input.type === "credit_card" ? cardIsOverdue(profile, rng) : false);
  const drawnPaymentDate = () => addDays(input.asOf, -rng.int(r.lastPaymentDaysAgo.min, r.lastPaymentDaysAgo.max));
  // An overdue account's due date has passed; otherwise it is ahead of the reference day.
  const nextDue =
    input.nextDueDate ??
    (overdue
      ? addDays(input.asOf, -rng.int(r.overdueDaysAgo.min, r.overdueDaysAgo.max))
      : addDays(input.asOf, rng.int(r.nextDueDaysAhead.min, r.nextDueDaysAhead.max)));
  const common = { liability_id: liabilityId, account_id: input.accountId, user_id: input.userId };
  if (input.type === "credit_card") {
    const statementCents = Math.max(0, input.balanceCents);
    const last =
      input.lastPayment === undefined
        ? {
            amountCents: percentOf(statementCents, rng.float(r.cardLastPaymentShare.min, r.cardLastPaymentShare.max)),
            date: drawnPaymentDate(),
          }
        : input.lastPayment;
    return {
      ...common,
      type: "credit_card",
      apr_percentage: input.aprPercent ?? cardAprPercent(profile, input.accountId),
      apr_type: "purchase_apr",
      interest_rate_percentage: null,
      minimum_payment_amount: toDollars(cardMinimumPaymentCents(statementCents, r.cardMinimumShare)),
      last_payment_amount: last === null ? null : toDollars(last.amountCents),
      last_payment_date: last === null ? null : last.date,
      last_statement_balance: toDollars(statementCents),
      next_payment_due_date: nextDue,
      is_overdue: overdue,
    };
  }
  const terms =
    input.minimumPaymentCents !== undefined && input.interestRatePercent !== undefined
      ? { paymentCents: input.minimumPaymentCents, ratePercent: input.interestRatePercent }
      : studentLoanTerms(
          profile,
          input.accountId,
          Math.max(0, input.openingBalanceCents ?? input.balanceCents),
          input.income,
        );
  const minimumCents = input.minimumPaymentCents ?? terms.paymentCents;
  const last =
    input.lastPayment === undefined ? { amountCents: minimumCents, date: drawnPaymentDate() } : input.lastPayment;
  return {
    ...common,
    type: "student_loan",
    apr_percentage: null,
    apr_type: null,
    interest_rate_percentage: input.interestRatePercent ?? terms.ratePercent,
    minimum_payment_amount: toDollars(minimumCents),
    last_payment_amount: last === null ? null : toDollars(last.amountCents),
    last_payment_date: last === null ? null : last.date,
    last_statement_balance: null,
    next_payment_due_date: nextDue,
    is_overdue: overdue,
  };
}
