// The verdicts of TransactionSchema and RecurringStreamSchema without zod: true exactly when the
// schema's `safeParse(value)` succeeds, at a fraction of the cost. The quality pass checks every
// record of a dataset (millions of transactions at scale) and only needs the verdict; a record that
// fails is parsed by zod for its issues. The rules are the schemas', restated field by field;
// test/schemas/verdicts.test.ts holds each to its schema's verdict over generated records and a corpus
// of mutations of every field.
import { PFC_CONFIDENCE_LEVELS } from "../data/pfc-taxonomy.ts";
import { isIsoDate, toDay } from "../units/dates.ts";
import { hasCentPrecision } from "../units/money.ts";
import { PAYMENT_CHANNELS } from "./common.ts";
import { RecurringStreamSchema, STREAM_FREQUENCIES, STREAM_STATUSES } from "./recurring-stream.ts";
import { INFLOW_PRIMARIES, isPfcPair, OUTFLOW_PRIMARIES, TransactionSchema } from "./transaction.ts";

const USER_ID = /^user_\d{3,}$/;
const DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const CONFIDENCE = new Set<unknown>(PFC_CONFIDENCE_LEVELS);
const CHANNELS = new Set<unknown>(PAYMENT_CHANNELS);
const FREQUENCIES = new Set<unknown>(STREAM_FREQUENCIES);
const STATUSES = new Set<unknown>(STREAM_STATUSES);
const LOCATION_TEXT = ["address", "city", "region", "postal_code", "country", "store_number"] as const;
const LOCATION_KEYS = [...LOCATION_TEXT, "lat", "lon"] as const;

type Fields = Record<string, unknown>;

/** Lowercase hex digits by char code (the UUID pattern's `[0-9a-f]`). */
const HEX = new Uint8Array(65536);
for (const c of "0123456789abcdef") HEX[c.charCodeAt(0)] = 1;

/** `^${prefix}[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$` (uuidIdWithPrefix), char by char. */
export function isPrefixedUuid(v: unknown, prefix: string): boolean {
  if (typeof v !== "string" || v.length !== prefix.length + 36 || !v.startsWith(prefix)) return false;
  const start = prefix.length;
  for (let i = 0; i < 36; i++) {
    const code = v.charCodeAt(start + i);
    // The dashes are at 8, 13, 18 and 23.
    const dash = i === 8 || i === 13 || i === 18 || i === 23;
    if (dash ? code !== 45 : HEX[code] !== 1) return false;
  }
  return true;
}

/** zod's object test: a non-null, non-array object. */
const isObject = (v: unknown): v is Fields => typeof v === "object" && v !== null && !Array.isArray(v);
const isText = (v: unknown, min = 0): v is string => typeof v === "string" && v.length >= min;
const isDate = (v: unknown): v is string => typeof v === "string" && isIsoDate(v);
/** zod 4's `z.number()`: finite numbers only. */
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isNullableNumberIn = (v: unknown, min: number, max: number) =>
  v === null || (isNumber(v) && v >= min && v <= max);

function locationValid(loc: unknown): loc is Fields {
  if (!isObject(loc)) return false;
  for (const key of LOCATION_TEXT) {
    const v = loc[key];
    if (v !== null && typeof v !== "string") return false;
  }
  return isNullableNumberIn(loc.lat, -90, 90) && isNullableNumberIn(loc.lon, -180, 180);
}

function categoryValid(c: unknown): c is Fields & { primary: string; detailed: string } {
  return (
    isObject(c) &&
    isText(c.primary) &&
    isText(c.detailed) &&
    CONFIDENCE.has(c.confidence_level) &&
    isPfcPair(c.primary, c.detailed)
  );
}

