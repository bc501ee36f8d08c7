// The quality report's checks: AC-1..AC-10 and QC-1..QC-5 from the spec, integrity checks, and the
// recurring-series detector scored against ground truth. Each family of checks is a small mergeable
// accumulator (`families/`); what passes is data (`check-table.ts`). Customers are added one at a
// time, so a dataset of any size is checked in bounded memory, and accumulators over disjoint user
// ranges merge into the same result as one run over all of them. Pure: measurements that need I/O
// (loading into SQLite, the database size, timings, a second run) are passed in.
import type { Customer } from "../dataset/customer.ts";
import { countBand, dataWindow } from "../dataset/window.ts";
import { CHECK_TABLE } from "./check-table.ts";
import { type Check, type CheckEnv, type ExternalMeasurements, type QualityContext } from "./family.ts";
import { ChartsFamily, type ExtraCharts } from "./families/charts.ts";
import { CompletenessFamily } from "./families/completeness.ts";
import { DetectorFamily } from "./families/detector.ts";
import { ExternalFamily } from "./families/external.ts";
import { type BalancePath, IntegrityFamily } from "./families/integrity.ts";
import { KeysFamily } from "./families/keys.ts";
import { type PopulationCharts, PopulationFamily } from "./families/population.ts";
import { RealismFamily, type RealismFigure } from "./families/realism.ts";
import { SchemaFamily } from "./families/schema.ts";
import { CalendarFamily, SpecRulesFamily } from "./families/spec-rules.ts";
import { VarianceFamily } from "./families/variance.ts";
import { inspectCustomer } from "./inspect.ts";

export type { Check, CheckStatus, ExternalMeasurements, QualityContext } from "./family.ts";

export interface ChartData extends PopulationCharts, ExtraCharts {
  band: { min: number; max: number };
  /** Month (YYYY-MM) -> PFC primary -> dollars spent. */
  monthlySpending: Record<string, Record<string, number>>;
  /** End-of-day balances of a few sample accounts. */
  balancePaths: BalancePath[];
  /** The recurring detector by frequency (RD-1 / RD-2's parts) and its hard negatives. */
  detector: { byFrequency: ReturnType<DetectorFamily["frequencies"]>; hardNegatives: number };
  /** Quality scores against public reference figures (reported, never failing); the report lifts them to `realism`. */
  realism: RealismFigure[];
}

function createFamilies(context: QualityContext) {
  return {
    population: new PopulationFamily(),
    schema: new SchemaFamily(),
    completeness: new CompletenessFamily(),
    keys: new KeysFamily(context),
    variance: new VarianceFamily(),
    integrity: new IntegrityFamily(context),
    detector: new DetectorFamily(),
    external: new ExternalFamily(),
    charts: new ChartsFamily(context),
    spec: new SpecRulesFamily(),
    calendar: new CalendarFamily(),
  };
}

export type Families = ReturnType<typeof createFamilies>;

/** Adds customers one at a time (or merges accumulators) and reports every check. */
export class QualityAccumulator {
  readonly families: Families;
  /** Realism figures: quality scores, not checks (they never fail). */
  readonly realism: RealismFamily;
  private readonly band: { min: number; max: number };

  constructor(readonly context: QualityContext) {
    this.families = createFamilies(context);
    this.realism = new RealismFamily(context.startDate, context.endDate);
    this.band = countBand(dataWindow(context.startDate, context.endDate));
  }

  add(customer: Customer): void {
    const inspected = inspectCustomer(customer);
    for (const family of Object.values(this.families)) family.add(inspected);
    this.realism.add(inspected);
  }

  /** Adds the customers of another accumulator over other users of the same dataset. */
  merge(other: QualityAccumulator): this {
    const a = this.context;
    const b = other.context;
    if (
      a.requestedUsers !== b.requestedUsers ||
      a.startDate !== b.startDate ||
      a.endDate !== b.endDate ||
      (a.profile ?? "default") !== (b.profile ?? "default")
    ) {
      throw new RangeError("cannot merge quality accumulators of different datasets (users or window differ)");
    }
    const f = this.families;
    const g = other.families;
    f.population.merge(g.population);
    f.schema.merge(g.schema);
    f.completeness.merge(g.completeness);
    f.keys.merge(g.keys);
    f.variance.merge(g.variance);
    f.integrity.merge(g.integrity);
    f.detector.merge(g.detector);
    f.external.merge(g.external);
    f.charts.merge(g.charts);
    f.spec.merge(g.spec);
    f.calendar.merge(g.calendar);
    this.realism.merge(other.realism);
    return this;
  }

  /** Every check, in CHECK_TABLE's order. */
  checks(external: ExternalMeasurements): Check[] {
    const env: CheckEnv = { context: this.context, band: this.band, external };
    const all = Object.values(this.families).flatMap((family) => family.checks(env));
    return CHECK_TABLE.map((def) => {
      const check = all.find((c) => c.id === def.id);
      if (!check) throw new Error(`no family measures ${def.id} (family "${def.family}" in CHECK_TABLE)`);
      return check;
    });
  }

  charts(): ChartData {
    return {
      ...this.families.population.charts(),
      band: this.band,
      monthlySpending: this.families.variance.monthlySpending(),
      balancePaths: this.families.integrity.balancePaths(),
      ...this.families.charts.charts(),
      detector: {
        byFrequency: this.families.detector.frequencies(),
        hardNegatives: this.families.detector.hardNegativeCount,
      },
      realism: this.realism.figures(this.context.profile ?? "default"),
    };
  }
}
