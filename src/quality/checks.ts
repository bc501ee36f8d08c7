// The quality report's checks: AC-1..AC-10 and QC-1..QC-5 from the spec, integrity checks, and the
// recurring-series detector scored against ground truth. Customers are added one at a time, so a
// dataset of any size is checked in bounded memory. Pure: measurements that need I/O (loading into
// SQLite, the database size, timings, a second run) are passed in.
import { AGE_BRACKETS, INCOME_TIERS, REGIONS } from "../data/demographics.ts";
import { SUBSCRIPTIONS } from "../data/subscriptions.ts";
import type { Customer } from "../dataset/customer.ts";
import { countBand, dataWindow } from "../dataset/window.ts";
import { AccountSchema } from "../schemas/account.ts";
import { LiabilitySchema } from "../schemas/liability.ts";
import { LifeEventSchema } from "../schemas/life-event.ts";
import { RecurringStreamSchema } from "../schemas/recurring-stream.ts";
import { TransactionSchema, isPfcPair } from "../schemas/transaction.ts";
import { UserSchema } from "../schemas/user.ts";
import { toCents } from "../units/money.ts";
import { checkDailyBalances, checkLiabilities, checkReconciliation, checkStreams, checkTransferPairs } from "./integrity.ts";
import { detectRecurring, scoreDetector } from "./recurring-detector.ts";

export type CheckStatus = "pass" | "fail" | "skipped";

export interface Check {
  id: string;
  description: string;
  measured: string;
  threshold: string;
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
}

const SUBSCRIPTION_MERCHANTS = new Set(SUBSCRIPTIONS.map((s) => s.merchant_name));
const NON_DISCRETIONARY = new Set(["INCOME", "TRANSFER_IN", "TRANSFER_OUT", "LOAN_PAYMENTS", "LOAN_DISBURSEMENTS", "RENT_AND_UTILITIES", "BANK_FEES"]);
const MAX_EXAMPLES = 5;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export interface ChartData {
  ageShares: Record<string, number>;
  incomeShares: Record<string, number>;
  regionShares: Record<string, number>;
  /** Transactions per user -> users. */
  transactionsPerUser: Record<string, number>;
  band: { min: number; max: number };
  /** Month (YYYY-MM) -> PFC primary -> dollars spent. */
  monthlySpending: Record<string, Record<string, number>>;
  /** End-of-day balances of a few sample accounts. */
  balancePaths: { account: string; label: string; points: [string, number][] }[];
}

/** Adds customers one at a time and reports every check. */
export class QualityAccumulator {
  private users = 0;
  private incompleteProfiles = 0;
  private readonly perUser: number[] = [];
  private invalid = { user: 0, account: 0, transaction: 0, liability: 0, stream: 0, lifeEvent: 0 };
  private records = 0;
  private readonly invalidExamples: string[] = [];
  private readonly ages = new Map<string, number>();
  private readonly tiers = new Map<string, number>();
  private readonly regions = new Map<string, number>();
  private detector = { detected: 0, truth: 0, truePositives: 0, found: 0 };
  private keySeries = { truth: 0, found: 0 };
  private readonly missedExamples: string[] = [];
  private requiredCells = 0;
  private missingRequired = 0;
  private optionalCells = 0;
  private missingOptional = 0;
  private fkViolations = 0;
  private readonly fkExamples: string[] = [];
  private readonly transactionIds = new Set<string>();
  private duplicateIds = 0;
  private outsideWindow = 0;
  private totalTransactions = 0;
  private streamsChecked = 0;
  private streamsOutside10 = 0;
  private readonly discretionary = new Map<string, { min: number; max: number; n: number }>();
  private integrity = { reconcile: 0, daily: 0, transfers: 0, liabilities: 0, pfc: 0, streams: 0 };
  private readonly integrityExamples: Record<string, string[]> = { reconcile: [], daily: [], transfers: [], liabilities: [], pfc: [], streams: [] };
  private readonly monthly = new Map<string, Map<string, number>>();
  private readonly paths: ChartData["balancePaths"] = [];
  private readonly band: { min: number; max: number };

  constructor(private readonly context: QualityContext) {
    this.band = countBand(dataWindow(context.startDate, context.endDate));
  }

  private note(list: string[], text: string): void {
    if (list.length < MAX_EXAMPLES) list.push(text);
  }

