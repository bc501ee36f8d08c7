// Completeness: QC-1 (required cells present) and QC-2 (optional fields present where they apply).
import type { Customer } from "../../dataset/customer.ts";
import type { Transaction } from "../../schemas/transaction.ts";
import { Family, type Measurement, pct } from "../family.ts";
import type { InspectedCustomer } from "../inspect.ts";

/** Primaries that are not purchases (no merchant expected). */
export const NON_DISCRETIONARY = new Set([
  "INCOME",
  "TRANSFER_IN",
  "TRANSFER_OUT",
  "LOAN_PAYMENTS",
  "LOAN_DISBURSEMENTS",
  "RENT_AND_UTILITIES",
  "BANK_FEES",
]);

/** Money out to a merchant: not a transfer, a loan payment, a bill or a fee. */
export function isPurchase(t: Transaction): boolean {
  return t.amount < 0 && t.transfer_id === null && !NON_DISCRETIONARY.has(t.personal_finance_category?.primary);
}

const missing = (v: unknown) => v === null || v === undefined || v === "";

/** The required cells of a customer's records (every record, valid or not). */
function requiredCells(c: Customer): unknown[] {
  const u = c.user;
  const cells: unknown[] = [u.user_id, u.name, u.email, u.created_at, u.metadata];
  for (const a of c.accounts)
    cells.push(a.account_id, a.user_id, a.type, a.subtype, a.name, a.mask, a.current_balance, a.iso_currency_code);
  for (const t of c.transactions)
    cells.push(
      t.transaction_id,
      t.account_id,
      t.user_id,
      t.date,
      t.amount,
      t.name,
      t.payment_channel,
      t.personal_finance_category?.detailed,
    );
  return cells;
}

/** The optional cells that apply: every account's official name; on valid transactions, as documented in QC-2. */
function optionalCells(raw: Customer, valid: Customer): unknown[] {
  const cells: unknown[] = raw.accounts.map((a) => a.official_name);
  for (const t of valid.transactions) {
    cells.push(t.authorized_date);
    if (isPurchase(t)) cells.push(t.merchant_name);
    if (t.payment_channel === "in store") cells.push(t.location.city, t.location.region, t.location.postal_code);
  }
  return cells;
}

export class CompletenessFamily extends Family<CompletenessFamily> {
  private required = 0;
  private missingRequired = 0;
  private optional = 0;
  private missingOptional = 0;

  add({ raw, valid }: InspectedCustomer): void {
    const required = requiredCells(raw);
    this.required += required.length;
    this.missingRequired += required.filter(missing).length;
    const optional = optionalCells(raw, valid);
    this.optional += optional.length;
    this.missingOptional += optional.filter(missing).length;
  }

  merge(other: CompletenessFamily): void {
    this.required += other.required;
    this.missingRequired += other.missingRequired;
    this.optional += other.optional;
    this.missingOptional += other.missingOptional;
  }

  measure(): Measurement[] {
    const req = this.required === 0 ? 0 : this.missingRequired / this.required;
    const opt = this.optional === 0 ? 0 : this.missingOptional / this.optional;
    return [
      { id: "QC-1", measured: `${pct(req)} (${this.missingRequired} of ${this.required})`, value: req },
      { id: "QC-2", measured: `${pct(opt)} (${this.missingOptional} of ${this.optional})`, value: opt },
    ];
  }
}
