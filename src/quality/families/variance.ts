// Variance: QC-5 (each recurring series within ±10 % of its median; no discretionary category with
// zero variance), and the monthly spending chart.
import type { RecurringStream } from "../../schemas/recurring-stream.ts";
import type { Transaction } from "../../schemas/transaction.ts";
import { toCents } from "../../units/money.ts";
import { CHECK_RULES } from "../check-table.ts";
import { Family, type Measurement } from "../family.ts";
import type { InspectedCustomer } from "../inspect.ts";
import { isPurchase } from "./completeness.ts";

/** Does any amount of the stream stray more than the tolerance from the median? null when it has no amounts. */
function seriesOutside(stream: RecurringStream, amountOf: ReadonlyMap<string, number>): boolean | null {
  const values = stream.transaction_ids.map((id) => amountOf.get(id)).filter((v): v is number => v !== undefined);
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  const median = values[Math.floor(values.length / 2)] as number;
  return values.some((v) => Math.abs(v - median) > CHECK_RULES.seriesTolerance * median + 1e-9);
}

/** Spending that the monthly chart shows: money out that is not a transfer or a loan payment. */
export function isSpending(t: Transaction): boolean {
  const primary = t.personal_finance_category.primary;
  return t.amount < 0 && t.transfer_id === null && primary !== "TRANSFER_OUT" && primary !== "LOAN_PAYMENTS";
}

export class VarianceFamily extends Family<VarianceFamily> {
  private streams = 0;
  private streamsOutside = 0;
  /** Detailed category -> range of discretionary purchase amounts. */
  private readonly discretionary = new Map<string, { min: number; max: number; n: number }>();
  /** Month (YYYY-MM) -> PFC primary -> cents spent. */
  private readonly monthly = new Map<string, Map<string, number>>();

  add({ valid }: InspectedCustomer): void {
    const amountOf = new Map(valid.transactions.map((t) => [t.transaction_id, Math.abs(t.amount)]));
    for (const s of valid.recurringStreams) {
      const outside = seriesOutside(s, amountOf);
      if (outside === null) continue;
      this.streams++;
      if (outside) this.streamsOutside++;
    }
    for (const t of valid.transactions) {
      if (isPurchase(t) && t.stream_id === null)
        this.widen(t.personal_finance_category.detailed, { min: t.amount, max: t.amount, n: 1 });
      if (isSpending(t)) this.spend(t.date.slice(0, 7), t.personal_finance_category.primary, -toCents(t.amount));
    }
  }

  private widen(category: string, range: { min: number; max: number; n: number }): void {
    const d = this.discretionary.get(category);
    if (!d) this.discretionary.set(category, { ...range });
    else
      this.discretionary.set(category, {
        min: Math.min(d.min, range.min),
        max: Math.max(d.max, range.max),
        n: d.n + range.n,
      });
  }

  private spend(month: string, primary: string, cents: number): void {
    let row = this.monthly.get(month);
    if (!row) this.monthly.set(month, (row = new Map()));
    row.set(primary, (row.get(primary) ?? 0) + cents);
  }

  merge(other: VarianceFamily): void {
    this.streams += other.streams;
    this.streamsOutside += other.streamsOutside;
    for (const [category, range] of other.discretionary) this.widen(category, range);
    for (const [month, row] of other.monthly) for (const [primary, cents] of row) this.spend(month, primary, cents);
  }

  measure(): Measurement[] {
    const flat = [...this.discretionary]
      .filter(([, d]) => d.n >= 2 && d.min === d.max)
      .map(([k]) => k)
      .sort();
    const measured = `${this.streamsOutside} of ${this.streams} series outside ±${CHECK_RULES.seriesTolerance * 100}%; ${flat.length} flat categories${flat.length ? ` (${flat.join(", ")})` : ""}`;
    return [{ id: "QC-5", measured, value: this.streamsOutside + flat.length }];
  }

  /** Month (YYYY-MM) -> PFC primary -> dollars spent, both sorted. */
  monthlySpending(): Record<string, Record<string, number>> {
    const out: Record<string, Record<string, number>> = {};
    for (const month of [...this.monthly.keys()].sort()) {
      out[month] = Object.fromEntries(
        [...(this.monthly.get(month) as Map<string, number>)].sort().map(([k, v]) => [k, v / 100]),
      );
    }
    return out;
  }
}
