// Population reference data (spec tasks 1.3 and 2.2). Rows only, no logic.

/** Age brackets with the spec's target shares (20/30/35/15 %). `max` is inclusive. */
export const AGE_BRACKETS = [
  { name: "18-25", min: 18, max: 25, share: 0.2 },
  { name: "26-35", min: 26, max: 35, share: 0.3 },
  { name: "36-50", min: 36, max: 50, share: 0.35 },
  { name: "51+", min: 51, max: 80, share: 0.15 },
] as const;

/** Income tiers in annual US dollars with the spec's target shares (20/40/30/10 %). `max` is inclusive. */
export const INCOME_TIERS = [
  { name: "low", min: 15_000, max: 34_999, share: 0.2 },
  { name: "middle", min: 35_000, max: 74_999, share: 0.4 },
  { name: "upper_middle", min: 75_000, max: 149_999, share: 0.3 },
  { name: "high", min: 150_000, max: 400_000, share: 0.1 },
] as const;

/** Where people live, with the spec's target shares (50/30/20 %). */
export const REGIONS = [
  { name: "urban", share: 0.5 },
  { name: "suburban", share: 0.3 },
  { name: "rural", share: 0.2 },
] as const;

export const LIFE_STAGES = ["student", "early_career", "mid_career", "pre_retirement", "retiree"] as const;

/**
 * The population concern of the profile: who the users are. Every share and boundary the population
 * rules use, in one object (spec tasks 1.3, 2.2 and 3.1).
 */
export const POPULATION = {
  ageBrackets: AGE_BRACKETS,
  incomeTiers: INCOME_TIERS,
  regions: REGIONS,
  /** Life stage boundaries used to infer a stage from age and income. */
  lifeStages: {
    /** At or under this age with income under `studentMaxIncome`: a student. */
    studentMaxAge: 25,
    studentMaxIncome: 45_000,
    earlyCareerMaxAge: 35,
    midCareerMaxAge: 50,
    retirementAge: 62,
  },
  /** Users per population block; every block holds the exact target shares. */
  blockSize: 20,
  /**
   * One block: how many users fall in each (age bracket, income tier) cell. Row sums are the age shares
   * (4/6/7/3 of 20), column sums the income shares (4/8/6/2 of 20). Income peaks in mid-career: the
   * 36-50 bracket's median cell is upper-middle, the 51+ bracket's is middle (it holds retirees). Census
   * CPS ASEC 2023 median household income by householder age: 15-24 $54,930, 25-34 $85,780, 35-44
   * $101,300; Fed SCF 2022 median family income peaks at 45-54 ($91,880) and falls to $49,070 at 75+
   * (realism-references A2: "household income peaks at 45-54 and falls after 65").
   */
  ageIncomeBlock: {
    "18-25": [3, 1, 0, 0],
    "26-35": [1, 3, 2, 0],
    "36-50": [0, 2, 4, 1],
    "51+": [0, 2, 0, 1],
  },
  /** Region counts in one block (50/30/20 %). */
  regionBlock: { urban: 10, suburban: 6, rural: 4 },
  /** Life-event customers per block (10 %). */
  lifeEventsPerBlock: 2,
  /** Savings holders (70 %) and subscribers (35 %, inside the spec's 30-40 %) per block. */
  savingsPerBlock: 14,
  subscribersPerBlock: 7,
  /**
   * Student loans: exactly this many holders per block (25 %), drawn among the block's users with these
   * weights by age bracket, so most holders are under 40, some 36-50 and few 51+. Pew analysis of SHED
   * 2023: 25 % of adults under 40, 14 % at 40-49 and 4 % at 50+ hold loans for their own education
   * (realism-references A4); SCF 2019 households with education debt: < 35 41.4 %, 35-44 33.7 %, 45-54
   * 23.3 %, 55-64 12.2 %. The spec's 25 % overall is kept, so young brackets weigh more than the rates.
   */
  studentLoansPerBlock: 5,
  studentLoanWeightByAge: { "18-25": 0.3, "26-35": 0.4, "36-50": 0.14, "51+": 0.03 },
  /**
   * Income inside a tier: `position = random * (1 - ageWeight) + ageFactor * ageWeight`, with the age
   * factor rising from 0 at `ageFrom` to 1 at `peakAge` and falling back to 0 at `ageTo`, so income
   * peaks in mid-career (Census Table H-10 shape, realism-references A2). The open-ended top tier
   * squares the position (most high earners sit near its bottom). Rounded to `roundDollars`.
   */
  incomeInTier: { ageWeight: 0.45, ageFrom: 18, peakAge: 50, ageTo: 80, roundDollars: 100 },
  /**
   * Retirement (issue 9, people). From `age`, `retiredShare` of users are retired: no payroll, Social
   * Security each month on the 2nd, 3rd or 4th Wednesday by birthday (day 1-10, 11-20, 21-31, as the SSA
   * pays; the business day before when that Wednesday is a holiday), and `pensionShare` of them a monthly
   * pension too (both `INCOME_RETIREMENT_PENSION`). BLS CPS 2023: about 19 % of people 65+ are in the
   * labour force (assumption, not in realism-references); SHED 2023: 26 % of adults receive Social
   * Security income and 18 % a pension (realism-references). Take-home income is the user's income
   * net of the tier's share, as for payroll; Social Security is capped at `socialSecurityMaxMonthlyCents`
   * (SSA 2024 maximum at 70: $4,873) and a pension pays the rest (`socialSecurityShareWithPension` when
   * the retiree has one).
   */
  retirement: {
    age: 65,
    retiredShare: 0.8,
    pensionShare: 0.4,
    socialSecurityMaxMonthlyCents: 487_300,
    socialSecurityShareWithPension: { min: 0.5, max: 0.75 },
    /** Birthday day-of-month ranges -> which Wednesday of the month pays (2nd, 3rd, 4th). */
    wednesdayByBirthday: [
      { maxDay: 10, wednesday: 2 },
      { maxDay: 20, wednesday: 3 },
      { maxDay: 31, wednesday: 4 },
    ],
  },
  /** How long before the window the user signed up, in days. */
  signupDaysBefore: { min: 30, max: 3 * 365 },
} as const;

export type Population = typeof POPULATION;


export const LIFE_EVENT_KINDS = ["medical", "job_change", "large_purchase"] as const;
