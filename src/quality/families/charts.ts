// Charts: the report's pictures that no check needs. Spending by category per income tier, daily
// transaction counts, card balances against their limits, and a few sample users' accounts and
// monthly cash flow. Measures no check. Like every family it is a mergeable accumulator: counts and
// sums add up exactly (integer cents), and the samples keep the first items by user id, so a merge
// in any order gives the one-run result.
import { INCOME_TIERS } from "../../data/demographics.ts";
import { dataWindow } from "../../dataset/window.ts";
import { toCents } from "../../units/money.ts";
import { addCounts, Family, type Measurement, type QualityContext } from "../family.ts";
import type { InspectedCustomer } from "../inspect.ts";
import { Sample } from "../sample.ts";
import { isSpending } from "./variance.ts";

/** How many items the sampled charts keep (the first by user id, then by position). */
export const CHART_SAMPLES = {
  /** Cards drawn as points in the balance-against-limit scatter. */
  cards: 400,
  /** Sample users per income tier who get their own section. */
  usersPerTier: 1,
} as const;

/** Card utilization buckets: below 0 % (a credit balance), 10-point steps to 100 %, then over the limit. */
export const UTILIZATION_BUCKETS = [
  "< 0%",
  "0-10%",
  "10-20%",
  "20-30%",
  "30-40%",
  "40-50%",
  "50-60%",
  "60-70%",
  "70-80%",
  "80-90%",
  "90-100%",
  "> 100%",
] as const;

export function utilizationBucket(owedCents: number, limitCents: number): (typeof UTILIZATION_BUCKETS)[number] {
  if (owedCents < 0) return "< 0%";
  if (owedCents > limitCents) return "> 100%";
  // Integer arithmetic: a card at exactly 10 % is in 10-20 %, one at exactly 100 % in 90-100 %.
  const decile = Math.min(9, Math.floor((owedCents * 10) / limitCents));
  return UTILIZATION_BUCKETS[decile + 1] as (typeof UTILIZATION_BUCKETS)[number];
}

/** One card of the scatter: what it owes at the end of the window and its limit, in dollars. */
export interface CardPoint {
  account: string;
  user: string;
  balance: number;
  limit: number;
}

export interface SampleAccount {
  account_id: string;
  name: string;
  mask: string;
  type: string;
  subtype: string;
  /** Balance at the end of the window, in dollars (held for depository accounts, owed for cards and loans). */
  balance: number;
  limit: number | null;
  /** Month (YYYY-MM) -> end-of-month balance in dollars, for the months of the window. */
  monthEnd: Record<string, number>;
}

export interface SampleUser {
  user_id: string;
  name: string;
  income_bracket: string;
  age_bracket: string;
  region: string;
  income: number;
  accounts: SampleAccount[];
  /** Month (YYYY-MM) -> money in and out (both positive dollars), transfers between the user's own accounts left out. */
  cashFlow: Record<string, { in: number; out: number }>;
}

