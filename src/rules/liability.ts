// The liability rule (spec phase 5): one liability per credit card or student loan, with dates
// relative to a reference day (the end of the data window), never the wall clock.
import { uuidFrom } from "../random/ids.ts";
import type { Rng } from "../random/rng.ts";
import type { Liability } from "../schemas/liability.ts";
import { addDays } from "../units/dates.ts";
import { percentOf, toDollars } from "../units/money.ts";

export const LIABILITY_RULES = {
  aprPercent: { min: 15.99, max: 24.99 },
  interestRatePercent: { min: 4.5, max: 7.5 },
  cardMinimumShare: 0.02,
  cardLastPaymentShare: { min: 0.02, max: 0.5 },
  studentMinimumCents: { min: 15_000, max: 40_000 },
  lastPaymentDaysAgo: { min: 5, max: 25 },
  nextDueDaysAhead: { min: 5, max: 25 },
  overdueShare: 0.05,
} as const;

export interface LiabilityRuleInput {
  rng: Rng;
  type: "credit_card" | "student_loan";
  accountId: string;
  userId: string;
  /** The account's amount owed, in cents. */
  balanceCents: number;
  /** The reference day the "days ago / from now" dates count from (`YYYY-MM-DD`). */
  asOf: string;
  overdue?: boolean;
  /** The latest payment, when a ledger knows it. */
  lastPayment?: { amountCents: number; date: string } | null;
  /** A student loan's monthly payment, when a ledger fixed it. */
  minimumPaymentCents?: number;
}

/** A rate with two decimals drawn uniformly from [min, max]. */
function rate(rng: Rng, range: { min: number; max: number }): number {
  return rng.int(Math.round(range.min * 100), Math.round(range.max * 100)) / 100;
}

/**
 * Build one liability.
 *
 * @example
 * drawLiability({ rng, type: "credit_card", accountId, userId: "user_001", balanceCents: 250000, asOf: "2025-10-31" });
 */
export function drawLiability(input: LiabilityRuleInput): Liability {
  const { rng } = input;
  const r = LIABILITY_RULES;
  const liabilityId = `liab_${uuidFrom(rng)}`;
  const overdue = input.overdue ?? (input.type === "credit_card" ? rng.chance(r.overdueShare) : false);
  const lastPaymentDate = input.lastPayment?.date ?? addDays(input.asOf, -rng.int(r.lastPaymentDaysAgo.min, r.lastPaymentDaysAgo.max));
  // An overdue account's due date has passed; otherwise it is ahead of the reference day.
  const nextDue = overdue
    ? addDays(input.asOf, -rng.int(1, 20))
    : addDays(input.asOf, rng.int(r.nextDueDaysAhead.min, r.nextDueDaysAhead.max));
  const common = {
    liability_id: liabilityId,
    account_id: input.accountId,
    user_id: input.userId,
  };
  const dates = {
    last_payment_date: lastPaymentDate,
    next_payment_due_date: nextDue,
    is_overdue: overdue,
  };
  if (input.type === "credit_card") {
    const statementCents = Math.max(0, input.balanceCents);
    const lastPaymentCents =
      input.lastPayment?.amountCents ?? percentOf(statementCents, rng.float(r.cardLastPaymentShare.min, r.cardLastPaymentShare.max));
    return {
      ...common,
      type: "credit_card",
      apr_percentage: rate(rng, r.aprPercent),
      apr_type: "purchase_apr",
      interest_rate_percentage: null,
      minimum_payment_amount: toDollars(percentOf(statementCents, r.cardMinimumShare)),
      last_payment_amount: toDollars(lastPaymentCents),
      last_payment_date: dates.last_payment_date,
      last_statement_balance: toDollars(statementCents),
      next_payment_due_date: dates.next_payment_due_date,
      is_overdue: dates.is_overdue,
    };
  }
  const minimumCents = input.minimumPaymentCents ?? rng.int(r.studentMinimumCents.min, r.studentMinimumCents.max);
  return {
    ...common,
    type: "student_loan",
    apr_percentage: null,
    apr_type: null,
    interest_rate_percentage: rate(rng, r.interestRatePercent),
    minimum_payment_amount: toDollars(minimumCents),
    last_payment_amount: toDollars(input.lastPayment?.amountCents ?? minimumCents),
    last_payment_date: dates.last_payment_date,
    last_statement_balance: null,
    next_payment_due_date: dates.next_payment_due_date,
    is_overdue: dates.is_overdue,
  };
}
