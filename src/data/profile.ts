// The profile: every number the generator uses, as one typed object validated by a zod schema. The
// spec's numbers are the default profile; a later profile changes numbers without touching logic.
// Concerns live in their own modules (population, accounts, budget, spending, liabilities, life events,
// personas); this module only composes and checks them.
import { z } from "zod";
import { ACCOUNTS } from "./bank-products.ts";
import { BUDGET } from "./budget.ts";
import { POPULATION } from "./demographics.ts";
import { LIABILITIES } from "./liabilities.ts";
import { LIFE_EVENTS } from "./life-events.ts";
import { SPENDING } from "./merchants.ts";
import { PERSONAS } from "./personas.ts";

const share = z.number().min(0).max(1);
const nonNegative = z.number().min(0);
const range = (n: z.ZodNumber) =>
  z.object({ min: n, max: n }).refine((r: { min: number; max: number }) => r.min <= r.max, { message: "min must not exceed max" });
const shareRange = range(share);
const count = z.number().int().min(0);
const countRange = range(count);
const dayOfMonth = range(z.number().int().min(1).max(28));
const byTier = <T extends z.ZodType>(t: T) => z.object({ low: t, middle: t, upper_middle: t, high: t });
const byAge = <T extends z.ZodType>(t: T) => z.object({ "18-25": t, "26-35": t, "36-50": t, "51+": t });
const weights4 = z.tuple([nonNegative, nonNegative, nonNegative, nonNegative]);

const bracket = z.object({ name: z.string(), min: nonNegative, max: nonNegative, share });

const PopulationSchema = z.object({
  ageBrackets: z.array(bracket).length(4),
  incomeTiers: z.array(bracket).length(4),
  regions: z.array(z.object({ name: z.string(), share })).length(3),
  lifeStages: z.object({
    studentMaxAge: z.number().int(),
    studentMaxIncome: nonNegative,
    earlyCareerMaxAge: z.number().int(),
    midCareerMaxAge: z.number().int(),
    retirementAge: z.number().int(),
  }),
  blockSize: z.number().int().positive(),
  ageIncomeBlock: byAge(z.tuple([count, count, count, count])),
  regionBlock: z.object({ urban: z.number().int(), suburban: z.number().int(), rural: z.number().int() }),
  lifeEventsPerBlock: z.number().int().min(0),
  savingsPerBlock: z.number().int().min(0),
  subscribersPerBlock: z.number().int().min(0),
  studentLoansPerBlock: byAge(z.number().int().min(0)),
  incomeInTier: z.object({ ageWeight: share, ageFrom: z.number(), ageTo: z.number(), roundDollars: z.number().positive() }),
  signupDaysBefore: countRange,
});

const AccountsSchema = z.object({
  checkingMonthsOfIncome: range(nonNegative),
  savingsMonthsOfIncome: range(nonNegative),
  creditLimitShareOfIncome: shareRange,
  creditLimitStepDollars: z.number().positive(),
  creditLimitDollars: range(nonNegative),
  creditUtilization: shareRange,
  studentLoanDollars: range(nonNegative),
  cardCountWeights: byTier(weights4),
  studentLoanChanceByAge: byAge(share),
  subscriptionsPerSubscriber: countRange,
  overdraft: z.object({ limitCents: count, feeCents: count, maxFeesPerMonth: count }),
});

const BudgetSchema = z.object({
  countBand: z.object({ min: z.number().int().positive(), max: z.number().int().positive(), days: z.number().int().positive() }),
  countBandMargin: share,
  replan: z.object({ maxAttempts: z.number().int().positive(), fullyFrugalAt: z.number().positive() }),
  dayJitter: z.number().int().min(0).max(3),
  payroll: z.object({
    netShareByTier: byTier(share),
    biweeklyShare: share,
    variance: share,
    periodDays: z.object({ BIWEEKLY: z.number().int().positive(), MONTHLY: z.number().int().positive() }),
  }),
  housing: z.object({
    shareOfGrossMonthly: shareRange,
    dayOfMonth: z.number().int().min(1).max(28),
    ownerShare: share,
    ownerLifeStages: z.array(z.string()),
    ownerMinIncome: nonNegative,
  }),
  utilities: z.object({ cents: countRange, dayOfMonth: z.number().int().min(1).max(28), monthlyVariance: share }),
  subscriptions: z.object({ cardShare: share, dayOfMonth }),
  studentLoan: z.object({ incomeFrom: nonNegative, incomeSpan: z.number().positive(), dayOfMonth }),
  cardPayments: z.object({
    dayOfMonth,
    coverFactor: range(nonNegative),
    frugalCut: share,
    autopayShareOfOwed: shareRange,
    minimumCents: z.number().int().min(0),
    roundCents: z.number().int().positive(),
    payInFullShare: share,
  }),
  savings: z.object({
    apy: shareRange,
    transferDayOfMonth: dayOfMonth,
    nonSaverTier: z.string(),
    minimumTransferCents: z.number().int().min(0),
    roundCents: z.number().int().positive(),
    checkingEndFactor: range(nonNegative),
    withdrawalMarginDays: z.number().int().min(0),
    extraWithdrawalShare: share,
    extraWithdrawalHundreds: countRange,
    rescueBufferCents: z.number().int().min(0),
  }),
  stress: z.object({
    shareWithoutSavings: share,
    checkingMonthsOfIncome: range(nonNegative),
    endFactor: range(nonNegative),
    replanBufferMonths: nonNegative,
    roundCents: z.number().int().positive(),
  }),
});