/** The field schemas of TransactionSchema, before its record-level rules. */
function fieldsValid(t: Fields): boolean {
  return (
    isPrefixedUuid(t.transaction_id, "txn_") &&
    isPrefixedUuid(t.account_id, "acc_") &&
    typeof t.user_id === "string" &&
    USER_ID.test(t.user_id) &&
    isDate(t.date) &&
    (t.authorized_date === null || isDate(t.authorized_date)) &&
    isNumber(t.amount) &&
    hasCentPrecision(t.amount) &&
    t.iso_currency_code === "USD" &&
    isText(t.name, 1) &&
    (t.merchant_name === null || isText(t.merchant_name, 1)) &&
    CHANNELS.has(t.payment_channel) &&
    categoryValid(t.personal_finance_category) &&
    typeof t.pending === "boolean" &&
    locationValid(t.location) &&
    (t.transfer_id === null || isText(t.transfer_id, 1)) &&
    (t.stream_id === null || isText(t.stream_id, 1))
  );
}

/** TransactionSchema's record-level rules (its superRefine), on a record whose fields are valid. */
function recordValid(t: Fields): boolean {
  const date = t.date as string;
  const authorized = t.authorized_date as string | null;
  if (authorized !== null && DAY_SHAPE.test(date) && DAY_SHAPE.test(authorized) && toDay(authorized) > toDay(date))
    return false;
  const primary = (t.personal_finance_category as { primary: string }).primary;
  const amount = t.amount as number;
  if (INFLOW_PRIMARIES.has(primary) && amount <= 0) return false;
  if (OUTFLOW_PRIMARIES.has(primary) && amount >= 0) return false;
  const loc = t.location as Fields;
  if (
    t.payment_channel === "in store" &&
    (loc.city === null || loc.region === null || loc.postal_code === null || loc.country === null)
  )
    return false;
  // zod's rule sees the parsed location, which holds only the eight keys.
  if (t.payment_channel === "online" && LOCATION_KEYS.some((k) => loc[k] !== null)) return false;
  return true;
}

/**
 * True exactly when `TransactionSchema.safeParse(value).success`.
 *
 * @example
 * transactionIsValid(transactionFactory.build()); // true
 * transactionIsValid({ ...t, amount: 1.005 });   // false
 */
export function transactionIsValid(value: unknown): boolean {
  return isObject(value) && fieldsValid(value) && recordValid(value);
}

/** Every element (holes included, as zod reads them) is a transaction id. */
function allTransactionIds(ids: unknown[]): boolean {
  for (let i = 0; i < ids.length; i++) if (!isPrefixedUuid(ids[i], "txn_")) return false;
  return true;
}

/**
 * True exactly when `RecurringStreamSchema.safeParse(value).success`.
 *
 * @example
 * streamIsValid(customer.recurringStreams[0]); // true
 */
export function streamIsValid(value: unknown): boolean {
  if (!isObject(value)) return false;
  const s = value;
  const ids = s.transaction_ids;
  const fields =
    isPrefixedUuid(s.stream_id, "stream_") &&
    isPrefixedUuid(s.account_id, "acc_") &&
    typeof s.user_id === "string" &&
    USER_ID.test(s.user_id) &&
    isText(s.description, 1) &&
    (s.merchant_name === null || isText(s.merchant_name, 1)) &&
    FREQUENCIES.has(s.frequency) &&
    isDate(s.first_date) &&
    isDate(s.last_date) &&
    isNumber(s.average_amount) &&
    hasCentPrecision(s.average_amount) &&
    isNumber(s.last_amount) &&
    hasCentPrecision(s.last_amount) &&
    s.iso_currency_code === "USD" &&
    typeof s.is_active === "boolean" &&
    STATUSES.has(s.status) &&
    categoryValid(s.personal_finance_category) &&
    Array.isArray(ids) &&
    ids.length >= 1 &&
    allTransactionIds(ids);
  if (!fields) return false;
  if ((s.first_date as string) > (s.last_date as string)) return false;
  return !(s.status === "MATURE" && (ids as unknown[]).length < 3);
}

const VERDICTS = new Map<unknown, (value: unknown) => boolean>([
  [TransactionSchema, transactionIsValid],
  [RecurringStreamSchema, streamIsValid],
]);

/** The verdict function standing for `schema`, when there is one (readers of large files use it before zod). */
export function verdictFor(schema: unknown): ((value: unknown) => boolean) | undefined {
  return VERDICTS.get(schema);
}
