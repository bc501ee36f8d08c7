// What every check family shares: the check and measurement shapes, the context they are checked
// in, and the evaluation of measured values against CHECK_TABLE. A family is a small accumulator:
// `add` one inspected customer, `merge` another family's state (exact and order-independent in its
// result), and `checks` (its rows of the report).
import { type CheckDefinition, checkDefinition, type Unit } from "./check-table.ts";
import type { InspectedCustomer } from "./inspect.ts";

/** `not_applicable`: the check tests a spec rule that the dataset's profile deliberately changes (CHECK_TABLE's `notApplicable`). */
export type CheckStatus = "pass" | "fail" | "skipped" | "not_applicable";

export interface Check {
  id: string;
  description: string;
  measured: string;
  threshold: string;
  /** How the threshold relates to the dataset's size (CHECK_TABLE's `scaling`). */
  scaling: string;
  status: CheckStatus;
}

/** Measurements taken outside the pure core. `null` means not measured (the check is skipped, with the reason). */
export interface ExternalMeasurements {
  /** AC-7: problems when the data was loaded into SQLite through the loader (an empty list when it loaded). */
  loadProblems: string[] | null;
  /** AC-8: the database file's size in bytes after loading. */
  databaseBytes: number | null;
  /** AC-9: generation time in seconds. */
  generationSeconds: number | null;
  /** AC-10: did a second generation with the same options give byte-identical CSV files? */
  reproducible: { identical: boolean; detail: string } | null;
  /** AC-7/AC-8 loaded only these users (a declared sample); AC-8's limit is scaled by them. */
  loadedUsers?: number;
  /** How the report names the sample AC-7/AC-8 loaded ("a sample: the first 100 of 1000 users"). */
  sampleNote?: string;
  /** Why a measurement was skipped, by check id. */
  skipped?: Record<string, string>;
  /** Rows that could not even be read as records (for data read from files), with examples. */
  unreadableRows?: { count: number; examples: string[] };
}

export interface QualityContext {
  /** Users the dataset was asked for (AC-1). */
  requestedUsers: number;
  startDate: string;
  endDate: string;
  /** The profile the dataset was generated with (default `"default"`): decides which checks apply. */
  profile?: string;
}

/** What `checks` needs besides the family's own state. */
export interface CheckEnv {
  context: QualityContext;
  /** AC-2's band of transactions per user for the window. */
  band: { min: number; max: number };
  external: ExternalMeasurements;
}

/**
 * One measured value. `value` is compared with the check's limit; `NaN` means there was nothing to
 * measure, which fails. `users` scales a per-user limit. `skipped` (with the reason) means not measured.
 */
export type Measurement =
  { id: string; measured: string; value: number; users?: number } | { id: string; skipped: string; users?: number };

const trim = (x: number) => String(Number(x.toFixed(2)));

function formatLimit(limit: number, unit: Unit): string {
  return unit === "percent" || unit === "points" ? trim(limit * 100) : trim(limit);
}

function passes(value: number, def: CheckDefinition, limit: number): boolean {
  if (def.compare === "<") return value < limit;
  const slack = def.slack ?? 0;
  if (def.compare === ">=") return value >= limit - slack;
  return value <= limit + slack;
}

/** Fills a template's `{name}` fields. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in vars ? String(vars[name]) : all));
}

/** A measurement judged against its row of CHECK_TABLE. */
export function evaluate(m: Measurement, env: CheckEnv): Check {
  const def = checkDefinition(m.id);
  const users = m.users ?? null;
  const limit = def.perUsers !== undefined && users !== null ? (def.limit * users) / def.perUsers : def.limit;
  const vars = {
    requested: env.context.requestedUsers,
    start: env.context.startDate,
    end: env.context.endDate,
    bandMin: env.band.min,
    bandMax: env.band.max,
    users: users ?? "",
    limit: formatLimit(limit, def.unit),
    base: formatLimit(def.limit, def.unit),
    perUser: def.perUsers === undefined ? "" : formatLimit(def.limit / def.perUsers, def.unit),
  };
  const common = {
    id: def.id,
    description: fill(def.description, vars),
    threshold: fill(def.threshold, vars),
    scaling: def.scaling,
  };
  if ("skipped" in m) return { ...common, measured: `not measured: ${m.skipped}`, status: "skipped" };
  const profile = env.context.profile ?? "default";
  const notApplicable = def.notApplicable?.[profile];
  if (notApplicable !== undefined) {
    return {
      ...common,
      measured: `${m.measured}; not applicable to profile ${profile}: ${notApplicable}`,
      status: "not_applicable",
    };
  }
  return { ...common, measured: m.measured, status: passes(m.value, def, limit) ? "pass" : "fail" };
}

/** A check family: a mergeable accumulator of customers that measures some of CHECK_TABLE's checks. */
export abstract class Family<Self extends Family<Self>> {
  abstract add(customer: InspectedCustomer): void;
  /** Adds another accumulator's customers (which must be other customers than this one's). */
  abstract merge(other: Self): void;
  abstract measure(env: CheckEnv): Measurement[];

  /** This family's rows of the report. */
  checks(env: CheckEnv): Check[] {
    return this.measure(env).map((m) => evaluate(m, env));
  }
}

export const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** `(e.g. a; b)` after a measured text, or nothing when there are no examples. */
export const eg = (examples: readonly string[], prefix = " (e.g. ", suffix = ")") =>
  examples.length ? `${prefix}${examples.join("; ")}${suffix}` : "";

/** Adds `b`'s counts into `a`. */
export function addCounts<K>(a: Map<K, number>, b: ReadonlyMap<K, number>): void {
  for (const [k, v] of b) a.set(k, (a.get(k) ?? 0) + v);
}
