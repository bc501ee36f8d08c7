// The recurring detector: AC-6 (payroll and subscription series found from the transactions alone),
// RD-1 (precision) and RD-2 (recall) against the ground-truth streams.
import { SUBSCRIPTIONS } from "../../data/subscriptions.ts";
import type { RecurringStream } from "../../schemas/recurring-stream.ts";
import { CHECK_RULES } from "../check-table.ts";
import { Family, type Measurement, pct } from "../family.ts";
import type { InspectedCustomer } from "../inspect.ts";
import { DETECTOR_RULES, detectRecurring, scoreDetector } from "../recurring-detector.ts";
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
  private readonly missed = new Examples(CHECK_RULES.examples);

  add({ valid }: InspectedCustomer): void {
    const score = scoreDetector(detectRecurring(valid.transactions), valid.recurringStreams);
    this.score.detected += score.detected;
    this.score.truth += score.truth;
    this.score.truePositives += score.truePositives;
    this.score.found += score.found;
    const missed = new Set(score.missed.map((x) => x.stream_id));
    valid.recurringStreams.filter(isKeySeries).forEach((s, seq) => {
      this.key.truth++;
      if (!missed.has(s.stream_id)) this.key.found++;
      else this.missed.note({ user: valid.user.user_id, seq }, `${s.user_id} ${s.description}`);
    });
  }

  merge(other: DetectorFamily): void {
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
        measured: `${pct(detected === 0 ? 1 : precision)} (${truePositives} of ${detected})`,
        value: precision,
      },
      { id: "RD-2", measured: `${pct(truth === 0 ? 1 : recall)} (${found} of ${truth})`, value: recall },
    ];
  }
}