  add(customer: Customer): void {
    let c = customer;
    const { user } = c;
    this.users++;
    this.perUser.push(c.transactions.length);
    const m = user.metadata;
    this.ages.set(m?.age_bracket, (this.ages.get(m?.age_bracket) ?? 0) + 1);
    this.tiers.set(m?.income_bracket, (this.tiers.get(m?.income_bracket) ?? 0) + 1);
    this.regions.set(m?.region, (this.regions.get(m?.region) ?? 0) + 1);

    // AC-3: every record valid against its schema.
    // Records that fail their schema are counted here and left out of the checks below, which
    // assume well-formed records.
    const validate = <R>(schema: { safeParse: (v: unknown) => { success: boolean } }, kind: keyof typeof this.invalid, list: readonly R[], id: (r: R) => unknown): R[] => {
      const ok: R[] = [];
      for (const r of list) {
        this.records++;
        if (schema.safeParse(r).success) ok.push(r);
        else {
          this.invalid[kind]++;
          this.note(this.invalidExamples, `${kind} ${String(id(r))}`);
        }
      }
      return ok;
    };
    if (validate(UserSchema, "user", [user], (u) => u?.user_id).length === 0) this.incompleteProfiles++;
    const raw = c;
    c = {
      user,
      accounts: validate(AccountSchema, "account", c.accounts, (a) => a?.account_id),
      transactions: validate(TransactionSchema, "transaction", c.transactions, (t) => t?.transaction_id),
      liabilities: validate(LiabilitySchema, "liability", c.liabilities, (l) => l?.liability_id),
      recurringStreams: validate(RecurringStreamSchema, "stream", c.recurringStreams, (s) => s?.stream_id),
      lifeEvents: validate(LifeEventSchema, "lifeEvent", c.lifeEvents, (e) => e?.life_event_id),
    };

    // QC-1 / QC-2: required cells present; optional fields present where they apply.
    const required = (v: unknown) => {
      this.requiredCells++;
      if (v === null || v === undefined || v === "") this.missingRequired++;
    };
    const optional = (applies: boolean, v: unknown) => {
      if (!applies) return;
      this.optionalCells++;
      if (v === null || v === undefined || v === "") this.missingOptional++;
    };
    for (const v of [user.user_id, user.name, user.email, user.created_at, m]) required(v);
    for (const a of raw.accounts) {
      for (const v of [a.account_id, a.user_id, a.type, a.subtype, a.name, a.mask, a.current_balance, a.iso_currency_code]) required(v);
      optional(true, a.official_name);
    }
    for (const t of raw.transactions) {
      required(t.transaction_id);
      required(t.account_id);
      required(t.user_id);
      required(t.date);
      required(t.amount);
      required(t.name);
      required(t.payment_channel);
      required(t.personal_finance_category?.detailed);
      // INT-5 looks at every record, including those the schema already rejected.
      if (!isPfcPair(t.personal_finance_category?.primary, t.personal_finance_category?.detailed)) {
        this.integrity.pfc++;
        this.note(this.integrityExamples.pfc as string[], `${t.transaction_id}: ${t.personal_finance_category?.primary}/${t.personal_finance_category?.detailed}`);
      }
    }
    const accountIds = new Map(c.accounts.map((a) => [a.account_id, a]));
    for (const t of c.transactions) {
      const purchase = t.amount < 0 && t.transfer_id === null && !NON_DISCRETIONARY.has(t.personal_finance_category?.primary);
      optional(true, t.authorized_date);
      optional(purchase, t.merchant_name);
      if (t.payment_channel === "in store") {
        optional(true, t.location.city);
        optional(true, t.location.region);
        optional(true, t.location.postal_code);
      }

      // QC-3 / QC-4 and duplicate ids.
      const account = accountIds.get(t.account_id);
      if (!account || account.user_id !== t.user_id || t.user_id !== user.user_id) {
        this.fkViolations++;
        this.note(this.fkExamples, `transaction ${t.transaction_id} -> account ${t.account_id}`);
      }
      if (this.transactionIds.has(t.transaction_id)) this.duplicateIds++;
      else this.transactionIds.add(t.transaction_id);
      this.totalTransactions++;
      if (!(t.date >= this.context.startDate && t.date <= this.context.endDate)) this.outsideWindow++;

      // QC-5 (discretionary variance) and the monthly spending chart.
      if (purchase && t.stream_id === null) {
        const d = this.discretionary.get(t.personal_finance_category.detailed) ?? { min: Number.POSITIVE_INFINITY, max: Number.NEGATIVE_INFINITY, n: 0 };
        d.min = Math.min(d.min, t.amount);
        d.max = Math.max(d.max, t.amount);
        d.n++;
        this.discretionary.set(t.personal_finance_category.detailed, d);
      }
      const primary = t.personal_finance_category.primary;
      if (t.amount < 0 && t.transfer_id === null && primary !== "TRANSFER_OUT" && primary !== "LOAN_PAYMENTS") {
        const month = t.date.slice(0, 7);
        const row = this.monthly.get(month) ?? new Map<string, number>();
        row.set(t.personal_finance_category.primary, (row.get(t.personal_finance_category.primary) ?? 0) - toCents(t.amount));
        this.monthly.set(month, row);
      }
    }
    for (const a of c.accounts) {
      if (a.user_id !== user.user_id) {
        this.fkViolations++;
        this.note(this.fkExamples, `account ${a.account_id} -> user ${a.user_id}`);
      }
    }
    for (const l of c.liabilities) {
      if (!accountIds.has(l.account_id) || l.user_id !== user.user_id) {
        this.fkViolations++;
        this.note(this.fkExamples, `liability ${l.liability_id} -> account ${l.account_id}`);
      }
    }

    // QC-5: recurring series within ±10 % of their median.
    const amountOf = new Map(c.transactions.map((t) => [t.transaction_id, Math.abs(t.amount)]));
    for (const s of c.recurringStreams) {
      const values = s.transaction_ids.map((id) => amountOf.get(id)).filter((v): v is number => v !== undefined).sort((a, b) => a - b);
      if (values.length === 0) continue;
      this.streamsChecked++;
      const median = values[Math.floor(values.length / 2)] as number;
      if (values.some((v) => Math.abs(v - median) > 0.1 * median + 1e-9)) this.streamsOutside10++;
    }

    // Integrity.
    const record = (key: string, problems: { id: string; message: string }[]) => {
      (this.integrity as Record<string, number>)[key] = ((this.integrity as Record<string, number>)[key] ?? 0) + problems.length;
      for (const p of problems) this.note(this.integrityExamples[key] as string[], `${p.id}: ${p.message}`);
    };
    record("reconcile", checkReconciliation(c.accounts, c.transactions));
    record("daily", checkDailyBalances(c.accounts, c.transactions));
    record("transfers", checkTransferPairs(c.transactions));
    record("liabilities", checkLiabilities(c.accounts, c.liabilities, c.transactions));
    record("streams", checkStreams(c.recurringStreams, c.transactions));

    // AC-6 and the detector's precision and recall.
    const score = scoreDetector(detectRecurring(c.transactions), c.recurringStreams);
    this.detector.detected += score.detected;
    this.detector.truth += score.truth;
    this.detector.truePositives += score.truePositives;
    this.detector.found += score.found;
    const missed = new Set(score.missed.map((x) => x.stream_id));
    for (const s of c.recurringStreams) {
      const key = s.personal_finance_category.detailed === "INCOME_SALARY" || (s.merchant_name !== null && SUBSCRIPTION_MERCHANTS.has(s.merchant_name));
      if (!key || s.transaction_ids.length < 3) continue;
      this.keySeries.truth++;
      if (!missed.has(s.stream_id)) this.keySeries.found++;
      else this.note(this.missedExamples, `${s.user_id} ${s.description}`);
    }

    // Balance paths of the first few customers' checking accounts and cards.
    if (this.paths.length < 4) {
      for (const a of c.accounts) {
        if (this.paths.length >= 4 || (a.subtype !== "checking" && a.type !== "credit")) continue;
        let cents = toCents(a.opening_balance);
        const points: [string, number][] = [[this.context.startDate, cents / 100]];
        const own = c.transactions.filter((t) => t.account_id === a.account_id);
        for (const t of own) {
          cents += a.type === "depository" ? toCents(t.amount) : -toCents(t.amount);
          const last = points[points.length - 1] as [string, number];
          if (last[0] === t.date) last[1] = cents / 100;
          else points.push([t.date, cents / 100]);
        }
        this.paths.push({ account: a.account_id, label: `${user.user_id} ${a.name} (${a.subtype}${a.type === "credit" ? ", owed" : ""})`, points });
      }
    }
  }

