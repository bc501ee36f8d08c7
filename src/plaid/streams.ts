// Toolkit recurring streams to Plaid's `TransactionStream` and back.
import { PersonalFinanceCategoryVersion, type TransactionStream, type TransactionStreamAmount } from "plaid";
import type { RecurringStream } from "../schemas/recurring-stream.ts";
import { unsupported } from "./conversion-error.ts";
import { nextOccurrence } from "./dates.ts";
import { FREQUENCY, keyOf, STREAM_STATUS } from "./enums.ts";
import { flipSign } from "./money.ts";
import { toolkitPfc } from "./transactions.ts";

function amountObject(toolkitAmount: number): TransactionStreamAmount {
  return { amount: flipSign(toolkitAmount), iso_currency_code: "USD", unofficial_currency_code: null };
}

/** True for a stream of money arriving (Plaid's `inflow_streams`): positive in the toolkit, negative in Plaid. */
export function isInflow(s: RecurringStream): boolean {
  return s.average_amount > 0;
}

/**
 * One toolkit stream as Plaid's `TransactionStream`: amounts as Plaid amount objects with Plaid's
 * sign (inflows negative), `predicted_next_date` one period after `last_date` while the stream is
 * active, and the deprecated fields as Plaid sends them (`category`/`category_id` null,
 * `is_user_modified` false).
 *
 * @example
 * toPlaidStream(payroll).average_amount; // { amount: -3912.27, iso_currency_code: "USD", unofficial_currency_code: null }
 */
export function toPlaidStream(s: RecurringStream): TransactionStream {
  return {
    stream_id: s.stream_id,
    account_id: s.account_id,
    category: null,
    category_id: null,
    description: s.description,
    merchant_name: s.merchant_name,
    first_date: s.first_date,
    last_date: s.last_date,
    predicted_next_date: s.is_active ? nextOccurrence(s.last_date, s.frequency) : null,
    frequency: FREQUENCY[s.frequency],
    transaction_ids: [...s.transaction_ids],
    average_amount: amountObject(s.average_amount),
    last_amount: amountObject(s.last_amount),
    is_active: s.is_active,
    status: STREAM_STATUS[s.status],
    personal_finance_category: { ...s.personal_finance_category, version: PersonalFinanceCategoryVersion.V2 },
    is_user_modified: false,
  };
}

/** A Plaid `TransactionStream` back as a toolkit stream; throws `PlaidConversionError` for what the toolkit does not model. */
export function fromPlaidStream(p: TransactionStream, keys: { user_id: string }): RecurringStream {
  const amount = (a: TransactionStreamAmount, field: string): number => {
    if (a.iso_currency_code !== "USD")
      unsupported([field, "iso_currency_code"], `only USD is modelled, got ${String(a.iso_currency_code)}`);
    return flipSign(a.amount ?? unsupported([field, "amount"], "an amount is required"));
  };
  return {
    stream_id: p.stream_id,
    account_id: p.account_id,
    user_id: keys.user_id,
    description: p.description,
    merchant_name: p.merchant_name,
    frequency: keyOf(FREQUENCY, p.frequency) ?? unsupported(["frequency"], `unknown frequency ${p.frequency}`),
    first_date: p.first_date,
    last_date: p.last_date,
    average_amount: amount(p.average_amount, "average_amount"),
    last_amount: amount(p.last_amount, "last_amount"),
    iso_currency_code: "USD",
    is_active: p.is_active,
    status: keyOf(STREAM_STATUS, p.status) ?? unsupported(["status"], `unknown status ${p.status}`),
    personal_finance_category: toolkitPfc(p.personal_finance_category),
    transaction_ids: [...p.transaction_ids],
  };
}
