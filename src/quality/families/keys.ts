// Keys and dates: QC-3 (foreign keys point at the customer's own records, transaction ids unique
// across the dataset) and QC-4 (transaction dates within the window).
import { CHECK_RULES } from "../check-table.ts";
import { eg, Family, type Measurement, type QualityContext } from "../family.ts";
import type { InspectedCustomer } from "../inspect.ts";
import { IdLog } from "../id-log.ts";
import { Examples } from "../sample.ts";

/** The broken references of one customer's valid records, as example texts. */
function brokenReferences({ valid }: InspectedCustomer): string[] {
  const userId = valid.user.user_id;
  const accounts = new Map(valid.accounts.map((a) => [a.account_id, a]));
  const broken: string[] = [];
  for (const t of valid.transactions) {
    const account = accounts.get(t.account_id);
    if (!account || account.user_id !== t.user_id || t.user_id !== userId)
      broken.push(`transaction ${t.transaction_id} -> account ${t.account_id}`);
  }
  for (const a of valid.accounts) if (a.user_id !== userId) broken.push(`account ${a.account_id} -> user ${a.user_id}`);
  for (const l of valid.liabilities) {
    if (!accounts.has(l.account_id) || l.user_id !== userId)
      broken.push(`liability ${l.liability_id} -> account ${l.account_id}`);
  }
  return broken;
}

export class KeysFamily extends Family<KeysFamily> {
  private broken = 0;
  private readonly examples = new Examples(CHECK_RULES.examples);
  /** Every transaction id seen (compact: 16 bytes an id); its duplicates are counted when measured. */
  private readonly ids = new IdLog("txn_");
  private transactions = 0;
  private outside = 0;

  constructor(private readonly context: QualityContext) {
    super();
  }

  add(customer: InspectedCustomer): void {
    const broken = brokenReferences(customer);
    this.broken += broken.length;
    broken.forEach((text, seq) => this.examples.note({ user: String(customer.raw.user?.user_id), seq }, text));
    const { startDate, endDate } = this.context;
    for (const t of customer.valid.transactions) {
      this.ids.add(t.transaction_id);
      this.transactions++;
      if (!(t.date >= startDate && t.date <= endDate)) this.outside++;
    }
  }

  merge(other: KeysFamily): void {
    this.broken += other.broken;
    this.examples.merge(other.examples);
    this.ids.merge(other.ids);
    this.transactions += other.transactions;
    this.outside += other.outside;
  }

  measure(): Measurement[] {
    const duplicates = this.ids.duplicates();
    return [
      {
        id: "QC-3",
        measured: `${this.broken} broken references, ${duplicates} duplicate transaction ids${eg(this.examples.texts)}`,
        value: this.broken + duplicates,
      },
      { id: "QC-4", measured: `${this.outside} of ${this.transactions} outside`, value: this.outside },
    ];
  }
}
