// A recurring-series detector that sees only transactions, as Plaid's recurring endpoint does, and
// a scorer that compares what it finds with the ground-truth streams. Pure.
import type { RecurringStream, StreamFrequency } from "../schemas/recurring-stream.ts";
import type { Transaction } from "../schemas/transaction.ts";
import { toDay } from "../units/dates.ts";

export interface DetectedSeries {
  account_id: string;
  description: string;
  frequency: StreamFrequency;
  transaction_ids: string[];
}

/** Cadences the detector recognises: median gap range in days and the tolerance per gap. */
const CADENCES: readonly { frequency: StreamFrequency; min: number; max: number; tolerance: number }[] = [
  { frequency: "WEEKLY", min: 6, max: 8, tolerance: 2 },
  { frequency: "BIWEEKLY", min: 13, max: 15, tolerance: 2 },
  { frequency: "SEMI_MONTHLY", min: 15, max: 16, tolerance: 3 },
  { frequency: "MONTHLY", min: 27, max: 34, tolerance: 5 },
];

export const DETECTOR_RULES = {
  /** Plaid calls a stream mature at three occurrences. */
  minOccurrences: 3,
  /** Share of gaps that must sit within the cadence's tolerance of the median gap. */
  regularGapShare: 0.75,
  /** Amounts must stay within this share of their median. */
  amountTolerance: 0.15,
} as const;

/** A trailing store number, which the normalized name and the series description drop. */
const STORE_NUMBER = /\s*#\d+$/;
/**
 * Normalized names by name without its store number: the same few hundred names recur across a
 * dataset's transactions. Keyed without the store numbers, which are many across users (keyed with
 * them, the cache grew by about 3 KB a user in every export worker).
 */
const NORMALIZED = new Map<string, string>();
/** Bounds the cache all the same (a dataset of hand-made names). */
const NORMALIZED_MAX = 10_000;

function normalizedName(name: string): string {
  const base = name.includes("#") ? name.replace(STORE_NUMBER, "") : name;
  let key = NORMALIZED.get(base);
  if (key === undefined) {
    if (NORMALIZED.size >= NORMALIZED_MAX) NORMALIZED.clear();
    key = base.toUpperCase();
    NORMALIZED.set(base, key);
  }
  return key;
}

