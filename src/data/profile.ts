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
import { US_2024_PROFILE } from "./profiles/us-2024.ts";

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
  studentLoansPerBlock: z.number().int().min(0),
  studentLoanWeightByAge: byAge(nonNegative),
  incomeInTier: z
    .object({ ageWeight: share, ageFrom: z.number(), peakAge: z.number(), ageTo: z.number(), roundDollars: z.number().positive() })
    .refine((r: { ageFrom: number; peakAge: number; ageTo: number }) => r.ageFrom < r.peakAge && r.peakAge < r.ageTo, {
      message: "needs ageFrom < peakAge < ageTo",
    }),
  retirement: z.object({
    age: z.number().int().min(18),
    retiredShare: share,
    pensionShare: share,
    socialSecurityMaxMonthlyCents: z.number().int().positive(),
    socialSecurityShareWithPension: shareRange,
    wednesdayByBirthday: z
      .array(z.object({ maxDay: z.number().int().min(1).max(31), wednesday: z.number().int().min(1).max(4) }))
      .min(1)
      .refine((rows: readonly { maxDay: number }[]) => rows[rows.length - 1]?.maxDay === 31, { message: "the last row must cover day 31" }),
  }),
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
  replan: z.object({
    maxAttempts: z.number().int().positive(),
    fullyFrugalAt: z.number().positive(),
    lastResortBufferMonths: nonNegative,
  }),
  dayJitter: z.number().int().min(0).max(3),
  payroll: z.object({
    netShareByTier: byTier(share),
    frequencyShares: z
      .object({ WEEKLY: share, BIWEEKLY: share, SEMI_MONTHLY: share, MONTHLY: share })
      .refine((f: Record<string, number>) => Math.abs(Object.values(f).reduce((a, b) => a + b, 0) - 1) < 1e-9, {
        message: "pay frequency shares must add up to 1",
      }),
    variance: share,
    periodDays: z.object({
      WEEKLY: z.number().int().positive(),
      BIWEEKLY: z.number().int().positive(),
      SEMI_MONTHLY: z.number().int().positive(),
      MONTHLY: z.number().int().positive(),
    }),
  }),
  housing: z.object({
    burdenBands: z
      .array(
        z
          .object({ min: share, max: share, weight: z.number().positive() })
          .refine((b: { min: number; max: number }) => b.min <= b.max, { message: "min must not exceed max" }),
      )
      .min(1),
    dayOfMonth: z.number().int().min(1).max(28),
    ownerShareByAge: byAge(share),
  }),
  utilities: z.object({
    cents: countRange,
    dayOfMonth: z.number().int().min(1).max(28),
    monthlyVariance: share,
    monthShape: z.array(z.number().positive()).length(12),
    seasonalAmplitude: share,
  }),
  subscriptions: z.object({
    catalogue: z
      .array(z.object({ service: z.string(), merchant_name: z.string(), name: z.string(), price_cents: z.number().int().positive(), pfc: z.string() }))
      .min(1),
    cardShare: share,
    dayOfMonth,
  }),
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
  // The rest of a budget (issue 9, people).
  bills: z.object({
    phone: z.object({ share, cents: countRange, dayOfMonth }),
    internet: z.object({ share, cents: countRange, dayOfMonth }),
    insurance: z.object({ share, cents: countRange, dayOfMonth }),
    incomePosition: z.object({ from: nonNegative, to: z.number().positive(), floor: share }),
    maxFixedShareOfTarget: share,
  }),
  cash: z.object({ share, perMonth: countRange, cents: countRange, roundCents: z.number().int().positive() }),
  p2p: z.object({
    share,
    sentPerMonth: countRange,
    receivedChancePerMonth: share,
    cents: countRange,
    roundCents: z.number().int().positive(),
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
      merchants: z
        .array(
          z.object({
            merchant_name: z.string(),
            name: z.string(),
            pfc: z.string(),
            online_share: share,
            weight: z.number().positive().optional(),
          }),
        )
        .min(1),
      local: z
        .object({ perCity: z.number().int().min(0), nouns: z.array(z.object({ noun: z.string().min(1), pfc: z.string() })).min(1) })
        .optional(),
    }),
  ),
  weights: z.record(z.string(), nonNegative),
  weightsByIncome: z.record(z.string(), z.object({ low: nonNegative, high: nonNegative })),
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
  pending: z.object({ inStore: range(z.number().int().min(0).max(3)), online: range(z.number().int().min(0).max(3)) }),
  merchantPool: z.object({
    loyalty: nonNegative,
    kinds: z.record(z.string(), z.object({ national: countRange, local: countRange })),
  }),
  trips: z.object({
    nights: countRange,
    bookingLeadDays: countRange,
    rentalCarShare: share,
    meals: countRange,
    localMealShare: share,
  }),
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
  frugalLateShare: share,
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
    const { cents, monthlyVariance, monthShape, seasonalAmplitude } = p.budget.utilities;
    const seasonal = monthShape.map((x) => 1 + seasonalAmplitude * (x - 1));
    const [low, high] = [Math.min(...seasonal), Math.max(...seasonal)];
    if (Math.ceil(cents.min / ((1 - monthlyVariance) * low)) > Math.floor(cents.max / ((1 + monthlyVariance) * high))) {
      issue(["budget", "utilities", "monthlyVariance"], "leaves no base amount whose monthly bills stay inside utilities.cents");
    }
    const shares = (list: readonly { share: number }[]) => list.reduce((sum, x) => sum + x.share, 0);
    for (const key of ["ageBrackets", "incomeTiers", "regions"] as const) {
      if (Math.abs(shares(p.population[key]) - 1) > 1e-9) issue(["population", key], "shares must add up to 1");
    }
    // Spending: kinds named by the pools and income weights exist; a trip needs a flight, a hotel and a rental car.
    const kinds = Object.keys(p.spending.categories);
    for (const field of ["weightsByIncome", "weights", "cardPreference"] as const)
      for (const kind of Object.keys(p.spending[field]))
        if (!kinds.includes(kind)) issue(["spending", field, kind], `"${kind}" is not a spending category`);
    for (const kind of Object.keys(p.spending.merchantPool.kinds))
      if (!kinds.includes(kind)) issue(["spending", "merchantPool", "kinds", kind], `"${kind}" is not a spending category`);
    const travel = p.spending.categories.travel?.merchants ?? [];
    for (const pfc of ["TRAVEL_FLIGHTS", "TRAVEL_LODGING", "TRAVEL_RENTAL_CARS"])
      if (!travel.some((m) => m.pfc === pfc)) issue(["spending", "categories", "travel"], `needs a ${pfc} merchant for trips`);
    const pfcOf = new Map<string, string>();
    for (const [kind, category] of Object.entries(p.spending.categories))
      for (const m of category.merchants) {
        const seen = pfcOf.get(m.merchant_name);
        if (seen !== undefined && seen !== m.pfc)
          issue(["spending", "categories", kind], `merchant "${m.merchant_name}" has two categories (${seen}, ${m.pfc})`);
        pfcOf.set(m.merchant_name, m.pfc);
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

/** Number literals widened to `number` (tuples, string literals and shapes kept), so other profiles can differ in numbers. */
type WidenNumbers<T> = T extends number
  ? number
  : T extends readonly unknown[]
    ? { readonly [K in keyof T]: WidenNumbers<T[K]> }
    : T extends object
      ? { readonly [K in keyof T]: WidenNumbers<T[K]> }
      : T;

/** The profile's type as the rules read it: the default profile's shape (names, tuples), any numbers, any name. */
export type ProfileData = Omit<WidenNumbers<typeof DEFAULT_PROFILE>, "name"> & { readonly name: string };

/** Profiles by name; `buildDataset({ profile })` and `configureFixtures({ profile })` take these names. */
export const PROFILES = { default: DEFAULT_PROFILE, "us-2024": US_2024_PROFILE } as const satisfies Record<
  string,
  ProfileData
>;
export type ProfileName = keyof typeof PROFILES;
export const PROFILE_NAMES = Object.keys(PROFILES) as [ProfileName, ...ProfileName[]];
