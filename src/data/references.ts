// Public reference figures on US consumer finances and each profile's target for the quality report's
// realism section. Rows only; src/quality/families/realism.ts measures the figures from the tables.
//
// Source notes: the figures and their sources are copied from the project's realism references
// (realism-references.md of the spec material, read 2026-11). Confidence tags as there: [P] primary
// publisher, [S] secondary source quoting it, [U] uncertain, stale or a definition mismatch (shape
// only). A target is a band [min, max] of the measured value; `tolerance` says why the band is that
// wide (survey definitions, sample size, seed-to-seed variation). Quality scores are reported, they
// never fail an export.

export interface Target {
  /** Lowest measured value within target (inclusive); absent: no lower bound. */
  min?: number;
  /** Highest measured value within target (inclusive); absent: no upper bound. */
  max?: number;
  /** The target in words. */
  text: string;
  /** Why the band is as wide as it is. */
  tolerance: string;
  /** For share-vector figures (pay frequency): the target shares. */
  shares?: Readonly<Record<string, number>>;
  /** For size-dependent figures: a lower bound per dataset size (the largest `users` not above the dataset's). */
  minByUsers?: readonly { users: number; min: number }[];
}

export type FigureUnit = "usd" | "share" | "ratio" | "count" | "number";

export interface ReferenceFigure {
  id: string;
  figure: string;
  unit: FigureUnit;
  /** The reference value in words. */
  reference: string;
  source: string;
  /** Targets by profile name; a profile without its own target uses `default`'s. */
  targets: { default: Target } & Readonly<Record<string, Target>>;
}

const BINOMIAL_100 = "100 users give a binomial standard error of about ±5 points on a share near 35 %";
const SPEC_ONLY = "the spec fixes this on the default profile; the reference is shown for comparison";

/** Pay-frequency shares of private establishments (BLS, March 2013). */
export const BLS_PAY_FREQUENCY = { WEEKLY: 0.324, BIWEEKLY: 0.365, SEMI_MONTHLY: 0.198, MONTHLY: 0.113 } as const;

