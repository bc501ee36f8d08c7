// The recurring detector: AC-6 (payroll and subscription series found from the transactions alone),
// RD-1 (precision) and RD-2 (recall) against the ground-truth streams.
import { SUBSCRIPTIONS } from "../../data/subscriptions.ts";
import type { RecurringStream } from "../../schemas/recurring-stream.ts";
import { CHECK_RULES } from "../check-table.ts";
import { Family, type Measurement, pct } from "../family.ts";
import type { InspectedCustomer } from "../inspect.ts";
import { STREAM_FREQUENCIES, type StreamFrequency } from "../../schemas/recurring-stream.ts";
import { DETECTOR_RULES, detectRecurring, type FrequencyScore, scoreDetector } from "../recurring-detector.ts";
import { Examples } from "../sample.ts";

const SUBSCRIPTION_MERCHANTS = new Set(SUBSCRIPTIONS.map((s) => s.merchant_name));

/** AC-6's key series: payroll and subscriptions long enough to be detected. */
export function isKeySeries(s: RecurringStream): boolean {
  const key =
    s.personal_finance_category.detailed === "INCOME_SALARY" ||
    (s.merchant_name !== null && SUBSCRIPTION_MERCHANTS.has(s.merchant_name));
  return key && s.transaction_ids.length >= DETECTOR_RULES.minOccurrences;
}

export class DetectorFamily extends Family<DetectorFamily> {
  private score = { detected: 0, truth: 0, truePositives: 0, found: 0 };
  private key = { truth: 0, found: 0 };
  private hardNegatives = 0;
  private readonly byFrequency = new Map<StreamFrequency, FrequencyScore>();
  private readonly missed = new Examples(CHECK_RULES.examples);

  add({ valid }: InspectedCustomer): void {
    const score = scoreDetector(detectRecurring(valid.transactions), valid.recurringStreams);
    this.score.detected += score.detected;
    this.score.truth += score.truth;
    this.score.truePositives += score.truePositives;
    this.score.found += score.found;
    this.hardNegatives += score.hardNegatives;
    for (const [f, s] of Object.entries(score.byFrequency) as [StreamFrequency, FrequencyScore][])
      this.addFrequency(f, s);
    const missed = new Set(score.missed.map((x) => x.stream_id));
    valid.recurringStreams.filter(isKeySeries).forEach((s, seq) => {
      this.key.truth++;
      if (!missed.has(s.stream_id)) this.key.found++;
      else this.missed.note({ user: valid.user.user_id, seq }, `${s.user_id} ${s.description}`);
    });
  }

  private addFrequency(f: StreamFrequency, s: FrequencyScore): void {
    const mine = this.byFrequency.get(f) ?? { detected: 0, truePositives: 0, truth: 0, found: 0 };
    for (const k of ["detected", "truePositives", "truth", "found"] as const) mine[k] += s[k];
    this.byFrequency.set(f, mine);
  }

  /** Detected series sharing no transaction with a ground-truth stream. */
  get hardNegativeCount(): number {
    return this.hardNegatives;
  }

  /** Precision and recall by frequency, in a fixed order (the report's JSON and text). */
  frequencies(): (FrequencyScore & { frequency: StreamFrequency })[] {
    return STREAM_FREQUENCIES.filter((f) => this.byFrequency.has(f)).map((f) => ({
      frequency: f,
      ...(this.byFrequency.get(f) as FrequencyScore),
    }));
  }

  merge(other: DetectorFamily): void {
    this.hardNegatives += other.hardNegatives;
    for (const [f, s] of other.byFrequency) this.addFrequency(f, s);
    for (const k of ["detected", "truth", "truePositives", "found"] as const) this.score[k] += other.score[k];
    this.key.truth += other.key.truth;
    this.key.found += other.key.found;
    this.missed.merge(other.missed);
  }

  measure(): Measurement[] {
    const { detected, truth, truePositives, found } = this.score;
    const ratio = (a: number, b: number) => (b === 0 ? Number.NaN : a / b);
    const keyRecall = ratio(this.key.found, this.key.truth);
    const missed = this.missed.texts.length ? `; missed e.g. ${this.missed.texts.join("; ")}` : "";
    const precision = ratio(truePositives, detected);
    const recall = ratio(found, truth);
    return [
      {
        id: "AC-6",
        measured: `${this.key.found} of ${this.key.truth} found (${pct(this.key.truth === 0 ? 1 : keyRecall)})${missed}`,
        value: keyRecall,
      },
      {
        id: "RD-1",
        measured: `${pct(detected === 0 ? 1 : precision)} (${truePositives} of ${detected}); by frequency: ${byFrequency(
          this.frequencies(),
          "truePositives",
          "detected",
        )}; ${this.hardNegatives} hard negatives (habitual spending at one shop taken for a series)`,
        value: precision,
      },
      {
        id: "RD-2",
        measured: `${pct(truth === 0 ? 1 : recall)} (${found} of ${truth}); by frequency: ${byFrequency(this.frequencies(), "found", "truth")}`,
        value: recall,
      },
    ];
  }
}

/** `WEEKLY 100.0% (3 of 3), MONTHLY ...` for frequencies with a denominator. */
function byFrequency(
  rows: (FrequencyScore & { frequency: StreamFrequency })[],
  part: keyof FrequencyScore,
  whole: keyof FrequencyScore,
): string {
  const shown = rows.filter((r) => r[whole] > 0);
  return shown.length
    ? shown.map((r) => `${r.frequency} ${pct(r[part] / r[whole])} (${r[part]} of ${r[whole]})`).join(", ")
    : "none";
}
