// Every check of the quality report as data: its id, the family that measures it, its description,
// its threshold (a comparison, a limit and how the limit scales with the dataset) and how the
// threshold text reads. Code measures values; this table says what passes.
//
// Templates fill `{requested}` (users asked for), `{start}` / `{end}` (the window), `{bandMin}` /
// `{bandMax}` (AC-2's band for the window), `{users}` (users checked), `{limit}` (the limit after
// scaling, in `unit`), `{base}` (the limit as the spec states it) and `{perUser}` (the limit per user).

export type FamilyName =
  | "population"
  | "schema"
  | "completeness"
  | "keys"
  | "variance"
  | "integrity"
  | "detector"
  | "external"
  | "spec"
  | "calendar";

/** How a measured value compares with the limit for the check to pass. */
export type Comparison = "<=" | "<" | ">=";

/** How the limit is printed: a count, a share as a percentage, a share as percentage points, megabytes, seconds. */
export type Unit = "count" | "percent" | "points" | "MB" | "s";

export interface CheckDefinition {
  id: string;
  family: FamilyName;
  description: string;
  compare: Comparison;
  /** The limit as the spec states it (for its 100-user dataset), in `unit`. */
  limit: number;
  unit: Unit;
  /** Slack added to the limit when comparing a value computed in floating point. */
  slack?: number;
  /** When set, the limit is `limit` per this many users, scaled to the users checked. */
  perUsers?: number;
  threshold: string;
  /** How the threshold relates to the dataset's size, for the report. */
  scaling: string;
  /**
   * Profiles this check does not apply to, each with the reason: the check tests a spec number that the
   * profile deliberately replaces with a reference figure. Reported as "not applicable", never failing.
   */
  notApplicable?: Readonly<Record<string, string>>;
}

const ANY_PROBLEM = "none: one problem fails, at any size";
const SHARE = "none: a share, the same at any size";

