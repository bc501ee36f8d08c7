// The budget concern of the profile: how a customer's money flows over the window (spec phase 4).
// Income, housing, bills, loan and card payments, saving, and how many transactions a window holds.
// Numbers only; the planners in src/dataset/planners/ read them through the profile.
import { SUBSCRIPTIONS } from "./subscriptions.ts";

export const BUDGET = {
  /** Transactions per user over the spec's six-month window; other windows scale it (`countBand`). */
  countBand: { min: 150, max: 200, days: 184 },
  /** The plan aims this share of the band's width inside each end, so the ledger lands in the band. */
  countBandMargin: 0.12,
  /**
   * Re-plans after a plan that could not be paid for; each is more frugal, fully so at `fullyFrugalAt`;
   * the last opens checking higher by `lastResortBufferMonths` of income.
   */
  replan: { maxAttempts: 6, fullyFrugalAt: 3, lastResortBufferMonths: 6 },
  /** Monthly bills fall on their day of the month, give or take this many days. */
  dayJitter: 2,
  payroll: {
    /** Take-home pay as a share of gross income, by tier. */
    netShareByTier: { low: 0.85, middle: 0.78, upper_middle: 0.72, high: 0.65 },
    /**
     * Share of users by pay frequency: weekly (every Friday), biweekly (every other Friday), semi-monthly
     * (the 15th and the last day of the month) and monthly (the last business day); a payday that is not
     * a business day moves to the business day before. The spec's 60 % biweekly / 40 % monthly; a
     * calibrated profile can use the BLS shares (weekly 32.4 %, biweekly 36.5 %, semimonthly 19.8 %,
     * monthly 11.3 %: BLS TED 2014-06-05, private establishments, March 2013).
     */
    frequencyShares: { WEEKLY: 0, BIWEEKLY: 0.6, SEMI_MONTHLY: 0, MONTHLY: 0.4 },
    /** Each deposit varies by up to this share (the spec's ±2 %). */
    variance: 0.02,
    periodDays: { WEEKLY: 7, BIWEEKLY: 14, SEMI_MONTHLY: 15, MONTHLY: 30 },
  },
  housing: {
    /**
     * Rent or mortgage as a share of gross monthly income, rounded to whole dollars: a band is drawn by
     * weight, then a share inside it. The spec's 25-35 % is one band; a calibrated profile can follow the
     * ACS rent-burden distribution (median 31 %, about half above 30 %, about a quarter above 50 %).
     * Bands rise; the first (lowest) is where a last re-plan (`replan`) rents.
     */
    burdenBands: [{ min: 0.25, max: 0.35, weight: 1 }] as readonly { min: number; max: number; weight: number }[],
    dayOfMonth: 1,
    /**
     * Share of users who own their home (and pay a mortgage) by age bracket; the rest rent. Renting is
     * likelier when young. BLS CE 2023 (cu-vets-2023): 35 % of consumer units rent; these shares give
     * 0.2*0.3 + 0.3*0.6 + 0.35*0.8 + 0.15*0.85 = 64.75 % owners (35.25 % renters) over the spec's age mix.
     */
    ownerShareByAge: { "18-25": 0.3, "26-35": 0.6, "36-50": 0.8, "51+": 0.85 },
  },
  utilities: {
    /** Every monthly bill lands in the spec's $80-$150. */
    cents: { min: 8_000, max: 15_000 },
    dayOfMonth: 15,
    /** A customer's bill varies month to month by up to this share around their own seasonal amount. */
    monthlyVariance: 0.005,
    /**
     * Electricity use by calendar month (Jan..Dec, mean 1): summer cooling and winter heating peaks, the
     * approximate shape of EIA Electric Power Monthly residential retail sales (Table 5.1; the average bill
     * is about $137/month, EIA via realism-references A5). The shape is an assumption to check against the
     * EIA table. A bill is `base * (1 + seasonalAmplitude * (shape - 1))`: 0.25 gives July-August about 12 %
     * above May and October while every series, over any window up to a year, stays within QC-5's ±10 %
     * of its median (0.25 * 0.29 = 7.3 % above a median near 0.99, plus the 0.5 % month-to-month
     * variance) and inside $80-$150.
     */
    monthShape: [1.11, 0.95, 0.93, 0.79, 0.81, 0.98, 1.29, 1.29, 1.05, 0.86, 0.86, 1.07],
    seasonalAmplitude: 0.25,
  },
  subscriptions: {
    /** The services a subscriber picks from (the spec's five at their prices). */
    catalogue: SUBSCRIPTIONS,
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
  // --- The rest of a budget (issue 9, people): phone, internet, insurance, ATM cash and P2P payments. ---
  /**
   * Monthly bills from checking, each held by `share` of users, on a day drawn from `dayOfMonth` (±2
   * days, on a business day). A customer's amount is drawn once inside `cents`, placed higher with income
   * (`incomePosition`) and lower when re-planning frugally; the bill keeps its amount every month.
   */
  bills: {
    /** Pew (2023): 98 % of adults own a cellphone (realism-references). A plan of $45-$110 a month. */
    phone: { share: 0.98, cents: { min: 4_500, max: 11_000 }, dayOfMonth: { min: 3, max: 25 } },
    /** Home broadband: about 80 % of adults (assumption after Pew's broadband fact sheet; not in the references). */
    internet: { share: 0.8, cents: { min: 5_000, max: 9_000 }, dayOfMonth: { min: 3, max: 25 } },
    /**
     * Auto, renters or home insurance, monthly. BLS CE: personal insurance and pensions are 12.4 % of
     * spending (2023) and rise steeply with income (realism-references A1); the share holding a monthly
     * policy and the $80-$240 range are assumptions.
     */
    insurance: { share: 0.85, cents: { min: 8_000, max: 24_000 }, dayOfMonth: { min: 3, max: 25 } },
    /** Income at which `incomePosition` reaches 1 (linear from the lowest tier's floor). */
    incomePosition: { from: 15_000, to: 150_000, floor: 0.3 },
    /**
     * Fixed series (bills, cash, P2P) may take at most this share of the transaction target, so that
     * everyday spending always fills the rest of the spec's 150-200 band.
     */
    maxFixedShareOfTarget: 0.75,
  },
  /**
   * ATM cash withdrawals from checking (`TRANSFER_OUT_WITHDRAWAL`), round multiples of $20 in $20-$200.
   * Fed DCPC 2023: cash is 16 % of payments, 7 cash payments per consumer per month; 12 % of payments
   * under age 55 and 22 % at 55+ (realism-references A3). Share of users who withdraw is an assumption.
   */
  cash: { share: 0.55, perMonth: { min: 1, max: 3 }, cents: { min: 2_000, max: 20_000 }, roundCents: 2_000 },
  /**
   * P2P payments (Venmo, Zelle, Cash App): sent (`TRANSFER_OUT_ACCOUNT_TRANSFER`) and sometimes received
   * (`TRANSFER_IN_ACCOUNT_TRANSFER`). DCPC 2024: 11 mobile-phone payments per consumer per month
   * (realism-references A3); the share of P2P users and the amounts are assumptions.
   */
  p2p: {
    share: 0.45,
    sentPerMonth: { min: 1, max: 2 },
    /** Chance that a month also brings one payment in. */
    receivedChancePerMonth: 0.35,
    cents: { min: 1_000, max: 15_000 },
    roundCents: 500,
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