  /** Every check, in report order. */
  checks(external: ExternalMeasurements): Check[] {
    const n = this.users;
    const checks: Check[] = [];
    const push = (id: string, description: string, measured: string, threshold: string, passed: boolean | null, skippedReason?: string) =>
      checks.push({ id, description, measured: passed === null ? `not measured: ${skippedReason ?? external.skipped?.[id] ?? "no measurement"}` : measured, threshold, status: passed === null ? "skipped" : passed ? "pass" : "fail" });
    const shareCheck = (counts: Map<string, number>, targets: readonly { name: string; share: number }[]) => {
      const rows = targets.map((t) => ({ name: t.name, share: n === 0 ? 0 : (counts.get(t.name) ?? 0) / n, target: t.share }));
      const worst = Math.max(...rows.map((r) => Math.abs(r.share - r.target)));
      return { text: rows.map((r) => `${r.name} ${pct(r.share)}`).join(", "), passed: n > 0 && worst <= 0.05 + 1e-9 };
    };

    push("AC-1", "Synthetic users with complete profiles", `${n} users, ${this.incompleteProfiles} incomplete`, `${this.context.requestedUsers} users, 0 incomplete`, n === this.context.requestedUsers && this.incompleteProfiles === 0);
    const minTx = this.perUser.length ? Math.min(...this.perUser) : 0;
    const maxTx = this.perUser.length ? Math.max(...this.perUser) : 0;
    const outside = this.perUser.filter((x) => x < this.band.min || x > this.band.max).length;
    push("AC-2", "Each user has 150-200 transactions over the window (scaled to its length)", `min ${minTx}, max ${maxTx}, ${outside} users outside`, `every user in ${this.band.min}-${this.band.max}`, n > 0 && outside === 0);
    const unreadable = external.unreadableRows ?? { count: 0, examples: [] };
    const invalidTotal = Object.values(this.invalid).reduce((a, b) => a + b, 0) + unreadable.count;
    const invalidExamples = [...unreadable.examples, ...this.invalidExamples].slice(0, MAX_EXAMPLES);
    push("AC-3", "All Plaid schema fields present and valid", `${invalidTotal} of ${this.records + unreadable.count} records invalid${invalidExamples.length ? ` (e.g. ${invalidExamples.join("; ")})` : ""}`, "0 invalid", invalidTotal === 0);
    const income = shareCheck(this.tiers, INCOME_TIERS);
    push("AC-4", "Income distribution matches 20/40/30/10", income.text, "each tier within ±5 points", income.passed);
    const age = shareCheck(this.ages, AGE_BRACKETS);
    push("AC-5", "Age distribution matches 20/30/35/15", age.text, "each bracket within ±5 points", age.passed);
    const keyRecall = this.keySeries.truth === 0 ? 1 : this.keySeries.found / this.keySeries.truth;
    push("AC-6", "Recurring payroll and subscription series are detected from the transactions alone", `${this.keySeries.found} of ${this.keySeries.truth} found (${pct(keyRecall)})${this.missedExamples.length ? `; missed e.g. ${this.missedExamples.join("; ")}` : ""}`, ">= 95% found", this.keySeries.truth > 0 && keyRecall >= 0.95);
    push("AC-7", "Data loads into SQLite without errors", external.loadProblems === null ? "" : external.loadProblems.length === 0 ? "loaded with 0 errors" : `${external.loadProblems.length} errors, e.g. ${external.loadProblems.slice(0, 3).join("; ")}`, "0 errors", external.loadProblems === null ? null : external.loadProblems.length === 0);
    push("AC-8", "Database file is under 50 MB", external.databaseBytes === null ? "" : `${(external.databaseBytes / 1_048_576).toFixed(2)} MB`, "< 50 MB", external.databaseBytes === null ? null : external.databaseBytes < 50 * 1_048_576);
    push("AC-9", "Generation completes in under 2 minutes", external.generationSeconds === null ? "" : `${external.generationSeconds.toFixed(2)} s`, "< 120 s", external.generationSeconds === null ? null : external.generationSeconds < 120);
    push("AC-10", "The same seed produces identical output", external.reproducible?.detail ?? "", "byte-identical CSV files", external.reproducible === null ? null : external.reproducible.identical);

    const missingReq = this.requiredCells === 0 ? 0 : this.missingRequired / this.requiredCells;
    push("QC-1", "Missing required fields", `${pct(missingReq)} (${this.missingRequired} of ${this.requiredCells})`, "0%", this.missingRequired === 0);
    const missingOpt = this.optionalCells === 0 ? 0 : this.missingOptional / this.optionalCells;
    push("QC-2", "Missing optional fields where they apply (official_name, authorized_date, merchant on purchases, location in store)", `${pct(missingOpt)} (${this.missingOptional} of ${this.optionalCells})`, "< 5%", missingOpt < 0.05);
    push("QC-3", "All foreign keys valid, ids unique", `${this.fkViolations} broken references, ${this.duplicateIds} duplicate transaction ids${this.fkExamples.length ? ` (e.g. ${this.fkExamples.join("; ")})` : ""}`, "0", this.fkViolations === 0 && this.duplicateIds === 0);
    push("QC-4", `Transaction dates within ${this.context.startDate} - ${this.context.endDate}`, `${this.outsideWindow} of ${this.totalTransactions} outside`, "0 outside", this.outsideWindow === 0);
    const flat = [...this.discretionary].filter(([, d]) => d.n >= 2 && d.min === d.max).map(([k]) => k);
    push("QC-5", "Realistic variance: each recurring series within ±10% of its median; no discretionary category with zero variance", `${this.streamsOutside10} of ${this.streamsChecked} series outside ±10%; ${flat.length} flat categories${flat.length ? ` (${flat.join(", ")})` : ""}`, "0 and 0", this.streamsOutside10 === 0 && flat.length === 0);

    const integrity = (id: string, key: string, description: string) => {
      const count = (this.integrity as Record<string, number>)[key] ?? 0;
      const examples = this.integrityExamples[key] ?? [];
      push(id, description, `${count} problems${examples.length ? ` (e.g. ${examples.join("; ")})` : ""}`, "0", count === 0);
    };
    integrity("INT-1", "reconcile", "Every account reconciles: opening balance and transactions give the current balance, in cents");
    integrity("INT-2", "daily", "Checking never ends a day below zero; cards stay within 0..limit");
    integrity("INT-3", "transfers", "Transfer legs pair up (same date, opposite amounts, shared transfer_id)");
    integrity("INT-4", "liabilities", "One liability per card and loan, matching its latest payment");
    integrity("INT-5", "pfc", "Every category pair is in the PFCv2 taxonomy");
    integrity("INT-6", "streams", "Ground-truth streams list exactly their transactions");
    const precision = this.detector.detected === 0 ? 1 : this.detector.truePositives / this.detector.detected;
    const recall = this.detector.truth === 0 ? 1 : this.detector.found / this.detector.truth;
    push("RD-1", "Recurring detector precision (detected series that are real streams)", `${pct(precision)} (${this.detector.truePositives} of ${this.detector.detected})`, ">= 95%", this.detector.detected > 0 && precision >= 0.95);
    push("RD-2", "Recurring detector recall (ground-truth streams with 3+ transactions found)", `${pct(recall)} (${this.detector.found} of ${this.detector.truth})`, ">= 95%", this.detector.truth > 0 && recall >= 0.95);
    return checks;
  }

  charts(): ChartData {
    const shares = (counts: Map<string, number>, names: readonly { name: string }[]) => Object.fromEntries(names.map((x) => [x.name, this.users === 0 ? 0 : (counts.get(x.name) ?? 0) / this.users]));
    const perUser: Record<string, number> = {};
    for (const count of this.perUser) perUser[String(count)] = (perUser[String(count)] ?? 0) + 1;
    const monthlySpending: ChartData["monthlySpending"] = {};
    for (const month of [...this.monthly.keys()].sort()) {
      monthlySpending[month] = Object.fromEntries([...(this.monthly.get(month) ?? new Map<string, number>())].sort().map(([k, v]) => [k, v / 100]));
    }
    return {
      ageShares: shares(this.ages, AGE_BRACKETS),
      incomeShares: shares(this.tiers, INCOME_TIERS),
      regionShares: shares(this.regions, REGIONS),
      transactionsPerUser: perUser,
      band: this.band,
      monthlySpending,
      balancePaths: this.paths,
    };
  }
}