const SpendingSchema = z.object({
  categories: z.record(
    z.string(),
    z.object({
      price_cents: countRange,
      merchants: z.array(z.object({ merchant_name: z.string(), name: z.string(), pfc: z.string(), online_share: share })).min(1),
    }),
  ),
  weights: z.record(z.string(), nonNegative),
  seasonal: z.array(z.object({ kind: z.string(), months: z.array(z.number().int().min(1).max(12)), weight: nonNegative })),
  weekendRestaurantUplift: nonNegative,
  weekendDayUplift: nonNegative,
  seasonalDayUplift: nonNegative,
  coffeeDrinkers: z.object({ lifeStages: z.array(z.string()), incomeTiers: z.array(z.string()) }),
  cardPreference: z.record(z.string(), share),
  cardPreferenceDefault: share,
  pricePosition: z.object({
    base: z.number(),
    incomeWeight: z.number(),
    frugalWeight: z.number(),
    spread: nonNegative,
    incomeFloor: z.number().positive(),
    incomeCeiling: z.number().positive(),
  }),
  authLagDays: z.object({ inStore: countRange, online: countRange }),
  stores: z.object({ storeNumber: countRange, streetNumber: countRange, coordinateJitterDegrees: nonNegative }),
  confidence: z.object({ veryHigh: share, high: share }),
});

const LiabilitiesSchema = z.object({
  aprPercent: range(nonNegative),
  interestRatePercent: range(nonNegative),
  cardMinimumShare: share,
  cardLastPaymentShare: shareRange,
  studentMinimumCents: countRange,
  lastPaymentDaysAgo: countRange,
  nextDueDaysAhead: countRange,
  overdueDaysAgo: countRange,
  cardOverdueShare: share,
  studentLoanYears: range(z.number().positive()),
  statementLeadDays: z.number().int().min(1).max(28),
  cardInterestName: z.string().min(1),
  loanInterestName: z.string().min(1),
});

const LifeEventsSchema = z.object({
  medicalCents: countRange,
  largePurchaseCents: countRange,
  largePurchaseIncomeScale: z.object({ base: share, incomeWeight: share }),
  dayMarginDays: z.number().int().min(0),
  cardHeadroom: z.number().min(1),
  savingsLeadDays: countRange,
  jobChangeGapDays: countRange,
  jobChangeRaise: range(nonNegative),
});

const PersonasSchema = z.object({
  student: z.object({ age: countRange, income: countRange }),
  retiree: z.object({ age: countRange }),
  factoryIncome: countRange,
});

export const ProfileSchema = z
  .object({
    name: z.string().min(1),
    population: PopulationSchema,
    accounts: AccountsSchema,
    budget: BudgetSchema,
    spending: SpendingSchema,
    liabilities: LiabilitiesSchema,
    lifeEvents: LifeEventsSchema,
    personas: PersonasSchema,
  })
  .superRefine((p, ctx) => {
    // Rules that depend on each other across concerns are checked here, not assumed.
    const stages = p.population.lifeStages;
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
    if (p.personas.student.income.max >= stages.studentMaxIncome) {
      issue(["personas", "student", "income", "max"], `must be under population.lifeStages.studentMaxIncome (${stages.studentMaxIncome}) so a student persona is a student`);
    }
    if (p.personas.student.age.max > stages.studentMaxAge) {
      issue(["personas", "student", "age", "max"], `must be at most population.lifeStages.studentMaxAge (${stages.studentMaxAge})`);
    }
    if (p.personas.retiree.age.min < stages.retirementAge) {
      issue(["personas", "retiree", "age", "min"], `must be at least population.lifeStages.retirementAge (${stages.retirementAge})`);
    }
    const autopay = p.budget.cardPayments.autopayShareOfOwed;
    const last = p.liabilities.cardLastPaymentShare;
    if (autopay.min < last.min || autopay.max > last.max) {
      issue(["budget", "cardPayments", "autopayShareOfOwed"], `must lie inside liabilities.cardLastPaymentShare (${last.min}-${last.max})`);
    }
    const { cents, monthlyVariance } = p.budget.utilities;
    if (Math.ceil(cents.min / (1 - monthlyVariance)) > Math.floor(cents.max / (1 + monthlyVariance))) {
      issue(["budget", "utilities", "monthlyVariance"], "leaves no base amount whose monthly bills stay inside utilities.cents");
    }
    const shares = (list: readonly { share: number }[]) => list.reduce((sum, x) => sum + x.share, 0);
    for (const key of ["ageBrackets", "incomeTiers", "regions"] as const) {
      if (Math.abs(shares(p.population[key]) - 1) > 1e-9) issue(["population", key], "shares must add up to 1");
    }
  });

export type Profile = z.output<typeof ProfileSchema>;

/** The spec's numbers: the default profile. */
export const DEFAULT_PROFILE = {
  name: "default",
  population: POPULATION,
  accounts: ACCOUNTS,
  budget: BUDGET,
  spending: SPENDING,
  liabilities: LIABILITIES,
  lifeEvents: LIFE_EVENTS,
  personas: PERSONAS,
} as const;

/** The profile's exact type, with literal names and tuples, as the rules read it. */
export type ProfileData = typeof DEFAULT_PROFILE;

/** Profiles by name; `buildDataset({ profile })` and `configureFixtures({ profile })` take these names. */
export const PROFILES = { default: DEFAULT_PROFILE } as const satisfies Record<string, ProfileData>;
export type ProfileName = keyof typeof PROFILES;
export const PROFILE_NAMES = Object.keys(PROFILES) as [ProfileName, ...ProfileName[]];
