// Population: AC-1 (users with complete profiles), AC-2 (transactions per user within the band),
// AC-4 / AC-5 (income and age shares), and the distribution charts.
import { AGE_BRACKETS, INCOME_TIERS, REGIONS } from "../../data/demographics.ts";
import { addCounts, type CheckEnv, Family, type Measurement, pct } from "../family.ts";
import type { InspectedCustomer } from "../inspect.ts";

export interface PopulationCharts {
  ageShares: Record<string, number>;
  incomeShares: Record<string, number>;
  regionShares: Record<string, number>;
  /** Transactions per user -> users. */
  transactionsPerUser: Record<string, number>;
}

export class PopulationFamily extends Family<PopulationFamily> {
  users = 0;
  private incomplete = 0;
  private readonly ages = new Map<string, number>();
  private readonly tiers = new Map<string, number>();
  private readonly regions = new Map<string, number>();
  /** Transactions per user -> users. */
  private readonly perUser = new Map<number, number>();

  add({ raw, userValid }: InspectedCustomer): void {
    this.users++;
    if (!userValid) this.incomplete++;
    const m = raw.user?.metadata;
    this.ages.set(m?.age_bracket, (this.ages.get(m?.age_bracket) ?? 0) + 1);
    this.tiers.set(m?.income_bracket, (this.tiers.get(m?.income_bracket) ?? 0) + 1);
    this.regions.set(m?.region, (this.regions.get(m?.region) ?? 0) + 1);
    this.perUser.set(raw.transactions.length, (this.perUser.get(raw.transactions.length) ?? 0) + 1);
  }

  merge(other: PopulationFamily): void {
    this.users += other.users;
    this.incomplete += other.incomplete;
    addCounts(this.ages, other.ages);
    addCounts(this.tiers, other.tiers);
    addCounts(this.regions, other.regions);
    addCounts(this.perUser, other.perUser);
  }

  private shares(
    id: string,
    counts: Map<string, number>,
    targets: readonly { name: string; share: number }[],
  ): Measurement {
    const n = this.users;
    const rows = targets.map((t) => ({
      name: t.name,
      share: n === 0 ? 0 : (counts.get(t.name) ?? 0) / n,
      target: t.share,
    }));
    const worst = Math.max(...rows.map((r) => Math.abs(r.share - r.target)));
    return {
      id,
      measured: rows.map((r) => `${r.name} ${pct(r.share)}`).join(", "),
      value: n === 0 ? Number.NaN : worst,
    };
  }

  measure({ context, band }: CheckEnv): Measurement[] {
    const n = this.users;
    const counts = [...this.perUser.keys()];
    const min = counts.length ? Math.min(...counts) : 0;
    const max = counts.length ? Math.max(...counts) : 0;
    let outside = 0;
    for (const [count, users] of this.perUser) if (count < band.min || count > band.max) outside += users;
    return [
      {
        id: "AC-1",
        measured: `${n} users, ${this.incomplete} incomplete`,
        value: Math.abs(n - context.requestedUsers) + this.incomplete,
      },
      {
        id: "AC-2",
        measured: `min ${min}, max ${max}, ${outside} users outside`,
        value: n === 0 ? Number.NaN : outside,
      },
      this.shares("AC-4", this.tiers, INCOME_TIERS),
      this.shares("AC-5", this.ages, AGE_BRACKETS),
    ];
  }

  charts(): PopulationCharts {
    const shares = (counts: Map<string, number>, names: readonly { name: string }[]) =>
      Object.fromEntries(names.map((x) => [x.name, this.users === 0 ? 0 : (counts.get(x.name) ?? 0) / this.users]));
    const perUser: Record<string, number> = {};
    for (const count of [...this.perUser.keys()].sort((a, b) => a - b))
      perUser[String(count)] = this.perUser.get(count) as number;
    return {
      ageShares: shares(this.ages, AGE_BRACKETS),
      incomeShares: shares(this.tiers, INCOME_TIERS),
      regionShares: shares(this.regions, REGIONS),
      transactionsPerUser: perUser,
    };
  }
}
