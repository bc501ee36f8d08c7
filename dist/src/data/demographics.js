// Population reference data (spec tasks 1.3 and 2.2). Rows only, no logic.
/** Age brackets with the spec's target shares (20/30/35/15 %). `max` is inclusive. */
export const AGE_BRACKETS = [
    { name: "18-25", min: 18, max: 25, share: 0.2 },
    { name: "26-35", min: 26, max: 35, share: 0.3 },
    { name: "36-50", min: 36, max: 50, share: 0.35 },
    { name: "51+", min: 51, max: 80, share: 0.15 },
];
/** Income tiers in annual US dollars with the spec's target shares (20/40/30/10 %). `max` is inclusive. */
export const INCOME_TIERS = [
    { name: "low", min: 15_000, max: 34_999, share: 0.2 },
    { name: "middle", min: 35_000, max: 74_999, share: 0.4 },
    { name: "upper_middle", min: 75_000, max: 149_999, share: 0.3 },
    { name: "high", min: 150_000, max: 400_000, share: 0.1 },
];
/** Where people live, with the spec's target shares (50/30/20 %). */
export const REGIONS = [
    { name: "urban", share: 0.5 },
    { name: "suburban", share: 0.3 },
    { name: "rural", share: 0.2 },
];
export const LIFE_STAGES = ["student", "early_career", "mid_career", "pre_retirement", "retiree"];
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
     * (4/6/7/3 of 20), column sums the income shares (4/8/6/2 of 20), and income rises with age.
     */
    ageIncomeBlock: {
        "18-25": [3, 1, 0, 0],
        "26-35": [1, 4, 1, 0],
        "36-50": [0, 3, 3, 1],
        "51+": [0, 0, 2, 1],
    },
    /** Region counts in one block (50/30/20 %). */
    regionBlock: { urban: 10, suburban: 6, rural: 4 },
    /** Life-event customers per block (10 %). */
    lifeEventsPerBlock: 2,
    /** Savings holders (70 %) and subscribers (35 %, inside the spec's 30-40 %) per block. */
    savingsPerBlock: 14,
    subscribersPerBlock: 7,
    /** Student loans per block (25 %), concentrated in ages 18-35. */
    studentLoansPerBlock: { "18-25": 3, "26-35": 2, "36-50": 0, "51+": 0 },
    /**
     * Income inside a tier: `position = random * (1 - ageWeight) + ageFactor * ageWeight`, with the age
     * factor rising from 0 at `ageFrom` to 1 at `ageTo`, so income rises with age. The open-ended top
     * tier squares the position (most high earners sit near its bottom). Rounded to `roundDollars`.
     */
    incomeInTier: { ageWeight: 0.45, ageFrom: 18, ageTo: 75, roundDollars: 100 },
    /** How long before the window the user signed up, in days. */
    signupDaysBefore: { min: 30, max: 3 * 365 },
};
export const LIFE_EVENT_KINDS = ["medical", "job_change", "large_purchase"];
//# sourceMappingURL=demographics.js.map