export interface ExtraCharts {
  /** Income tier -> PFC primary -> dollars spent over the window (spending as the monthly chart counts it). */
  spendingByTier: Record<string, Record<string, number>>;
  /** Income tier -> users. */
  tierUsers: Record<string, number>;
  /** Date (YYYY-MM-DD) -> transactions that day, every user. */
  dailyTransactions: Record<string, number>;
  /** Utilization bucket -> cards (all cards with a positive limit). */
  cardUtilization: Record<string, number>;
  /** The first cards by user id, as balance/limit points. */
  cardPoints: CardPoint[];
  /** The first user of each income tier (by user id). */
  sampleUsers: SampleUser[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sorted = <V>(map: ReadonlyMap<string, V>) => [...map].sort(([a], [b]) => cmp(a, b));

/** A sample user's page, built only for the users the sample keeps. `months` are the window's (YYYY-MM). */
function sampleUser({ raw, valid, replays }: InspectedCustomer, months: readonly string[]): SampleUser {
  const m = raw.user?.metadata;
  const flows = new Map<string, { in: number; out: number }>(months.map((month) => [month, { in: 0, out: 0 }]));
  for (const t of valid.transactions) {
    if (t.transfer_id !== null) continue;
    const month = t.date.slice(0, 7);
    const row = flows.get(month) ?? { in: 0, out: 0 };
    const cents = toCents(t.amount);
    if (cents > 0) row.in += cents;
    else row.out -= cents;
    flows.set(month, row);
  }
  const accounts = replays.map(({ account: a, openingCents, days }) => {
    // The balance at each month's end: the last day with transactions up to then, else the opening.
    const monthEnd: Record<string, number> = {};
    let cents = openingCents;
    let i = 0;
    for (const month of months) {
      while (i < days.length && (days[i] as { date: string }).date.slice(0, 7) <= month)
        cents = (days[i++] as { cents: number }).cents;
      monthEnd[month] = cents / 100;
    }
    return {
      account_id: a.account_id,
      name: a.name,
      mask: a.mask,
      type: a.type,
      subtype: a.subtype,
      balance: a.current_balance,
      limit: a.credit_limit,
      monthEnd,
    };
  });
  return {
    user_id: String(raw.user?.user_id),
    name: String(raw.user?.name),
    income_bracket: String(m?.income_bracket),
    age_bracket: String(m?.age_bracket),
    region: String(m?.region),
    income: Number(m?.income),
    accounts,
    cashFlow: Object.fromEntries(sorted(flows).map(([k, v]) => [k, { in: v.in / 100, out: v.out / 100 }])),
  };
}

export class ChartsFamily extends Family<ChartsFamily> {
  /** Income tier -> PFC primary -> cents spent. */
  private readonly byTier = new Map<string, Map<string, number>>();
  private readonly tierUsers = new Map<string, number>();
  /** Date -> transactions. */
  private readonly daily = new Map<string, number>();
  private readonly utilization = new Map<string, number>();
  private readonly cards = new Sample<CardPoint>(CHART_SAMPLES.cards);
  /** Income tier -> its first users. */
  private readonly users = new Map<string, Sample<SampleUser>>();
  /** The window's months, YYYY-MM. */
  private readonly months: string[];

  constructor(context: QualityContext) {
    super();
    this.months = dataWindow(context.startDate, context.endDate).months.map(
      ({ year, month }) => `${year}-${String(month).padStart(2, "0")}`,
    );
  }

  add(customer: InspectedCustomer): void {
    const { raw, valid } = customer;
    const user = String(raw.user?.user_id);
    const tier = String(raw.user?.metadata?.income_bracket);
    this.tierUsers.set(tier, (this.tierUsers.get(tier) ?? 0) + 1);
    let spending = this.byTier.get(tier);
    if (!spending) this.byTier.set(tier, (spending = new Map()));
    for (const t of valid.transactions) {
      this.daily.set(t.date, (this.daily.get(t.date) ?? 0) + 1);
      if (isSpending(t)) {
        const primary = t.personal_finance_category.primary;
        spending.set(primary, (spending.get(primary) ?? 0) - toCents(t.amount));
      }
    }
    valid.accounts.forEach((a, seq) => {
      if (a.type !== "credit" || a.credit_limit === null || a.credit_limit <= 0) return;
      const bucket = utilizationBucket(toCents(a.current_balance), toCents(a.credit_limit));
      this.utilization.set(bucket, (this.utilization.get(bucket) ?? 0) + 1);
      if (this.cards.wants({ user, seq }))
        this.cards.add({ user, seq }, a.account_id, {
          account: a.account_id,
          user,
          balance: a.current_balance,
          limit: a.credit_limit,
        });
    });
    let sample = this.users.get(tier);
    if (!sample) this.users.set(tier, (sample = new Sample<SampleUser>(CHART_SAMPLES.usersPerTier)));
    if (sample.wants({ user, seq: 0 })) sample.add({ user, seq: 0 }, user, sampleUser(customer, this.months));
  }

  merge(other: ChartsFamily): void {
    for (const [tier, row] of other.byTier) {
      let mine = this.byTier.get(tier);
      if (!mine) this.byTier.set(tier, (mine = new Map()));
      addCounts(mine, row);
    }
    addCounts(this.tierUsers, other.tierUsers);
    addCounts(this.daily, other.daily);
    addCounts(this.utilization, other.utilization);
    this.cards.merge(other.cards);
    for (const [tier, sample] of other.users) {
      let mine = this.users.get(tier);
      if (!mine) this.users.set(tier, (mine = new Sample<SampleUser>(CHART_SAMPLES.usersPerTier)));
      mine.merge(sample);
    }
  }

  measure(): Measurement[] {
    return [];
  }

  /** Tiers in INCOME_TIERS' order, then any others (malformed data) sorted. */
  private tiers(): string[] {
    const known: string[] = INCOME_TIERS.map((t) => t.name);
    return [
      ...known.filter((t) => this.tierUsers.has(t)),
      ...[...this.tierUsers.keys()].filter((t) => !known.includes(t)).sort(cmp),
    ];
  }

  charts(): ExtraCharts {
    const tiers = this.tiers();
    return {
      spendingByTier: Object.fromEntries(
        tiers.map((t) => [
          t,
          Object.fromEntries(sorted(this.byTier.get(t) ?? new Map<string, number>()).map(([k, v]) => [k, v / 100])),
        ]),
      ),
      tierUsers: Object.fromEntries(tiers.map((t) => [t, this.tierUsers.get(t) ?? 0])),
      dailyTransactions: Object.fromEntries(sorted(this.daily)),
      cardUtilization: Object.fromEntries(UTILIZATION_BUCKETS.map((b) => [b, this.utilization.get(b) ?? 0])),
      cardPoints: this.cards.values,
      sampleUsers: tiers.flatMap((t) => this.users.get(t)?.values ?? []),
    };
  }
}
