import { z } from "zod";
export declare const ProfileSchema: z.ZodObject<{
    name: z.ZodString;
    population: z.ZodObject<{
        ageBrackets: z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            min: z.ZodNumber;
            max: z.ZodNumber;
            share: z.ZodNumber;
        }, z.core.$strip>>;
        incomeTiers: z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            min: z.ZodNumber;
            max: z.ZodNumber;
            share: z.ZodNumber;
        }, z.core.$strip>>;
        regions: z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            share: z.ZodNumber;
        }, z.core.$strip>>;
        lifeStages: z.ZodObject<{
            studentMaxAge: z.ZodNumber;
            studentMaxIncome: z.ZodNumber;
            earlyCareerMaxAge: z.ZodNumber;
            midCareerMaxAge: z.ZodNumber;
            retirementAge: z.ZodNumber;
        }, z.core.$strip>;
        blockSize: z.ZodNumber;
        ageIncomeBlock: z.ZodObject<{
            "18-25": z.ZodTuple<[z.ZodNumber, z.ZodNumber, z.ZodNumber, z.ZodNumber], null>;
            "26-35": z.ZodTuple<[z.ZodNumber, z.ZodNumber, z.ZodNumber, z.ZodNumber], null>;
            "36-50": z.ZodTuple<[z.ZodNumber, z.ZodNumber, z.ZodNumber, z.ZodNumber], null>;
            "51+": z.ZodTuple<[z.ZodNumber, z.ZodNumber, z.ZodNumber, z.ZodNumber], null>;
        }, z.core.$strip>;
        regionBlock: z.ZodObject<{
            urban: z.ZodNumber;
            suburban: z.ZodNumber;
            rural: z.ZodNumber;
        }, z.core.$strip>;
        lifeEventsPerBlock: z.ZodNumber;
        savingsPerBlock: z.ZodNumber;
        subscribersPerBlock: z.ZodNumber;
        studentLoansPerBlock: z.ZodObject<{
            "18-25": z.ZodNumber;
            "26-35": z.ZodNumber;
            "36-50": z.ZodNumber;
            "51+": z.ZodNumber;
        }, z.core.$strip>;
        incomeInTier: z.ZodObject<{
            ageWeight: z.ZodNumber;
            ageFrom: z.ZodNumber;
            ageTo: z.ZodNumber;
            roundDollars: z.ZodNumber;
        }, z.core.$strip>;
        signupDaysBefore: z.ZodObject<{
            min: z.ZodNumber;
            max: z.ZodNumber;
        }, z.core.$strip>;
    }, z.core.$strip>;
    accounts: z.ZodObject<{
        checkingMonthsOfIncome: z.ZodObject<{
            min: z.ZodNumber;
            max: z.ZodNumber;
        }, z.core.$strip>;
        savingsMonthsOfIncome: z.ZodObject<{
            min: z.ZodNumber;
            max: z.ZodNumber;
        }, z.core.$strip>;
        creditLimitShareOfIncome: z.ZodObject<{
            min: z.ZodNumber;
            max: z.ZodNumber;
        }, z.core.$strip>;
        creditLimitStepDollars: z.ZodNumber;
        creditLimitDollars: z.ZodObject<{
            min: z.ZodNumber;
            max: z.ZodNumber;
        }, z.core.$strip>;
        creditUtilization: z.ZodObject<{
            min: z.ZodNumber;
            max: z.ZodNumber;
        }, z.core.$strip>;
        studentLoanDollars: z.ZodObject<{
            min: z.ZodNumber;
            max: z.ZodNumber;
        }, z.core.$strip>;
        cardCountWeights: z.ZodObject<{
            low: z.ZodTuple<[z.ZodNumber, z.ZodNumber, z.ZodNumber, z.ZodNumber], null>;
            middle: z.ZodTuple<[z.ZodNumber, z.ZodNumber, z.ZodNumber, z.ZodNumber], null>;
            upper_middle: z.ZodTuple<[z.ZodNumber, z.ZodNumber, z.ZodNumber, z.ZodNumber], null>;
            high: z.ZodTuple<[z.ZodNumber, z.ZodNumber, z.ZodNumber, z.ZodNumber], null>;
        }, z.core.$strip>;
        studentLoanChanceByAge: z.ZodObject<{
            "18-25": z.ZodNumber;
            "26-35": z.ZodNumber;
            "36-50": z.ZodNumber;
            "51+": z.ZodNumber;
        }, z.core.$strip>;
        subscriptionsPerSubscriber: z.ZodObject<{
            min: z.ZodNumber;
            max: z.ZodNumber;
        }, z.core.$strip>;
    }, z.core.$strip>;
    budget: z.ZodObject<{
        countBand: z.ZodObject<{
            min: z.ZodNumber;
            max: z.ZodNumber;
            days: z.ZodNumber;
        }, z.core.$strip>;
        countBandMargin: z.ZodNumber;
        replan: z.ZodObject<{
            maxAttempts: z.ZodNumber;
            fullyFrugalAt: z.ZodNumber;
        }, z.core.$strip>;
        dayJitter: z.ZodNumber;
        payroll: z.ZodObject<{
            netShareByTier: z.ZodObject<{
                low: z.ZodNumber;
                middle: z.ZodNumber;
                upper_middle: z.ZodNumber;
                high: z.ZodNumber;
            }, z.core.$strip>;
            biweeklyShare: z.ZodNumber;
            variance: z.ZodNumber;
            periodDays: z.ZodObject<{
                BIWEEKLY: z.ZodNumber;
                MONTHLY: z.ZodNumber;
            }, z.core.$strip>;
        }, z.core.$strip>;
        housing: z.ZodObject<{
            shareOfGrossMonthly: z.ZodObject<{
                min: z.ZodNumber;
                max: z.ZodNumber;
            }, z.core.$strip>;
            dayOfMonth: z.ZodNumber;
            ownerShare: z.ZodNumber;
            ownerLifeStages: z.ZodArray<z.ZodString>;
            ownerMinIncome: z.ZodNumber;
        }, z.core.$strip>;
        utilities: z.ZodObject<{
            cents: z.ZodObject<{
                min: z.ZodNumber;
                max: z.ZodNumber;
            }, z.core.$strip>;
            dayOfMonth: z.ZodNumber;
            monthlyVariance: z.ZodNumber;
        }, z.core.$strip>;
        subscriptions: z.ZodObject<{
            cardShare: z.ZodNumber;
            dayOfMonth: z.ZodObject<{
                min: z.ZodNumber;
                max: z.ZodNumber;
            }, z.core.$strip>;
        }, z.core.$strip>;
        studentLoan: z.ZodObject<{
            incomeFrom: z.ZodNumber;
            incomeSpan: z.ZodNumber;
            dayOfMonth: z.ZodObject<{
                min: z.ZodNumber;
                max: z.ZodNumber;
            }, z.core.$strip>;
        }, z.core.$strip>;
        cardPayments: z.ZodObject<{
            dayOfMonth: z.ZodObject<{
                min: z.ZodNumber;
                max: z.ZodNumber;
            }, z.core.$strip>;
            coverFactor: z.ZodObject<{
                min: z.ZodNumber;
                max: z.ZodNumber;
            }, z.core.$strip>;
            frugalCut: z.ZodNumber;
            autopayShareOfOwed: z.ZodObject<{
                min: z.ZodNumber;
                max: z.ZodNumber;
            }, z.core.$strip>;
            minimumCents: z.ZodNumber;
            roundCents: z.ZodNumber;
        }, z.core.$strip>;
        savings: z.ZodObject<{
            apy: z.ZodObject<{
                min: z.ZodNumber;
                max: z.ZodNumber;
            }, z.core.$strip>;
            transferDayOfMonth: z.ZodObject<{
                min: z.ZodNumber;
                max: z.ZodNumber;
            }, z.core.$strip>;
            nonSaverTier: z.ZodString;
            minimumTransferCents: z.ZodNumber;
            roundCents: z.ZodNumber;
            checkingEndFactor: z.ZodObject<{
                min: z.ZodNumber;
                max: z.ZodNumber;
            }, z.core.$strip>;
            withdrawalMarginDays: z.ZodNumber;
            extraWithdrawalShare: z.ZodNumber;
            extraWithdrawalHundreds: z.ZodObject<{
                min: z.ZodNumber;
                max: z.ZodNumber;
            }, z.core.$strip>;
            rescueBufferCents: z.ZodNumber;
        }, z.core.$strip>;
    }, z.core.$strip>;
    spending: z.ZodObject<{
        categories: z.ZodRecord<z.ZodString, z.ZodObject<{
            price_cents: z.ZodObject<{
                min: z.ZodNumber;
                max: z.ZodNumber;
            }, z.core.$strip>;
            merchants: z.ZodArray<z.ZodObject<{
                merchant_name: z.ZodString;
                name: z.ZodString;
                pfc: z.ZodString;
                online_share: z.ZodNumber;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
        weights: z.ZodRecord<z.ZodString, z.ZodNumber>;
        seasonal: z.ZodArray<z.ZodObject<{
            kind: z.ZodString;
            months: z.ZodArray<z.ZodNumber>;
            weight: z.ZodNumber;
        }, z.core.$strip>>;
        weekendRestaurantUplift: z.ZodNumber;
        weekendDayUplift: z.ZodNumber;
        seasonalDayUplift: z.ZodNumber;
        coffeeDrinkers: z.ZodObject<{
            lifeStages: z.ZodArray<z.ZodString>;
            incomeTiers: z.ZodArray<z.ZodString>;
        }, z.core.$strip>;
        cardPreference: z.ZodRecord<z.ZodString, z.ZodNumber>;
        cardPreferenceDefault: z.ZodNumber;
        pricePosition: z.ZodObject<{
            base: z.ZodNumber;
            incomeWeight: z.ZodNumber;
            frugalWeight: z.ZodNumber;
            spread: z.ZodNumber;
            incomeFloor: z.ZodNumber;
            incomeCeiling: z.ZodNumber;
        }, z.core.$strip>;
        authLagDays: z.ZodObject<{
            inStore: z.ZodObject<{
                min: z.ZodNumber;
                max: z.ZodNumber;
            }, z.core.$strip>;
            online: z.ZodObject<{
                min: z.ZodNumber;
                max: z.ZodNumber;
            }, z.core.$strip>;
        }, z.core.$strip>;
        stores: z.ZodObject<{
            storeNumber: z.ZodObject<{
                min: z.ZodNumber;
                max: z.ZodNumber;
            }, z.core.$strip>;
            streetNumber: z.ZodObject<{
                min: z.ZodNumber;
                max: z.ZodNumber;
            }, z.core.$strip>;
            coordinateJitterDegrees: z.ZodNumber;
        }, z.core.$strip>;
        confidence: z.ZodObject<{
            veryHigh: z.ZodNumber;
            high: z.ZodNumber;
        }, z.core.$strip>;
    }, z.core.$strip>;
    liabilities: z.ZodObject<{
        aprPercent: z.ZodObject<{
            min: z.ZodNumber;
            max: z.ZodNumber;
        }, z.core.$strip>;
        interestRatePercent: z.ZodObject<{
            min: z.ZodNumber;
            max: z.ZodNumber;
        }, z.core.$strip>;
        cardMinimumShare: z.ZodNumber;
        cardLastPaymentShare: z.ZodObject<{
            min: z.ZodNumber;
            max: z.ZodNumber;
        }, z.core.$strip>;
        studentMinimumCents: z.ZodObject<{
            min: z.ZodNumber;
            max: z.ZodNumber;
        }, z.core.$strip>;
        lastPaymentDaysAgo: z.ZodObject<{
            min: z.ZodNumber;
            max: z.ZodNumber;
        }, z.core.$strip>;
        nextDueDaysAhead: z.ZodObject<{
            min: z.ZodNumber;
            max: z.ZodNumber;
        }, z.core.$strip>;
        overdueDaysAgo: z.ZodObject<{
            min: z.ZodNumber;
            max: z.ZodNumber;
        }, z.core.$strip>;
        cardOverdueShare: z.ZodNumber;
    }, z.core.$strip>;
    lifeEvents: z.ZodObject<{
        medicalCents: z.ZodObject<{
            min: z.ZodNumber;
            max: z.ZodNumber;
        }, z.core.$strip>;
        largePurchaseCents: z.ZodObject<{
            min: z.ZodNumber;
            max: z.ZodNumber;
        }, z.core.$strip>;
        largePurchaseIncomeScale: z.ZodObject<{
            base: z.ZodNumber;
            incomeWeight: z.ZodNumber;
        }, z.core.$strip>;
        dayMarginDays: z.ZodNumber;
        cardHeadroom: z.ZodNumber;
        savingsLeadDays: z.ZodObject<{
            min: z.ZodNumber;
            max: z.ZodNumber;
        }, z.core.$strip>;
        jobChangeGapDays: z.ZodObject<{
            min: z.ZodNumber;
            max: z.ZodNumber;
        }, z.core.$strip>;
        jobChangeRaise: z.ZodObject<{
            min: z.ZodNumber;
            max: z.ZodNumber;
        }, z.core.$strip>;
    }, z.core.$strip>;
    personas: z.ZodObject<{
        student: z.ZodObject<{
            age: z.ZodObject<{
                min: z.ZodNumber;
                max: z.ZodNumber;
            }, z.core.$strip>;
            income: z.ZodObject<{
                min: z.ZodNumber;
                max: z.ZodNumber;
            }, z.core.$strip>;
        }, z.core.$strip>;
        retiree: z.ZodObject<{
            age: z.ZodObject<{
                min: z.ZodNumber;
                max: z.ZodNumber;
            }, z.core.$strip>;
        }, z.core.$strip>;
        factoryIncome: z.ZodObject<{
            min: z.ZodNumber;
            max: z.ZodNumber;
        }, z.core.$strip>;
    }, z.core.$strip>;
}, z.core.$strip>;
export type Profile = z.output<typeof ProfileSchema>;
/** The spec's numbers: the default profile. */
export declare const DEFAULT_PROFILE: {
    readonly name: "default";
    readonly population: {
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
        readonly lifeStages: {
            readonly studentMaxAge: 25;
            readonly studentMaxIncome: 45000;
            readonly earlyCareerMaxAge: 35;
            readonly midCareerMaxAge: 50;
            readonly retirementAge: 62;
        };
        readonly blockSize: 20;
        readonly ageIncomeBlock: {
            readonly "18-25": readonly [3, 1, 0, 0];
            readonly "26-35": readonly [1, 4, 1, 0];
            readonly "36-50": readonly [0, 3, 3, 1];
            readonly "51+": readonly [0, 0, 2, 1];
        };
        readonly regionBlock: {
            readonly urban: 10;
            readonly suburban: 6;
            readonly rural: 4;
        };
        readonly lifeEventsPerBlock: 2;
        readonly savingsPerBlock: 14;
        readonly subscribersPerBlock: 7;
        readonly studentLoansPerBlock: {
            readonly "18-25": 3;
            readonly "26-35": 2;
            readonly "36-50": 0;
            readonly "51+": 0;
        };
        readonly incomeInTier: {
            readonly ageWeight: 0.45;
            readonly ageFrom: 18;
            readonly ageTo: 75;
            readonly roundDollars: 100;
        };
        readonly signupDaysBefore: {
            readonly min: 30;
            readonly max: number;
        };
    };
    readonly accounts: {
        readonly checkingMonthsOfIncome: {
            readonly min: 1;
            readonly max: 3;
        };
        readonly savingsMonthsOfIncome: {
            readonly min: 2;
            readonly max: 6;
        };
        readonly creditLimitShareOfIncome: {
            readonly min: 0.1;
            readonly max: 0.3;
        };
        readonly creditLimitStepDollars: 500;
        readonly creditLimitDollars: {
            readonly min: 1000;
            readonly max: 50000;
        };
        readonly creditUtilization: {
            readonly min: 0.3;
            readonly max: 0.7;
        };
        readonly studentLoanDollars: {
            readonly min: 15000;
            readonly max: 60000;
        };
        readonly cardCountWeights: {
            readonly low: readonly [0.5, 0.5, 0, 0];
            readonly middle: readonly [0.1, 0.55, 0.35, 0];
            readonly upper_middle: readonly [0, 0.35, 0.45, 0.2];
            readonly high: readonly [0, 0, 0.4, 0.6];
        };
        readonly studentLoanChanceByAge: {
            readonly "18-25": 0.6;
            readonly "26-35": 0.35;
            readonly "36-50": 0.05;
            readonly "51+": 0;
        };
        readonly subscriptionsPerSubscriber: {
            readonly min: 1;
            readonly max: 3;
        };
    };
    readonly budget: {
        readonly countBand: {
            readonly min: 150;
            readonly max: 200;
            readonly days: 184;
        };
        readonly countBandMargin: 0.12;
        readonly replan: {
            readonly maxAttempts: 6;
            readonly fullyFrugalAt: 3;
        };
        readonly dayJitter: 2;
        readonly payroll: {
            readonly netShareByTier: {
                readonly low: 0.85;
                readonly middle: 0.78;
                readonly upper_middle: 0.72;
                readonly high: 0.65;
            };
            readonly biweeklyShare: 0.6;
            readonly variance: 0.02;
            readonly periodDays: {
                readonly BIWEEKLY: 14;
                readonly MONTHLY: 30;
            };
        };
        readonly housing: {
            readonly shareOfGrossMonthly: {
                readonly min: 0.25;
                readonly max: 0.35;
            };
            readonly dayOfMonth: 1;
            readonly ownerShare: 0.6;
            readonly ownerLifeStages: readonly ["mid_career", "pre_retirement", "retiree"];
            readonly ownerMinIncome: 60000;
        };
        readonly utilities: {
            readonly cents: {
                readonly min: 8000;
                readonly max: 15000;
            };
            readonly dayOfMonth: 15;
            readonly monthlyVariance: 0.04;
        };
        readonly subscriptions: {
            readonly cardShare: 0.7;
            readonly dayOfMonth: {
                readonly min: 3;
                readonly max: 27;
            };
        };
        readonly studentLoan: {
            readonly incomeFrom: 15000;
            readonly incomeSpan: 100000;
            readonly dayOfMonth: {
                readonly min: 5;
                readonly max: 25;
            };
        };
        readonly cardPayments: {
            readonly dayOfMonth: {
                readonly min: 5;
                readonly max: 25;
            };
            readonly coverFactor: {
                readonly min: 0.95;
                readonly max: 1.1;
            };
            readonly frugalCut: 0.3;
            readonly autopayShareOfOwed: {
                readonly min: 0.025;
                readonly max: 0.4;
            };
            readonly minimumCents: 2500;
            readonly roundCents: 100;
        };
        readonly savings: {
            readonly apy: {
                readonly min: 0.005;
                readonly max: 0.045;
            };
            readonly transferDayOfMonth: {
                readonly min: 3;
                readonly max: 12;
            };
            readonly nonSaverTier: "low";
            readonly minimumTransferCents: 2500;
            readonly roundCents: 10000;
            readonly checkingEndFactor: {
                readonly min: 0.9;
                readonly max: 1.1;
            };
            readonly withdrawalMarginDays: 20;
            readonly extraWithdrawalShare: 0.25;
            readonly extraWithdrawalHundreds: {
                readonly min: 2;
                readonly max: 10;
            };
            readonly rescueBufferCents: 5000;
        };
    };
    readonly spending: {
        readonly categories: Readonly<Record<"groceries" | "restaurant" | "coffee" | "shopping" | "online" | "entertainment" | "gas" | "travel" | "back_to_school" | "holiday", import("./merchants.ts").SpendCategory>>;
        readonly weights: {
            readonly groceries: 0.4;
            readonly restaurant: 0.5;
            readonly coffee: 0.6;
            readonly shopping: 0.12;
            readonly online: 0.2;
            readonly entertainment: 0.08;
            readonly gas: 0.15;
        };
        readonly seasonal: readonly [{
            readonly kind: "travel";
            readonly months: readonly [6, 7];
            readonly weight: 0.06;
        }, {
            readonly kind: "back_to_school";
            readonly months: readonly [8, 9];
            readonly weight: 0.08;
        }, {
            readonly kind: "holiday";
            readonly months: readonly [11, 12];
            readonly weight: 0.15;
        }];
        readonly weekendRestaurantUplift: 1.8;
        readonly weekendDayUplift: 1.25;
        readonly seasonalDayUplift: 1.2;
        readonly coffeeDrinkers: {
            readonly lifeStages: readonly ["student"];
            readonly incomeTiers: readonly ["high"];
        };
        readonly cardPreference: {
            readonly groceries: 0.4;
            readonly restaurant: 0.4;
            readonly coffee: 0.35;
        };
        readonly cardPreferenceDefault: 0.8;
        readonly pricePosition: {
            readonly base: 0.15;
            readonly incomeWeight: 0.6;
            readonly frugalWeight: 0.35;
            readonly spread: 0.5;
            readonly incomeFloor: 15000;
            readonly incomeCeiling: 400000;
        };
        readonly authLagDays: {
            readonly inStore: {
                readonly min: 0;
                readonly max: 2;
            };
            readonly online: {
                readonly min: 0;
                readonly max: 1;
            };
        };
        readonly stores: {
            readonly storeNumber: {
                readonly min: 100;
                readonly max: 9999;
            };
            readonly streetNumber: {
                readonly min: 100;
                readonly max: 9899;
            };
            readonly coordinateJitterDegrees: 0.05;
        };
        readonly confidence: {
            readonly veryHigh: 0.75;
            readonly high: 0.2;
        };
    };
    readonly liabilities: {
        readonly aprPercent: {
            readonly min: 15.99;
            readonly max: 24.99;
        };
        readonly interestRatePercent: {
            readonly min: 4.5;
            readonly max: 7.5;
        };
        readonly cardMinimumShare: 0.02;
        readonly cardLastPaymentShare: {
            readonly min: 0.02;
            readonly max: 0.5;
        };
        readonly studentMinimumCents: {
            readonly min: 15000;
            readonly max: 40000;
        };
        readonly lastPaymentDaysAgo: {
            readonly min: 5;
            readonly max: 25;
        };
        readonly nextDueDaysAhead: {
            readonly min: 5;
            readonly max: 25;
        };
        readonly overdueDaysAgo: {
            readonly min: 1;
            readonly max: 20;
        };
        readonly cardOverdueShare: 0.05;
    };
    readonly lifeEvents: {
        readonly medicalCents: {
            readonly min: 50000;
            readonly max: 300000;
        };
        readonly largePurchaseCents: {
            readonly min: 80000;
            readonly max: 600000;
        };
        readonly largePurchaseIncomeScale: {
            readonly base: 0.4;
            readonly incomeWeight: 0.6;
        };
        readonly dayMarginDays: 7;
        readonly cardHeadroom: 1.5;
        readonly savingsLeadDays: {
            readonly min: 0;
            readonly max: 2;
        };
        readonly jobChangeGapDays: {
            readonly min: 14;
            readonly max: 28;
        };
        readonly jobChangeRaise: {
            readonly min: 0.9;
            readonly max: 1.25;
        };
    };
    readonly personas: {
        readonly student: {
            readonly age: {
                readonly min: 18;
                readonly max: 23;
            };
            readonly income: {
                readonly min: 15000;
                readonly max: 44900;
            };
        };
        readonly retiree: {
            readonly age: {
                readonly min: 62;
                readonly max: 80;
            };
        };
        readonly factoryIncome: {
            readonly min: 35000;
            readonly max: 120000;
        };
    };
};
/** The profile's exact type, with literal names and tuples, as the rules read it. */
export type ProfileData = typeof DEFAULT_PROFILE;
/** Profiles by name; `buildDataset({ profile })` and `configureFixtures({ profile })` take these names. */
export declare const PROFILES: {
    readonly default: {
        readonly name: "default";
        readonly population: {
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
            readonly lifeStages: {
                readonly studentMaxAge: 25;
                readonly studentMaxIncome: 45000;
                readonly earlyCareerMaxAge: 35;
                readonly midCareerMaxAge: 50;
                readonly retirementAge: 62;
            };
            readonly blockSize: 20;
            readonly ageIncomeBlock: {
                readonly "18-25": readonly [3, 1, 0, 0];
                readonly "26-35": readonly [1, 4, 1, 0];
                readonly "36-50": readonly [0, 3, 3, 1];
                readonly "51+": readonly [0, 0, 2, 1];
            };
            readonly regionBlock: {
                readonly urban: 10;
                readonly suburban: 6;
                readonly rural: 4;
            };
            readonly lifeEventsPerBlock: 2;
            readonly savingsPerBlock: 14;
            readonly subscribersPerBlock: 7;
            readonly studentLoansPerBlock: {
                readonly "18-25": 3;
                readonly "26-35": 2;
                readonly "36-50": 0;
                readonly "51+": 0;
            };
            readonly incomeInTier: {
                readonly ageWeight: 0.45;
                readonly ageFrom: 18;
                readonly ageTo: 75;
                readonly roundDollars: 100;
            };
            readonly signupDaysBefore: {
                readonly min: 30;
                readonly max: number;
            };
        };
        readonly accounts: {
            readonly checkingMonthsOfIncome: {
                readonly min: 1;
                readonly max: 3;
            };
            readonly savingsMonthsOfIncome: {
                readonly min: 2;
                readonly max: 6;
            };
            readonly creditLimitShareOfIncome: {
                readonly min: 0.1;
                readonly max: 0.3;
            };
            readonly creditLimitStepDollars: 500;
            readonly creditLimitDollars: {
                readonly min: 1000;
                readonly max: 50000;
            };
            readonly creditUtilization: {
                readonly min: 0.3;
                readonly max: 0.7;
            };
            readonly studentLoanDollars: {
                readonly min: 15000;
                readonly max: 60000;
            };
            readonly cardCountWeights: {
                readonly low: readonly [0.5, 0.5, 0, 0];
                readonly middle: readonly [0.1, 0.55, 0.35, 0];
                readonly upper_middle: readonly [0, 0.35, 0.45, 0.2];
                readonly high: readonly [0, 0, 0.4, 0.6];
            };
            readonly studentLoanChanceByAge: {
                readonly "18-25": 0.6;
                readonly "26-35": 0.35;
                readonly "36-50": 0.05;
                readonly "51+": 0;
            };
            readonly subscriptionsPerSubscriber: {
                readonly min: 1;
                readonly max: 3;
            };
        };
        readonly budget: {
            readonly countBand: {
                readonly min: 150;
                readonly max: 200;
                readonly days: 184;
            };
            readonly countBandMargin: 0.12;
            readonly replan: {
                readonly maxAttempts: 6;
                readonly fullyFrugalAt: 3;
            };
            readonly dayJitter: 2;
            readonly payroll: {
                readonly netShareByTier: {
                    readonly low: 0.85;
                    readonly middle: 0.78;
                    readonly upper_middle: 0.72;
                    readonly high: 0.65;
                };
                readonly biweeklyShare: 0.6;
                readonly variance: 0.02;
                readonly periodDays: {
                    readonly BIWEEKLY: 14;
                    readonly MONTHLY: 30;
                };
            };
            readonly housing: {
                readonly shareOfGrossMonthly: {
                    readonly min: 0.25;
                    readonly max: 0.35;
                };
                readonly dayOfMonth: 1;
                readonly ownerShare: 0.6;
                readonly ownerLifeStages: readonly ["mid_career", "pre_retirement", "retiree"];
                readonly ownerMinIncome: 60000;
            };
            readonly utilities: {
                readonly cents: {
                    readonly min: 8000;
                    readonly max: 15000;
                };
                readonly dayOfMonth: 15;
                readonly monthlyVariance: 0.04;
            };
            readonly subscriptions: {
                readonly cardShare: 0.7;
                readonly dayOfMonth: {
                    readonly min: 3;
                    readonly max: 27;
                };
            };
            readonly studentLoan: {
                readonly incomeFrom: 15000;
                readonly incomeSpan: 100000;
                readonly dayOfMonth: {
                    readonly min: 5;
                    readonly max: 25;
                };
            };
            readonly cardPayments: {
                readonly dayOfMonth: {
                    readonly min: 5;
                    readonly max: 25;
                };
                readonly coverFactor: {
                    readonly min: 0.95;
                    readonly max: 1.1;
                };
                readonly frugalCut: 0.3;
                readonly autopayShareOfOwed: {
                    readonly min: 0.025;
                    readonly max: 0.4;
                };
                readonly minimumCents: 2500;
                readonly roundCents: 100;
            };
            readonly savings: {
                readonly apy: {
                    readonly min: 0.005;
                    readonly max: 0.045;
                };
                readonly transferDayOfMonth: {
                    readonly min: 3;
                    readonly max: 12;
                };
                readonly nonSaverTier: "low";
                readonly minimumTransferCents: 2500;
                readonly roundCents: 10000;
                readonly checkingEndFactor: {
                    readonly min: 0.9;
                    readonly max: 1.1;
                };
                readonly withdrawalMarginDays: 20;
                readonly extraWithdrawalShare: 0.25;
                readonly extraWithdrawalHundreds: {
                    readonly min: 2;
                    readonly max: 10;
                };
                readonly rescueBufferCents: 5000;
            };
        };
        readonly spending: {
            readonly categories: Readonly<Record<"groceries" | "restaurant" | "coffee" | "shopping" | "online" | "entertainment" | "gas" | "travel" | "back_to_school" | "holiday", import("./merchants.ts").SpendCategory>>;
            readonly weights: {
                readonly groceries: 0.4;
                readonly restaurant: 0.5;
                readonly coffee: 0.6;
                readonly shopping: 0.12;
                readonly online: 0.2;
                readonly entertainment: 0.08;
                readonly gas: 0.15;
            };
            readonly seasonal: readonly [{
                readonly kind: "travel";
                readonly months: readonly [6, 7];
                readonly weight: 0.06;
            }, {
                readonly kind: "back_to_school";
                readonly months: readonly [8, 9];
                readonly weight: 0.08;
            }, {
                readonly kind: "holiday";
                readonly months: readonly [11, 12];
                readonly weight: 0.15;
            }];
            readonly weekendRestaurantUplift: 1.8;
            readonly weekendDayUplift: 1.25;
            readonly seasonalDayUplift: 1.2;
            readonly coffeeDrinkers: {
                readonly lifeStages: readonly ["student"];
                readonly incomeTiers: readonly ["high"];
            };
            readonly cardPreference: {
                readonly groceries: 0.4;
                readonly restaurant: 0.4;
                readonly coffee: 0.35;
            };
            readonly cardPreferenceDefault: 0.8;
            readonly pricePosition: {
                readonly base: 0.15;
                readonly incomeWeight: 0.6;
                readonly frugalWeight: 0.35;
                readonly spread: 0.5;
                readonly incomeFloor: 15000;
                readonly incomeCeiling: 400000;
            };
            readonly authLagDays: {
                readonly inStore: {
                    readonly min: 0;
                    readonly max: 2;
                };
                readonly online: {
                    readonly min: 0;
                    readonly max: 1;
                };
            };
            readonly stores: {
                readonly storeNumber: {
                    readonly min: 100;
                    readonly max: 9999;
                };
                readonly streetNumber: {
                    readonly min: 100;
                    readonly max: 9899;
                };
                readonly coordinateJitterDegrees: 0.05;
            };
            readonly confidence: {
                readonly veryHigh: 0.75;
                readonly high: 0.2;
            };
        };
        readonly liabilities: {
            readonly aprPercent: {
                readonly min: 15.99;
                readonly max: 24.99;
            };
            readonly interestRatePercent: {
                readonly min: 4.5;
                readonly max: 7.5;
            };
            readonly cardMinimumShare: 0.02;
            readonly cardLastPaymentShare: {
                readonly min: 0.02;
                readonly max: 0.5;
            };
            readonly studentMinimumCents: {
                readonly min: 15000;
                readonly max: 40000;
            };
            readonly lastPaymentDaysAgo: {
                readonly min: 5;
                readonly max: 25;
            };
            readonly nextDueDaysAhead: {
                readonly min: 5;
                readonly max: 25;
            };
            readonly overdueDaysAgo: {
                readonly min: 1;
                readonly max: 20;
            };
            readonly cardOverdueShare: 0.05;
        };
        readonly lifeEvents: {
            readonly medicalCents: {
                readonly min: 50000;
                readonly max: 300000;
            };
            readonly largePurchaseCents: {
                readonly min: 80000;
                readonly max: 600000;
            };
            readonly largePurchaseIncomeScale: {
                readonly base: 0.4;
                readonly incomeWeight: 0.6;
            };
            readonly dayMarginDays: 7;
            readonly cardHeadroom: 1.5;
            readonly savingsLeadDays: {
                readonly min: 0;
                readonly max: 2;
            };
            readonly jobChangeGapDays: {
                readonly min: 14;
                readonly max: 28;
            };
            readonly jobChangeRaise: {
                readonly min: 0.9;
                readonly max: 1.25;
            };
        };
        readonly personas: {
            readonly student: {
                readonly age: {
                    readonly min: 18;
                    readonly max: 23;
                };
                readonly income: {
                    readonly min: 15000;
                    readonly max: 44900;
                };
            };
            readonly retiree: {
                readonly age: {
                    readonly min: 62;
                    readonly max: 80;
                };
            };
            readonly factoryIncome: {
                readonly min: 35000;
                readonly max: 120000;
            };
        };
    };
};
export type ProfileName = keyof typeof PROFILES;
export declare const PROFILE_NAMES: [ProfileName, ...ProfileName[]];
//# sourceMappingURL=profile.d.ts.map