export const CHECK_TABLE: readonly CheckDefinition[] = [
  {
    id: "AC-1",
    family: "population",
    description: "Synthetic users with complete profiles",
    compare: "<=",
    limit: 0,
    unit: "count",
    threshold: "{requested} users, {limit} incomplete",
    scaling: "the number of users asked for",
  },
  {
    id: "AC-2",
    family: "population",
    description: "Each user has 150-200 transactions over the window (scaled to its length)",
    compare: "<=",
    limit: 0,
    unit: "count",
    threshold: "every user in {bandMin}-{bandMax}",
    scaling: "per user; the spec's 150-200 per 184 days, scaled to the window's length",
    notApplicable: {
      "us-2024":
        "the profile follows the Atlanta Fed's 48 payments a month (about 31 by card), so a user has 205-280 transactions per 184 days",
    },
  },
  {
    id: "AC-3",
    family: "schema",
    description: "All Plaid schema fields present and valid",
    compare: "<=",
    limit: 0,
    unit: "count",
    threshold: "{limit} invalid",
    scaling: ANY_PROBLEM,
  },
  {
    id: "AC-4",
    family: "population",
    description: "Income distribution matches 20/40/30/10",
    compare: "<=",
    limit: 0.05,
    slack: 1e-9,
    unit: "points",
    threshold: "each tier within ±{limit} points",
    scaling: SHARE,
  },
  {
    id: "AC-5",
    family: "population",
    description: "Age distribution matches 20/30/35/15",
    compare: "<=",
    limit: 0.05,
    slack: 1e-9,
    unit: "points",
    threshold: "each bracket within ±{limit} points",
    scaling: SHARE,
  },
  {
    id: "AC-6",
    family: "detector",
    description: "Recurring payroll and subscription series are detected from the transactions alone",
    compare: ">=",
    limit: 0.95,
    unit: "percent",
    threshold: ">= {limit}% found",
    scaling: SHARE,
  },
  {
    id: "AC-7",
    family: "external",
    description: "Data loads into SQLite without errors",
    compare: "<=",
    limit: 0,
    unit: "count",
    threshold: "{limit} errors",
    scaling: ANY_PROBLEM,
  },
  {
    id: "AC-8",
    family: "external",
    description: "Database file is under {base} MB per 100 users",
    compare: "<",
    limit: 50,
    unit: "MB",
    perUsers: 100,
    threshold: "< {limit} MB ({perUser} MB per user × {users} users)",
    scaling: "per user: the spec's 50 MB for its 100 users is 0.5 MB per user, times the users checked",
  },
  {
    id: "AC-9",
    family: "external",
    description: "Generation completes in under {base} s per 100 users",
    compare: "<",
    limit: 120,
    unit: "s",
    perUsers: 100,
    threshold: "< {limit} s ({perUser} s per user × {users} users)",
    scaling: "per user: the spec's 2 minutes for its 100 users is 1.2 s per user, times the users checked",
  },
  {
    id: "AC-10",
    family: "external",
    description: "The same seed produces identical output",
    compare: "<=",
    limit: 0,
    unit: "count",
    threshold: "byte-identical CSV files",
    scaling: "none: every byte compared (of a declared sample, the first 100 users, for larger exports)",
  },
  {
    id: "QC-1",
    family: "completeness",
    description: "Missing required fields",
    compare: "<=",
    limit: 0,
    unit: "percent",
    threshold: "{limit}%",
    scaling: SHARE,
  },
  {
    id: "QC-2",
    family: "completeness",
    description:
      "Missing optional fields where they apply (official_name, authorized_date, merchant on purchases, location in store)",
    compare: "<",
    limit: 0.05,
    unit: "percent",
    threshold: "< {limit}%",
    scaling: SHARE,
  },
  {
    id: "QC-3",
    family: "keys",
    description: "All foreign keys valid, ids unique",
    compare: "<=",
    limit: 0,
    unit: "count",
    threshold: "{limit}",
    scaling: ANY_PROBLEM,
  },
  {
    id: "QC-4",
    family: "keys",
    description: "Transaction dates within {start} - {end}",
    compare: "<=",
    limit: 0,
    unit: "count",
    threshold: "{limit} outside",
    scaling: ANY_PROBLEM,
  },
  {
    id: "QC-5",
    family: "variance",
    description:
      "Realistic variance: each recurring series within ±10% of its median; no discretionary category with zero variance",
    compare: "<=",
    limit: 0,
    unit: "count",
    threshold: "{limit} and {limit}",
    scaling: ANY_PROBLEM,
  },
  {
    id: "INT-1",
    family: "integrity",
    description: "Every account reconciles: opening balance and transactions give the current balance, in cents",
    compare: "<=",
    limit: 0,
    unit: "count",
    threshold: "{limit}",
    scaling: ANY_PROBLEM,
  },
  {
    id: "INT-2",
    family: "integrity",
    description:
      "Checking stays within its overdraft limit and each overdraft is charged a fee; cards stay within 0..limit",
    compare: "<=",
    limit: 0,
    unit: "count",
    threshold: "{limit}",
    scaling: ANY_PROBLEM,
  },
  {
    id: "INT-3",
    family: "integrity",
    description: "Transfer legs pair up (same date, opposite amounts, shared transfer_id)",
    compare: "<=",
    limit: 0,
    unit: "count",
    threshold: "{limit}",
    scaling: ANY_PROBLEM,
  },
  {
    id: "INT-4",
    family: "integrity",
    description: "One liability per card and loan, matching its latest payment",
    compare: "<=",
    limit: 0,
    unit: "count",
    threshold: "{limit}",
    scaling: ANY_PROBLEM,
  },
  {
    id: "INT-5",
    family: "integrity",
    description: "Every category pair is in the PFCv2 taxonomy",
    compare: "<=",
    limit: 0,
    unit: "count",
    threshold: "{limit}",
    scaling: ANY_PROBLEM,
  },
  {
    id: "INT-6",
    family: "integrity",
    description: "Ground-truth streams list exactly their transactions",
    compare: "<=",
    limit: 0,
    unit: "count",
    threshold: "{limit}",
    scaling: ANY_PROBLEM,
  },
  {
    id: "RD-1",
    family: "detector",
    description: "Recurring detector precision (detected series that are real streams)",
    compare: ">=",
    limit: 0.95,
    unit: "percent",
    threshold: ">= {limit}%",
    scaling: SHARE,
  },
  {
    id: "RD-2",
    family: "detector",
    description: "Recurring detector recall (ground-truth streams with 3+ transactions found)",
    compare: ">=",
    limit: 0.95,
    unit: "percent",
    threshold: ">= {limit}%",
    scaling: SHARE,
  },
  {
    id: "CAL-1",
    family: "calendar",
    description:
      "ACH debits and credits (income, rent, utilities, loan and card payments, insurance; not savings interest, which the bank credits on the quarter's last day) post on business days: no weekend, no observed federal holiday",
    compare: "<=",
    limit: 0,
    unit: "count",
    threshold: "{limit}",
    scaling: ANY_PROBLEM,
  },
  {
    id: "SP-1",
    family: "spec",
    description: "Each user holds 0-3 credit cards (the spec)",
    compare: "<=",
    limit: 0,
    unit: "count",
    threshold: "{limit} users outside",
    scaling: ANY_PROBLEM,
    notApplicable: { "us-2024": "the profile follows Experian's 3.9 cards per consumer (3-4 per cardholder)" },
  },
  {
    id: "SP-2",
    family: "spec",
    description: "Rent or mortgage is 25-35 % of gross monthly income (the spec), within a dollar",
    compare: "<=",
    limit: 0,
    unit: "count",
    threshold: "{limit} payments outside",
    scaling: ANY_PROBLEM,
    notApplicable: {
      "us-2024": "the profile follows the ACS rent burden (median 31 %, half above 30 %, a quarter above 50 %)",
    },
  },
  {
    id: "SP-3",
    family: "spec",
    description: "Card utilization at the window's start is 30-70 % (the spec)",
    compare: "<=",
    limit: 0,
    unit: "count",
    threshold: "{limit} cards outside",
    scaling: ANY_PROBLEM,
    notApplicable: { "us-2024": "the profile follows Experian's mean utilization of about 28 % (2-55 % at opening)" },
  },
  {
    id: "SP-4",
    family: "spec",
    description: "Subscriptions are the spec's five services at their exact prices",
    compare: "<=",
    limit: 0,
    unit: "count",
    threshold: "{limit} charges at another price",
    scaling: ANY_PROBLEM,
    notApplicable: {
      "us-2024": "the profile follows Deloitte's streaming figures (about 4 services, about $61 a month)",
    },
  },
];

/** Other tuning of the checks. */
export const CHECK_RULES = {
  /** Examples shown per check. */
  examples: 5,
  /** QC-5: a recurring series' amounts stay within this share of their median. */
  seriesTolerance: 0.1,
  /** The balance-path chart shows this many checking accounts and cards (the first users'). */
  balancePaths: 4,
  /**
   * The spec's statements that SP-1..SP-3 check, as acceptance thresholds (like AC-4's ±5 points):
   * independent of the profile, which may change them (and then declares the check not applicable).
   */
  spec: {
    maxCards: 3,
    housingShareOfGrossMonthly: { min: 0.25, max: 0.35 },
    /** Rent and mortgage are rounded to whole dollars. */
    housingSlackDollars: 1,
    openingUtilization: { min: 0.3, max: 0.7 },
    /** Opening balances are rounded to cents. */
    utilizationSlack: 0.0005,
  },
} as const;

export function checkDefinition(id: string): CheckDefinition {
  const def = CHECK_TABLE.find((d) => d.id === id);
  if (!def) throw new RangeError(`no check ${id} in CHECK_TABLE`);
  return def;
}
