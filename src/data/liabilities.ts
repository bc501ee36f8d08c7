// The liabilities concern of the profile: card and student-loan terms (spec phase 5). Numbers only.

export const LIABILITIES = {
  aprPercent: { min: 15.99, max: 24.99 },
  interestRatePercent: { min: 4.5, max: 7.5 },
  /** A card's minimum payment is this share of the statement balance (the spec's 2 %). */
  cardMinimumShare: 0.02,
  /** A card's last payment is this share of its balance (the spec's 2-50 %). */
  cardLastPaymentShare: { min: 0.02, max: 0.5 },
  /** A student loan's monthly payment (the spec's $150-$400), in cents. */
  studentMinimumCents: { min: 15_000, max: 40_000 },
  lastPaymentDaysAgo: { min: 5, max: 25 },
  nextDueDaysAhead: { min: 5, max: 25 },
  /** An overdue account's payment was due this many days before the reference day. */
  overdueDaysAgo: { min: 1, max: 20 },
  /** Share of cards that are overdue (the spec's 5 %); student loans are never overdue. */
  cardOverdueShare: 0.05,
  /**
   * A student loan's balance, rate and payment are drawn together so that the payment amortizes the
   * balance in this many years (a standard plan is 10 years, extended and income-driven plans up to 25).
   */
  studentLoanYears: { min: 10, max: 25 },
  /** A card statement closes this many days before its due date (issuers give at least 21); interest posts then. */
  statementLeadDays: 25,
  /** How a card's monthly interest charge reads on the statement (Plaid `BANK_FEES_INTEREST_CHARGE`). */
  cardInterestName: "INTEREST CHARGE ON PURCHASES",
  /** How a student loan's monthly interest accrual reads (Plaid `BANK_FEES_INTEREST_CHARGE`). */
  loanInterestName: "INTEREST ACCRUED",
} as const;

export type Liabilities = typeof LIABILITIES;
