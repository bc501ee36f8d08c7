/** Age brackets with the spec's target shares (20/30/35/15 %). `max` is inclusive. */
export declare const AGE_BRACKETS: readonly [{
    readonly name: "18-25";
    readonly min: 18;
    readonly max: 25;
    readonly share: 0.2;
}, {
    readonly name: "26-35";
    readonly min: 26;
    readonly max: 35;
    readonly share: 0.3;
}, {
    readonly name: "36-50";
    readonly min: 36;
    readonly max: 50;
    readonly share: 0.35;
}, {
    readonly name: "51+";
    readonly min: 51;
    readonly max: 80;
    readonly share: 0.15;
}];
/** Income tiers in annual US dollars with the spec's target shares (20/40/30/10 %). `max` is inclusive. */
export declare const INCOME_TIERS: readonly [{
    readonly name: "low";
    readonly min: 15000;
    readonly max: 34999;
    readonly share: 0.2;
}, {
    readonly name: "middle";
    readonly min: 35000;
    readonly max: 74999;
    readonly share: 0.4;
}, {
    readonly name: "upper_middle";
    readonly min: 75000;
    readonly max: 149999;
    readonly share: 0.3;
}, {
    readonly name: "high";
    readonly min: 150000;
    readonly max: 400000;
    readonly share: 0.1;
}];
/** Where people live, with the spec's target shares (50/30/20 %). */
export declare const REGIONS: readonly [{
    readonly name: "urban";
    readonly share: 0.5;
}, {
    readonly name: "suburban";
    readonly share: 0.3;
}, {
    readonly name: "rural";
    readonly share: 0.2;
}];
export declare const LIFE_STAGES: readonly ["student", "early_career", "mid_career", "pre_retirement", "retiree"];
/**
 * The population concern of the profile: who the users are. Every share and boundary the population
 * rules use, in one object (spec tasks 1.3, 2.2 and 3.1).
 */
export declare const POPULATION: {
    readonly ageBrackets: readonly [{
        readonly name: "18-25";
        readonly min: 18;
        readonly max: 25;
        readonly share: 0.2;
    }, {
        readonly name: "26-35";
        readonly min: 26;
        readonly max: 35;
        readonly share: 0.3;
    }, {
        readonly name: "36-50";
        readonly min: 36;
        readonly max: 50;
        readonly share: 0.35;
    }, {
        readonly name: "51+";
        readonly min: 51;
        readonly max: 80;
        readonly share: 0.15;
    }];
    readonly incomeTiers: readonly [{
        readonly name: "low";
        readonly min: 15000;
        readonly max: 34999;
        readonly share: 0.2;
    }, {
        readonly name: "middle";
        readonly min: 35000;
        readonly max: 74999;
        readonly share: 0.4;
    }, {
        readonly name: "upper_middle";
        readonly min: 75000;
        readonly max: 149999;
        readonly share: 0.3;
    }, {
        readonly name: "high";
        readonly min: 150000;
        readonly max: 400000;
        readonly share: 0.1;
    }];
    readonly regions: readonly [{
        readonly name: "urban";
        readonly share: 0.5;
    }, {
        readonly name: "suburban";
        readonly share: 0.3;
    }, {
        readonly name: "rural";
        readonly share: 0.2;
    }];
    /** Life stage boundaries used to infer a stage from age and income. */
    readonly lifeStages: {
        /** At or under this age with income under `studentMaxIncome`: a student. */
        readonly studentMaxAge: 25;
        readonly studentMaxIncome: 45000;
        readonly earlyCareerMaxAge: 35;
        readonly midCareerMaxAge: 50;
        readonly retirementAge: 62;
    };
    /** Users per population block; every block holds the exact target shares. */
    readonly blockSize: 20;
    /**
     * One block: how many users fall in each (age bracket, income tier) cell. Row sums are the age shares
     * (4/6/7/3 of 20), column sums the income shares (4/8/6/2 of 20), and income rises with age.
     */
    readonly ageIncomeBlock: {
        readonly "18-25": readonly [3, 1, 0, 0];
        readonly "26-35": readonly [1, 4, 1, 0];
        readonly "36-50": readonly [0, 3, 3, 1];
        readonly "51+": readonly [0, 0, 2, 1];
    };
    /** Region counts in one block (50/30/20 %). */
    readonly regionBlock: {
        readonly urban: 10;
        readonly suburban: 6;
        readonly rural: 4;
    };
    /** Life-event customers per block (10 %). */
    readonly lifeEventsPerBlock: 2;
    /** Savings holders (70 %) and subscribers (35 %, inside the spec's 30-40 %) per block. */
    readonly savingsPerBlock: 14;
    readonly subscribersPerBlock: 7;
    /** Student loans per block (25 %), concentrated in ages 18-35. */
    readonly studentLoansPerBlock: {
        readonly "18-25": 3;
        readonly "26-35": 2;
        readonly "36-50": 0;
        readonly "51+": 0;
    };
    /**
     * Income inside a tier: `position = random * (1 - ageWeight) + ageFactor * ageWeight`, with the age
     * factor rising from 0 at `ageFrom` to 1 at `ageTo`, so income rises with age. The open-ended top
     * tier squares the position (most high earners sit near its bottom). Rounded to `roundDollars`.
     */
    readonly incomeInTier: {
        readonly ageWeight: 0.45;
        readonly ageFrom: 18;
        readonly ageTo: 75;
        readonly roundDollars: 100;
    };
    /** How long before the window the user signed up, in days. */
    readonly signupDaysBefore: {
        readonly min: 30;
        readonly max: number;
    };
};
export type Population = typeof POPULATION;
export declare const LIFE_EVENT_KINDS: readonly ["medical", "job_change", "large_purchase"];
//# sourceMappingURL=demographics.d.ts.map