// Toolkit transactions to Plaid's `Transaction` and back.
import {
  type PersonalFinanceCategory as PlaidPfc,
  PersonalFinanceCategoryVersion,
  type Transaction as PlaidTransaction,
  type TransactionCounterparty,
} from "plaid";
import { PFC_CONFIDENCE_LEVELS } from "../data/pfc-taxonomy.ts";
import type { PersonalFinanceCategory, Transaction } from "../schemas/transaction.ts";
import { unsupported } from "./conversion-error.ts";
import { COUNTERPARTY_TYPE, keyOf, PAYMENT_CHANNEL, TRANSACTION_TYPE } from "./enums.ts";
import { MERCHANT_WEB } from "./merchant-web.ts";
import { flipSign } from "./money.ts";
import { opaqueId } from "./ids.ts";

/**
 * A stable 37-character id for a merchant, shaped like Plaid's `merchant_entity_id`: derived from
 * the merchant's name only, so every transaction of a brand shares it across users and runs.
 */
export function merchantEntityId(merchantName: string): string {
  return opaqueId(`merchant:${merchantName}`);
}

/** Plaid's icon for a PFC primary (one 100x100 PNG per primary). */
export function pfcIconUrl(primary: string): string {
  return `https://plaid-category-icons.plaid.com/PFC_${primary}.png`;
}

function counterpartiesOf(t: Transaction): TransactionCounterparty[] {
  if (t.merchant_name === null) return [];
  const web = MERCHANT_WEB[t.merchant_name];
  return [
    {
      name: t.merchant_name,
      type: COUNTERPARTY_TYPE[web?.counterparty ?? "merchant"],
      website: web?.website ?? null,
      logo_url: null,
      entity_id: merchantEntityId(t.merchant_name),
      confidence_level: t.personal_finance_category.confidence_level,
    },
  ];
}

/**
 * One toolkit transaction as Plaid's `Transaction`: the amount's sign flipped (Plaid: money out is
 * positive), every required key present, and the values Plaid would not know (`datetime`,
 * `transaction_code`, `account_owner`, `logo_url`) null. A transfer leg carries the toolkit's
 * `transfer_id` as `payment_meta.reference_number`, shared by both legs.
 *
 * @example
 * toPlaidTransaction(t).amount === -t.amount; // a $5.75 coffee: -5.75 here, 5.75 in Plaid
 */
export function toPlaidTransaction(t: Transaction): PlaidTransaction {
  const web = t.merchant_name === null ? undefined : MERCHANT_WEB[t.merchant_name];
  return {
    transaction_id: t.transaction_id,
    account_id: t.account_id,
    amount: flipSign(t.amount),
    iso_currency_code: t.iso_currency_code,
    unofficial_currency_code: null,
    date: t.date,
    authorized_date: t.authorized_date,
    datetime: null,
    authorized_datetime: null,
    pending: t.pending,
    pending_transaction_id: null,
    name: t.name,
    merchant_name: t.merchant_name,
    merchant_entity_id: t.merchant_name === null ? null : merchantEntityId(t.merchant_name),
    logo_url: null,
    website: web?.website ?? null,
    payment_channel: PAYMENT_CHANNEL[t.payment_channel],
    transaction_type: TRANSACTION_TYPE[t.payment_channel],
    transaction_code: null,
    check_number: null,
    location: { ...t.location },
    payment_meta: {
      reference_number: t.transfer_id,
      ppd_id: null,
      payee: null,
      by_order_of: null,
      payer: null,
      payment_method: null,
      payment_processor: null,
      reason: null,
    },
    account_owner: null,
    personal_finance_category: { ...t.personal_finance_category, version: PersonalFinanceCategoryVersion.V2 },
    personal_finance_category_icon_url: pfcIconUrl(t.personal_finance_category.primary),
    counterparties: counterpartiesOf(t),
  };
}

/** A Plaid personal finance category as the toolkit's (v2 codes, one of the documented confidence levels). */
export function toolkitPfc(pfc: PlaidPfc | null | undefined): PersonalFinanceCategory {
  if (!pfc) unsupported(["personal_finance_category"], "a personal_finance_category is required");
  const confidence = PFC_CONFIDENCE_LEVELS.find((level) => level === pfc.confidence_level);
  if (confidence === undefined)
    unsupported(
      ["personal_finance_category", "confidence_level"],
      `unknown confidence_level ${String(pfc.confidence_level)}`,
    );
  return { primary: pfc.primary, detailed: pfc.detailed, confidence_level: confidence };
}

/** The toolkit keys a Plaid transaction has no field for. */
export interface TransactionKeys {
  user_id: string;
  /** The recurring stream whose `transaction_ids` hold this transaction, if any. */
  stream_id: string | null;
}

/**
 * A Plaid `Transaction` back as a toolkit transaction (sign flipped back). Throws a
 * `PlaidConversionError` for values the toolkit does not model (a currency other than USD, a
 * transaction without a personal finance category).
 */
export function fromPlaidTransaction(p: PlaidTransaction, keys: TransactionKeys): Transaction {
  if (p.iso_currency_code !== "USD")
    unsupported(["iso_currency_code"], `only USD is modelled, got ${String(p.iso_currency_code)}`);
  const channel =
    keyOf(PAYMENT_CHANNEL, p.payment_channel) ??
    unsupported(["payment_channel"], `unknown payment_channel ${p.payment_channel}`);
  const pfc = toolkitPfc(p.personal_finance_category);
  const l = p.location;
  return {
    transaction_id: p.transaction_id,
    account_id: p.account_id,
    user_id: keys.user_id,
    date: p.date,
    authorized_date: p.authorized_date,
    amount: flipSign(p.amount),
    iso_currency_code: "USD",
    name: p.name,
    merchant_name: p.merchant_name ?? null,
    payment_channel: channel,
    personal_finance_category: pfc,
    pending: p.pending,
    location: {
      address: l.address ?? null,
      city: l.city ?? null,
      region: l.region ?? null,
      postal_code: l.postal_code ?? null,
      country: l.country ?? null,
      lat: l.lat ?? null,
      lon: l.lon ?? null,
      store_number: l.store_number ?? null,
    },
    transfer_id: p.payment_meta.reference_number ?? null,
    stream_id: keys.stream_id,
  };
}
