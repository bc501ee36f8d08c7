// The liability rule (spec phase 5): one liability per credit card or student loan, with dates
// relative to a reference day (the end of the data window), never the wall clock. Every field is drawn
// here once, from what the caller knows (a ledger's payments and due dates, or nothing for a factory).
import type { ProfileData } from "../data/profile.ts";
import { uuidFrom } from "../random/ids.ts";
import type { Rng } from "../random/rng.ts";
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
      apr_percentage: rate(rng, r.aprPercent),
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
  const minimumCents = input.minimumPaymentCents ?? studentLoanPaymentCents(profile, input.income);
  const last =
    input.lastPayment === undefined ? { amountCents: minimumCents, date: drawnPaymentDate() } : input.lastPayment;
  return {
    ...common,
    type: "student_loan",
    apr_percentage: null,
    apr_type: null,
    interest_rate_percentage: rate(rng, r.interestRatePercent),
    minimum_payment_amount: toDollars(minimumCents),
    last_payment_amount: last === null ? null : toDollars(last.amountCents),
    last_payment_date: last === null ? null : last.date,
    last_statement_balance: null,
    next_payment_due_date: nextDue,
    is_overdue: overdue,
  };
}
