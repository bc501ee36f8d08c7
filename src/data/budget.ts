// The budget concern of the profile: how a customer's money flows over the window (spec phase 4).
// Income, housing, bills, loan and card payments, saving, and how many transactions a window holds.
// Numbers only; the planners in src/dataset/planners/ read them through the profile.

export const BUDGET = {
  /** Transactions per user over the spec's six-month window; other windows scale it (`countBand`). */
  countBand: { min: 150, max: 200, days: 184 },
  /** The plan aims this share of the band's width inside each end, so the ledger lands in the band. */
  countBandMargin: 0.12,
  /** Re-plans after a plan that could not be paid for; each is more frugal, fully so at `fullyFrugalAt`. */
  replan: { maxAttempts: 6, fullyFrugalAt: 3 },
  /** Monthly bills fall on their day of the month, give or take this many days. */
  dayJitter: 2,
  payroll: {
    /** Take-home pay as a share of gross income, by tier. */
    netShareByTier: { low: 0.85, middle: 0.78, upper_middle: 0.72, high: 0.65 },
    /** Share of users paid biweekly (every other Friday); the rest monthly (last business day). */
    biweeklyShare: 0.6,
    /** Each deposit varies by up to this share (the spec's ±2 %). */
    variance: 0.02,
    periodDays: { BIWEEKLY: 14, MONTHLY: 30 },
  },
  housing: {
    /** Rent or mortgage as a share of gross monthly income (the spec's 25-35 %), rounded to whole dollars. */
    shareOfGrossMonthly: { min: 0.25, max: 0.35 },
    dayOfMonth: 1,
    /** Owners: this share of users in these life stages with at least this income pay a mortgage. */
    ownerShare: 0.6,
    ownerLifeStages: ["mid_career", "pre_retirement", "retiree"],
    ownerMinIncome: 60_000,
  },
  utilities: {
    /** Every monthly bill lands in the spec's $80-$150. */
    cents: { min: 8_000, max: 15_000 },
    dayOfMonth: 15,
    /** A customer's bill varies month to month by up to this share around their own base. */
    monthlyVariance: 0.04,
  },
  subscriptions: {
    /** Share of subscriptions charged to the first card (when there is one). */
    cardShare: 0.7,
    dayOfMonth: { min: 3, max: 27 },
  },
  studentLoan: {
    /** The monthly payment rises linearly with income from `incomeFrom` over `incomeSpan` dollars. */
    incomeFrom: 15_000,
    incomeSpan: 100_000,
    dayOfMonth: { min: 5, max: 25 },
  },
  cardPayments: {
    dayOfMonth: { min: 5, max: 25 },
    /**
     * Autopay covers the month's purchases times this factor plus a month's interest on the opening
     * balance (less by `frugalCut` when re-planning), so a revolving balance does not creep to the limit.
     */
    coverFactor: { min: 1, max: 1.1 },
    frugalCut: 0.05,
    /**
     * Autopay as a share of the amount owed at the start, inside the spec's 2-50 % last-payment range
     * (`LIABILITIES.cardLastPaymentShare`) with room for the balance to move during the window.
     */
    autopayShareOfOwed: { min: 0.025, max: 0.4 },
    minimumCents: 2_500,
    roundCents: 100,
    /**
     * Share of cards whose holder pays the statement balance in full each month (a transactor: no
     * interest). 0 keeps the spec's 2-50 % last payment; a calibrated profile sets about a third.
     */
    payInFullShare: 0,
  },
  savings: {
    /** Savings earn interest at this APY, paid each quarter end. */
    apy: { min: 0.005, max: 0.045 },
    transferDayOfMonth: { min: 3, max: 12 },
    /** Low-income customers without a savings account do not save. */
    nonSaverTier: "low",
    minimumTransferCents: 2_500,
    roundCents: 10_000,
    /** Checking ends the window at its opening balance times this factor; the rest is saved. */
    checkingEndFactor: { min: 0.9, max: 1.1 },
    /** A shortfall is withdrawn at least this many days inside the window. */
    withdrawalMarginDays: 20,
    /** Otherwise, this share of savers makes one withdrawal of this many hundreds of dollars. */
    extraWithdrawalShare: 0.25,
    extraWithdrawalHundreds: { min: 2, max: 10 },
    /** When checking runs short, savings cover the shortfall plus this buffer, rounded up to `roundCents`. */
    rescueBufferCents: 5_000,
  },
  /**
   * Money stress: a customer without a savings account lives paycheck to paycheck with this chance
   * (the block gives 6 of 20 users no savings account, so 0.3 makes about 9 % of users; JPMorgan Chase
   * Institute: about 8 % cannot cover a $400 shock). Their checking opens at `checkingMonthsOfIncome`
   * and ends the window near it (their surplus moves out each month), so it dips below $400 before
   * payday and now and then overdraws (`ACCOUNTS.overdraft`). When a plan cannot be paid for, each
   * re-plan opens their checking higher, by up to `replanBufferMonths` of income.
   */
  stress: {
    shareWithoutSavings: 0.5,
    checkingMonthsOfIncome: { min: 0.02, max: 0.15 },
    endFactor: { min: 0.8, max: 1.2 },
    replanBufferMonths: 1,
    /** Their monthly transfer out is rounded down to this many cents (a whole $10), so little is left over. */
    roundCents: 1_000,
  },
} as const;

export type Budget = typeof BUDGET;