/** The description with store numbers removed: `STARBUCKS STORE #1234` -> `STARBUCKS STORE`. */
export function seriesKey(t: Transaction): string {
  return `${t.account_id}|${t.amount < 0 ? "out" : "in"}|${normalizedName(t.name)}`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Find recurring series: same account, direction and description, a regular cadence and steady amounts.
 *
 * @example
 * detectRecurring(transactionsOfOneUser).map((s) => s.frequency); // ["BIWEEKLY", "MONTHLY", ...]
 */
export function detectRecurring(transactions: readonly Transaction[]): DetectedSeries[] {
  const groups = new Map<string, Transaction[]>();
  for (const t of transactions) {
    // Interest charges and overdraft fees are charges on a balance, not payments to a payee: not streams.
    if (t.personal_finance_category.primary === "BANK_FEES") continue;
    const key = seriesKey(t);
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(t);
  }
  const found: DetectedSeries[] = [];
  for (const list of groups.values()) {
    if (list.length < DETECTOR_RULES.minOccurrences) continue;
    const sorted = [...list].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const days = sorted.map((t) => toDay(t.date));
    const gaps = days.slice(1).map((d, i) => d - (days[i] as number));
    const gap = median(gaps);
    const cadence = CADENCES.find((c) => gap >= c.min && gap <= c.max);
    if (!cadence) continue;
    const regular = gaps.filter((g) => Math.abs(g - gap) <= cadence.tolerance).length / gaps.length;
    if (regular < DETECTOR_RULES.regularGapShare) continue;
    const amounts = sorted.map((t) => Math.abs(t.amount));
    const typical = median(amounts);
    if (amounts.some((a) => Math.abs(a - typical) > DETECTOR_RULES.amountTolerance * typical)) continue;
    const first = sorted[0] as Transaction;
    found.push({
      account_id: first.account_id,
      description: first.name.replace(STORE_NUMBER, ""),
      frequency: cadence.frequency,
      transaction_ids: sorted.map((t) => t.transaction_id),
    });
  }
  return found;
}

export interface DetectorScore {
  detected: number;
  truth: number;
  /** Detected series that match a ground-truth stream. */
  truePositives: number;
  /** Ground-truth streams found by the detector. */
  found: number;
  precision: number;
  recall: number;
  /** Ground-truth streams of each kind (by PFC detailed) that were missed. */
  missed: { stream_id: string; description: string }[];
  /**
   * By frequency: detected series (by the frequency the detector gave) and how many match a stream
   * (precision), ground-truth streams (by their frequency) and how many were found (recall).
   */
  byFrequency: Partial<Record<StreamFrequency, FrequencyScore>>;
  /** Detected series that share no transaction with any stream: habitual spending taken for a series. */
  hardNegatives: number;
}

export interface FrequencyScore {
  detected: number;
  truePositives: number;
  truth: number;
  found: number;
}

const emptyFrequency = (): FrequencyScore => ({ detected: 0, truePositives: 0, truth: 0, found: 0 });

/** Overlap needed to call a detected series and a stream the same series (Jaccard index). */
const MATCH_OVERLAP = 0.8;

/**
 * Score detected series against ground-truth streams with at least three transactions (fewer cannot
 * be told from chance, by Plaid's own rule).
 */
export function scoreDetector(detected: readonly DetectedSeries[], truth: readonly RecurringStream[]): DetectorScore {
  const eligible = truth.filter((s) => s.transaction_ids.length >= DETECTOR_RULES.minOccurrences);
  const byTxn = new Map<string, RecurringStream>();
  const byId = new Map<string, RecurringStream>();
  for (const s of eligible) {
    byId.set(s.stream_id, s);
    for (const id of s.transaction_ids) byTxn.set(id, s);
  }
  const matchedStreams = new Set<string>();
  let truePositives = 0;
  let hardNegatives = 0;
  const byFrequency: Partial<Record<StreamFrequency, FrequencyScore>> = {};
  const of = (f: StreamFrequency) => (byFrequency[f] ??= emptyFrequency());
  for (const series of detected) {
    of(series.frequency).detected++;
    const counts = new Map<string, number>();
    for (const id of series.transaction_ids) {
      const s = byTxn.get(id);
      if (s) counts.set(s.stream_id, (counts.get(s.stream_id) ?? 0) + 1);
    }
    let best: { id: string; jaccard: number } | null = null;
    for (const [id, shared] of counts) {
      const stream = byId.get(id) as RecurringStream;
      const jaccard = shared / (series.transaction_ids.length + stream.transaction_ids.length - shared);
      if (!best || jaccard > best.jaccard) best = { id, jaccard };
    }
    if (counts.size === 0) hardNegatives++;
    if (best && best.jaccard >= MATCH_OVERLAP) {
      truePositives++;
      of(series.frequency).truePositives++;
      matchedStreams.add(best.id);
    }
  }
  for (const s of eligible) {
    of(s.frequency).truth++;
    if (matchedStreams.has(s.stream_id)) of(s.frequency).found++;
  }
  const missed = eligible
    .filter((s) => !matchedStreams.has(s.stream_id))
    .map((s) => ({ stream_id: s.stream_id, description: s.description }));
  return {
    detected: detected.length,
    truth: eligible.length,
    truePositives,
    found: matchedStreams.size,
    precision: detected.length === 0 ? 1 : truePositives / detected.length,
    recall: eligible.length === 0 ? 1 : matchedStreams.size / eligible.length,
    missed,
    byFrequency,
    hardNegatives,
  };
}