export const REFERENCE_FIGURES: readonly ReferenceFigure[] = [
  {
    id: "R-1",
    figure: "Card interest charged over the window ÷ interest implied by balances and APRs (BANK_FEES_INTEREST_CHARGE)",
    unit: "ratio",
    reference: "every revolving balance is charged APR/12 a month; G.19 APR 21.16 % (all accounts), 22.25 % (assessed)",
    source: "[S] Fed G.19 via FRED TERMCBCCALLNS/TERMCBCCINTNS; CFPB 2019: about two thirds of active accounts revolve",
    targets: {
      default: {
        min: 0.75,
        max: 1.25,
        text: "0.75-1.25",
        tolerance:
          "the implied figure uses the daily balance at APR/365 while banks charge the average daily balance net of the grace period: ±25 %",
      },
    },
  },
  {
    id: "R-2",
    figure: "Share of revolving cards (owing at the window's start) charged interest",
    unit: "share",
    reference: "a revolving balance accrues interest (CFPB: about two thirds of active accounts revolve)",
    source: "[S] CFPB 2019, ABA",
    targets: {
      default: {
        min: 0.9,
        text: ">= 90 %",
        tolerance: "cards that are paid off in the window's first month may escape interest",
      },
      "us-2024": {
        min: 0.5,
        max: 0.8,
        text: "about two thirds (a third of cards are transactors, paid in full: no interest)",
        tolerance:
          "CFPB's two thirds vs ABA's 60 %; transactors short of cash pay part of a statement and are then charged",
      },
    },
  },
  {
    id: "R-3",
    figure: "Share of student loans whose monthly payment is below the monthly interest",
    unit: "share",
    reference: "a standard plan amortizes in 10-25 years, so the payment covers the interest",
    source: "[P] FSA repayment plans (shape); issue 9 measured about 40 % on the old generator",
    targets: { default: { max: 0.02, text: "<= 2 %", tolerance: "rounding of the payment to whole dollars only" } },
  },
  {
    id: "R-4",
    figure: "Share of users whose checking + savings ever ends a day below $400",
    unit: "share",
    reference: "about 8 % of households cannot cover a $400 shock from liquid balances",
    source: "[S] JPMorgan Chase Institute; SHED 2023: 63 % would pay $400 with cash or its equivalent",
    targets: {
      default: {
        min: 0.04,
        max: 0.25,
        text: "4-25 %",
        tolerance:
          "'ever below $400 at some day' is broader than 'cannot cover $400' (paycheck-to-paycheck dips count); ±2.7 points binomial error at 100 users",
      },
    },
  },
  {
    id: "R-5",
    figure: "Overdraft fees (BANK_FEES_OVERDRAFT_FEES) per 100 users over the window",
    unit: "number",
    reference: "a few users overdraw checking and pay a fee",
    source: "[U] issue 9 (no sourced rate in the references)",
    targets: {
      default: {
        min: 0.5,
        max: 30,
        text: "0.5-30",
        tolerance: "presence only: no sourced rate; a few fees per 100 users vary a lot from seed to seed",
      },
    },
  },
  {
    id: "R-6",
    figure: "Median income of 51+ ÷ median income of 36-50 (income by age bracket)",
    unit: "ratio",
    reference: "income peaks at 45-54 and falls after 65 (SCF 2022 family income: 45-54 $91,880, 75+ $49,070)",
    source: "[S] Census Table H-10 via advisorperspectives.com; SCF 2022 summaries",
    targets: {
      default: {
        min: 0.5,
        max: 0.98,
        text: "< 1 (51+ below 36-50)",
        tolerance: "15 users of 100 are 51+: their median moves by about ±15 % from seed to seed",
      },
    },
  },
  {
    id: "R-7",
    figure: "Share of users 65+ receiving Social Security or a pension (INCOME_RETIREMENT_PENSION)",
    unit: "share",
    reference: "SHED 2023: 26 % of all adults receive Social Security, 18 % a pension; most people 65+ are retired",
    source: "[S] SHED 2023",
    targets: {
      default: {
        min: 0.6,
        text: ">= 60 %",
        tolerance: "only a handful of users are 65+ in 100, so the share moves in steps of 10-20 points",
      },
    },
  },
  {
    id: "R-8",
    figure: "Renter share (rent payers among rent and mortgage payers)",
    unit: "share",
    reference: "35 % of consumer units rent (2023)",
    source: "[P] BLS CE cu-vets-2023",
    targets: {
      default: {
        min: 0.25,
        max: 0.45,
        text: "25-45 %",
        tolerance: `consumer units, not adults; ${BINOMIAL_100}`,
      },
    },
  },
  {
    id: "R-9",
    figure: "Share of ACH debits and paydays (income, rent, utilities, loans, insurance) on weekends or federal holidays",
    unit: "share",
    reference: "FedACH settles on business days only; federal holidays (e.g. 2025-07-04) are not business days",
    source: "[P] FedACH; 5 U.S.C. 6103",
    targets: {
      default: {
        max: 0,
        text: "0 %",
        tolerance: "none: a calendar rule (to become a diagnostic once the business-day calendar is merged)",
      },
    },
  },
  ...(
    [
      ["R-10", "cash withdrawals (TRANSFER_OUT_WITHDRAWAL)", 0.4, "cash is 14 % of payments by number (2024)", "[S] FRB 2025 Diary"],
      ["R-11", "a phone bill (RENT_AND_UTILITIES_TELEPHONE)", 0.85, "98 % of adults own a cellphone", "[S] Pew 2023"],
      ["R-12", "an internet bill (RENT_AND_UTILITIES_INTERNET_AND_CABLE)", 0.6, "most households pay for internet", "[U] no sourced share"],
      ["R-13", "insurance (GENERAL_SERVICES_INSURANCE)", 0.5, "insurance is part of 'financial services' payments", "[U] Atlanta Fed 2019 DCPC (shape)"],
      ["R-14", "fuel (TRANSPORTATION_GAS)", 0.5, "43 % of payments are groceries, gas and shopping", "[P] Atlanta Fed 2019 DCPC"],
      ["R-15", "pharmacy (MEDICAL_PHARMACIES_AND_SUPPLEMENTS)", 0.3, "healthcare is 8 % of spending", "[P] BLS CE 2023 (shape)"],
      ["R-16", "P2P payments (TRANSFER_*_ACCOUNT_TRANSFER, not own transfers)", 0.3, "11 mobile payments a month", "[S] FRB 2025 Diary"],
    ] as const
  ).map(
    ([id, what, min, reference, source]): ReferenceFigure => ({
      id,
      figure: `Share of users with ${what}`,
      unit: "share",
      reference,
      source,
      targets: {
        default: {
          min,
          text: `>= ${min * 100} %`,
          tolerance: "presence: a lower bound only, the references give no exact share for six months of one account holder",
        },
      },
    }),
  ),
  {
    id: "R-17",
    figure: "Pending transactions per user (authorizations in the window's last days)",
    unit: "number",
    reference: "card authorizations normally stay pending 1-3 days",
    source: "[P] Plaid",
    targets: {
      default: {
        min: 0.3,
        max: 10,
        text: "0.3-10",
        tolerance: "about one purchase a day, pending for 0-3 days, gives 0-3 per user at the window's end",
      },
    },
  },
  {
    id: "R-18",
    figure: "Electricity bills: mean of July-August ÷ mean of April, May and October (the months in the window)",
    unit: "ratio",
    reference: "residential electricity use peaks in July-August (cooling)",
    source: "[U] EIA Electricity Monthly Update (shape; the $137/month average is [S])",
    targets: {
      default: { min: 1.1, max: 1.8, text: "1.1-1.8", tolerance: "shape only: the peak varies by climate region" },
    },
  },
  {
    id: "R-19",
    figure: "Distinct merchants in the dataset",
    unit: "count",
    reference: "1,000 users see at least 300 distinct merchants (national brands and local businesses)",
    source: "[U] issue 9 (no survey counts merchants)",
    targets: {
      default: {
        text: ">= 300 at 1,000 users, >= 100 at 100 users",
        tolerance: "a lower bound that grows with the users (local names are per city)",
        minByUsers: [
          { users: 1, min: 100 },
          { users: 1000, min: 300 },
        ],
      },
    },
  },
  {
    id: "R-20",
    figure: "Median pairwise merchant overlap between users (shared merchants ÷ the smaller user's merchants)",
    unit: "share",
    reference: "two users share well under half of their merchants",
    source: "[U] issue 9",
    targets: {
      default: {
        max: 0.4,
        text: "<= 40 %",
        tolerance: "over the pairs of the first 200 users; a median, stable from seed to seed within a few points",
      },
    },
  },
  {
    id: "R-21",
    figure: "Top 3 merchants' share of food and drink purchases",
    unit: "share",
    reference: "no chain holds a large share of food purchases in every city",
    source: "[U] issue 9 measured about 30 % on the old generator",
    targets: {
      default: { max: 0.2, text: "<= 20 %", tolerance: "shape only: national chains lead but do not dominate" },
    },
  },
  {
    id: "R-22",
    figure: "Share of in-store hotel and rental-car charges located in the user's home city",
    unit: "share",
    reference: "hotels and rental cars are paid at the destination",
    source: "[U] issue 9",
    targets: {
      default: {
        max: 0.2,
        text: "<= 20 %",
        tolerance: "a few charges a dataset; some stays are near home",
      },
    },
  },
  {
    id: "R-23",
    figure: "Skewness of purchase amounts, lowest over the main kinds (groceries, restaurants, fast food, coffee, gas)",
    unit: "number",
    reference: "real receipts are right-skewed (mean above median)",
    source: "[U] shape; credit tickets are 2-3× debit tickets (FRPS 2013)",
    targets: {
      default: { min: 0.2, text: ">= 0.2 for every kind", tolerance: "a moment estimate over hundreds of amounts: ±0.1" },
    },
  },
  {
    id: "R-24",
    figure: "Share of purchase amounts exactly at the kind's lowest or highest amount, highest over the main kinds",
    unit: "share",
    reference: "no point mass at a bound (issue 9: $30.00 groceries, $12.00 restaurants, $4.00 coffee)",
    source: "[U] issue 9",
    targets: { default: { max: 0.02, text: "<= 2 %", tolerance: "ties at a bound happen by chance at whole cents only" } },
  },
  {
    id: "R-25",
    figure: "Groceries ÷ eating out, lowest income quintile",
    unit: "ratio",
    reference: "2.32 (food at home $3,843 ÷ food away $1,655, 2024)",
    source: "[S] BLS CE Table 1101 2024 via FRED CXUFOODAWAYLB0102M (transcribed)",
    targets: {
      default: {
        min: 1.7,
        max: 3,
        text: "1.7-3.0",
        tolerance: "consumer units (1.6 persons in Q1) vs one adult; 20 users a quintile at 100 users: ±0.3",
      },
    },
  },
  {
    id: "R-26",
    figure: "Groceries ÷ eating out, highest income quintile",
    unit: "ratio",
    reference: "1.22 (food at home $9,336 ÷ food away $7,652, 2024)",
    source: "[S] BLS CE Table 1101 2024 via FRED CXUFOODAWAYLB0106M (transcribed)",
    targets: {
      default: {
        min: 0.9,
        max: 1.6,
        text: "0.9-1.6",
        tolerance: "consumer units (3.2 persons in Q5) vs one adult; 20 users a quintile at 100 users: ±0.2",
      },
    },
  },
  {
    id: "R-27",
    figure: "Share of users under 40 with a student loan",
    unit: "share",
    reference: "25 % of adults under 40",
    source: "[S] Pew analysis of SHED 2023",
    targets: { default: { min: 0.15, max: 0.35, text: "15-35 %", tolerance: `adults, own education only; ${BINOMIAL_100}` } },
  },
  {
    id: "R-28",
    figure: "Share of users 40-49 with a student loan",
    unit: "share",
    reference: "14 % of adults 40-49",
    source: "[S] Pew analysis of SHED 2023",
    targets: {
      default: {
        min: 0.04,
        max: 0.3,
        text: "4-30 %",
        tolerance: "about 20 users of 100 are 40-49: ±8 points binomial error",
      },
    },
  },
  {
    id: "R-29",
    figure: "Share of users 50+ with a student loan",
    unit: "share",
    reference: "4 % of adults 50+",
    source: "[S] Pew analysis of SHED 2023",
    targets: { default: { max: 0.1, text: "<= 10 %", tolerance: "about 25 users of 100 are 50+: ±4 points" } },
  },
  {
    id: "R-30",
    figure: "Median renter housing cost ÷ gross income",
    unit: "share",
    reference: "31 % (2023)",
    source: "[P/S] Census ACS 2023 1-year release",
    targets: {
      default: { min: 0.25, max: 0.35, text: "25-35 % (the spec)", tolerance: SPEC_ONLY },
      "us-2024": { min: 0.27, max: 0.35, text: "about 31 %", tolerance: "household vs one earner; ±4 points at 35 renters of 100" },
    },
  },
  {
    id: "R-31",
    figure: "Share of renters paying more than 30 % of gross income",
    unit: "share",
    reference: "49.7 % (2023), 51.8 % (2024)",
    source: "[P/S] Census ACS 2023; Apartment List on ACS 2024",
    targets: {
      default: { min: 0.3, max: 0.7, text: "about half (uniform 25-35 %)", tolerance: SPEC_ONLY },
      "us-2024": { min: 0.38, max: 0.62, text: "about half", tolerance: "35 renters of 100: ±8 points binomial error" },
    },
  },
  {
    id: "R-32",
    figure: "Share of renters paying more than 50 % of gross income",
    unit: "share",
    reference: "about 26 % (11.2 M of renter households, 2024)",
    source: "[S] Apartment List on ACS 2024; JCHS 2024",
    targets: {
      default: { max: 0, text: "0 % (the spec caps rent at 35 %)", tolerance: SPEC_ONLY },
      "us-2024": { min: 0.15, max: 0.37, text: "about a quarter", tolerance: "35 renters of 100: ±7 points binomial error" },
    },
  },
  {
    id: "R-33",
    figure: "Credit cards per cardholder (mean)",
    unit: "number",
    reference: "3.9 active cards per consumer (Q3 2023)",
    source: "[P] Experian",
    targets: {
      default: { min: 1, max: 3, text: "1-3 (the spec's 0-3 cards)", tolerance: SPEC_ONLY },
      "us-2024": { min: 3, max: 4, text: "3-4", tolerance: "Experian counts credit files, not adults: the mean between 3 and 4" },
    },
  },
  {
    id: "R-34",
    figure: "Credit utilization at the window's end, mean over cardholders (balances ÷ limits)",
    unit: "share",
    reference: "28-29 % (2022-2023)",
    source: "[S] Experian Consumer Credit Review 2023 via Clark.com",
    targets: {
      default: { min: 0.2, max: 0.75, text: "30-70 % at opening (the spec)", tolerance: SPEC_ONLY },
      "us-2024": { min: 0.2, max: 0.36, text: "about 28 %", tolerance: "a long-tailed mean over about 60 cardholders: ±8 points" },
    },
  },
  {
    id: "R-35",
    figure: "Share of cards paid in full (latest payment at least the balance left at the window's end)",
    unit: "share",
    reference: "about a third of cardholders pay in full (two thirds revolve)",
    source: "[S] CFPB 2019, ABA",
    targets: {
      default: { max: 0.1, text: "few (the spec's 2-50 % last payment)", tolerance: SPEC_ONLY },
      "us-2024": { min: 0.25, max: 0.45, text: "about a third", tolerance: "a proxy from the liability's last payment; ±10 points" },
    },
  },
  {
    id: "R-36",
    figure: "Pay frequency: largest gap between measured and target shares (weekly, biweekly, semimonthly, monthly)",
    unit: "share",
    reference: "weekly 32.4 %, biweekly 36.5 %, semimonthly 19.8 %, monthly 11.3 % (2013)",
    source: "[P] BLS TED 2014-06-05",
    targets: {
      default: {
        max: 0.15,
        text: "the spec: 60 % biweekly, 40 % monthly",
        tolerance: `${SPEC_ONLY}; the largest of four gaps, each with a binomial error of about ±5 points at 100 users (seed 2024 reaches 13 points)`,
        shares: { WEEKLY: 0, BIWEEKLY: 0.6, SEMI_MONTHLY: 0, MONTHLY: 0.4 },
      },
      "us-2024": {
        max: 0.15,
        text: "the BLS shares",
        tolerance: "establishments, not workers, and 2013; the largest of four gaps, each about ±5 points at 100 users",
        shares: BLS_PAY_FREQUENCY,
      },
    },
  },
  {
    id: "R-37",
    figure: "Streaming services per streaming user (mean)",
    unit: "number",
    reference: "about 4 SVOD services per streaming household (2024)",
    source: "[S] Deloitte Digital Media Trends 2024 via IndieWire, Variety",
    targets: {
      default: { min: 1, max: 3, text: "1-3 (the spec's five subscriptions)", tolerance: SPEC_ONLY },
      "us-2024": { min: 3, max: 5, text: "about 4", tolerance: "households vs one adult: ±1 service" },
    },
  },
  {
    id: "R-38",
    figure: "Streaming spend per streaming user, $ a month (mean)",
    unit: "usd",
    reference: "$61 a month (2024; $48 in 2023)",
    source: "[S] Deloitte Digital Media Trends 2024 via IndieWire, Variety",
    targets: {
      default: { min: 10, max: 45, text: "$10-45 (the spec's prices)", tolerance: SPEC_ONLY },
      "us-2024": { min: 45, max: 75, text: "about $61", tolerance: "prices change yearly; the 2023 figure was $48: ±$15" },
    },
  },
  {
    id: "R-39",
    figure: "Card purchases (credit and debit) per user per month (mean)",
    unit: "number",
    reference: "about 31 (48 payments a month × 65 % by card, 2024)",
    source: "[P] Atlanta Fed 2024 SDCPC; [S] FRB 2025 Diary shares",
    targets: {
      default: { min: 12, max: 30, text: "what the spec's 150-200 transactions leave", tolerance: SPEC_ONLY },
      "us-2024": { min: 26, max: 36, text: "about 31", tolerance: "a diary of one month vs six months of one account holder: ±5" },
    },
  },
];

/** A figure's target for a profile (its own, or the default's). */
export function figureTarget(figure: ReferenceFigure, profile: string): Target {
  return figure.targets[profile] ?? figure.targets.default;
}
