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

/** Life stage boundaries used to infer a stage from age and income. */
export const LIFE_STAGE_RULES = {
  /** At or under this age with income under `studentMaxIncome`: a student. */
  studentMaxAge: 25,
  studentMaxIncome: 45_000,
  earlyCareerMaxAge: 35,
  midCareerMaxAge: 50,
  retirementAge: 62,
} as const;

/**
 * One block of 20 users: how many fall in each (age bracket, income tier) cell. Row sums are the age
 * shares (4/6/7/3 of 20), column sums the income shares (4/8/6/2 of 20), and income rises with age.
 */
export const AGE_INCOME_BLOCK: Readonly<Record<(typeof AGE_BRACKETS)[number]["name"], readonly [number, number, number, number]>> = {
  "18-25": [3, 1, 0, 0],
  "26-35": [1, 4, 1, 0],
  "36-50": [0, 3, 3, 1],
  "51+": [0, 0, 2, 1],
};

/** Users per population block; every block holds the exact target shares. */
export const POPULATION_BLOCK_SIZE = 20;

/** Region counts in one block of 20 (50/30/20 %). */
export const REGION_BLOCK = { urban: 10, suburban: 6, rural: 4 } as const;

/** Life-event customers per block of 20 (10 %). */
export const LIFE_EVENTS_PER_BLOCK = 2;

export const LIFE_EVENT_KINDS = ["medical", "job_change", "large_purchase"] as const;

/** Account ownership per block of 20 users (spec task 3.1): savings 70 %, subscriptions 35 % (30-40 %). */
export const SAVINGS_PER_BLOCK = 14;
export const SUBSCRIBERS_PER_BLOCK = 7;

/** Student loans per block of 20 (25 %), concentrated in ages 18-35. */
export const STUDENT_LOANS_PER_BLOCK: Readonly<Record<(typeof AGE_BRACKETS)[number]["name"], number>> = {
  "18-25": 3,
  "26-35": 2,
  "36-50": 0,
  "51+": 0,
};

/** Chance of a student loan for a customer whose age bracket was set by a trait rather than the block. */
export const STUDENT_LOAN_CHANCE: Readonly<Record<(typeof AGE_BRACKETS)[number]["name"], number>> = {
  "18-25": 0.6,
  "26-35": 0.35,
  "36-50": 0.05,
  "51+": 0,
};

/** How many credit cards each income tier holds (weights of 0, 1, 2, 3 cards). */
export const CREDIT_CARD_COUNT_WEIGHTS: Readonly<Record<(typeof INCOME_TIERS)[number]["name"], readonly [number, number, number, number]>> = {
  low: [0.5, 0.5, 0, 0],
  middle: [0.1, 0.55, 0.35, 0],
  upper_middle: [0, 0.35, 0.45, 0.2],
  high: [0, 0, 0.4, 0.6],
};
