// The six tables: users, accounts, transactions, liabilities, recurring_streams, life_events.
// Columns are declared in a fixed order; nested fields are flattened (location_*, pfc_*) or kept as
// JSON text (user metadata, id lists).
import type { Account } from "../schemas/account.ts";
import type { Liability } from "../schemas/liability.ts";
import type { LifeEvent } from "../schemas/life-event.ts";
import type { RecurringStream } from "../schemas/recurring-stream.ts";
import type { Transaction } from "../schemas/transaction.ts";
import type { User } from "../schemas/user.ts";
import type { Column, TableSpec } from "./columns.ts";

type Row = Readonly<Record<string, unknown>>;

function col<R>(name: string, kind: Column<R>["kind"], get?: (r: R) => unknown): Column<R> {
  return { name, kind, get: (get ?? ((r: R) => (r as Record<string, unknown>)[name])) as Column<R>["get"] };
}

export const usersTable: TableSpec<User> = {
  table: "users",
  file: "synthetic_users.csv",
  entity: "user",
  key: "user_id",
  columns: [
    col("user_id", "text"),
    col("name", "text"),
    col("email", "text"),
    col("created_at", "text"),
    col("metadata", "json"),
  ],
  fromRow: (r: Row) => ({
    user_id: r.user_id,
    name: r.name,
    email: r.email,
    created_at: r.created_at,
    metadata: r.metadata,
  }),
};

export const accountsTable: TableSpec<Account> = {
  table: "accounts",
  file: "synthetic_accounts.csv",
  entity: "account",
  key: "account_id",
  columns: [
    col("account_id", "text"),
    col("user_id", "text"),
    col("type", "text"),
    col("subtype", "text"),
    col("name", "text"),
    col("official_name", "text?"),
    col("mask", "text"),
    col("current_balance", "money"),
    col("available_balance", "money?"),
    col("credit_limit", "money?"),
    col("iso_currency_code", "text"),
    col("opening_balance", "money"),
  ],
  fromRow: (r: Row) => ({ ...r }),
};

const LOCATION_KEYS = ["address", "city", "region", "postal_code", "country", "lat", "lon", "store_number"] as const;

export const transactionsTable: TableSpec<Transaction> = {
  table: "transactions",
  file: "synthetic_transactions.csv",
  entity: "transaction",
  key: "transaction_id",
  columns: [
    col("transaction_id", "text"),
    col("account_id", "text"),
    col("user_id", "text"),
    col("date", "text"),
    col("authorized_date", "text?"),
    col("amount", "money"),
    col("iso_currency_code", "text"),
    col("name", "text"),
    col("merchant_name", "text?"),
    col("payment_channel", "text"),
    col("pfc_primary", "text", (t: Transaction) => t.personal_finance_category.primary),
    col("pfc_detailed", "text", (t: Transaction) => t.personal_finance_category.detailed),
    col("pfc_confidence_level", "text", (t: Transaction) => t.personal_finance_category.confidence_level),
    col("pending", "bool"),
    ...LOCATION_KEYS.map((k) =>
      col<Transaction>(`location_${k}`, k === "lat" || k === "lon" ? "real?" : "text?", (t) => t.location[k]),
    ),
    col("transfer_id", "text?"),
    col("stream_id", "text?"),
  ],
  fromRow: (r: Row) => ({
    transaction_id: r.transaction_id,
    account_id: r.account_id,
    user_id: r.user_id,
    date: r.date,
    authorized_date: r.authorized_date,
    amount: r.amount,
    iso_currency_code: r.iso_currency_code,
    name: r.name,
    merchant_name: r.merchant_name,
    payment_channel: r.payment_channel,
    personal_finance_category: {
      primary: r.pfc_primary,
      detailed: r.pfc_detailed,
      confidence_level: r.pfc_confidence_level,
    },
    pending: r.pending,
    // Spelled out (not built from LOCATION_KEYS): this runs for every row a loader reads, and the
    // generic form (a template key per field, an array per entry) was 6 % of a 10,000-user load.
    location: {
      address: r.location_address,
      city: r.location_city,
      region: r.location_region,
      postal_code: r.location_postal_code,
      country: r.location_country,
      lat: r.location_lat,
      lon: r.location_lon,
      store_number: r.location_store_number,
    },
    transfer_id: r.transfer_id,
    stream_id: r.stream_id,
  }),
};

export const liabilitiesTable: TableSpec<Liability> = {
  table: "liabilities",
  file: "synthetic_liabilities.csv",
  entity: "liability",
  key: "liability_id",
  columns: [
    col("liability_id", "text"),
    col("account_id", "text"),
    col("user_id", "text"),
    col("type", "text"),
    col("apr_percentage", "real?"),
    col("apr_type", "text?"),
    col("interest_rate_percentage", "real?"),
    col("minimum_payment_amount", "money"),
    col("last_payment_amount", "money?"),
    col("last_payment_date", "text?"),
    col("last_statement_balance", "money?"),
    col("next_payment_due_date", "text?"),
    col("is_overdue", "bool"),
  ],
  fromRow: (r: Row) => ({ ...r }),
};

export const recurringStreamsTable: TableSpec<RecurringStream> = {
  table: "recurring_streams",
  file: "recurring_streams.csv",
  entity: "recurring stream",
  key: "stream_id",
  columns: [
    col("stream_id", "text"),
    col("account_id", "text"),
    col("user_id", "text"),
    col("description", "text"),
    col("merchant_name", "text?"),
    col("frequency", "text"),
    col("first_date", "text"),
    col("last_date", "text"),
    col("average_amount", "money"),
    col("last_amount", "money"),
    col("iso_currency_code", "text"),
    col("is_active", "bool"),
    col("status", "text"),
    col("pfc_primary", "text", (s: RecurringStream) => s.personal_finance_category.primary),
    col("pfc_detailed", "text", (s: RecurringStream) => s.personal_finance_category.detailed),
    col("pfc_confidence_level", "text", (s: RecurringStream) => s.personal_finance_category.confidence_level),
    col("transaction_ids", "json"),
  ],
  fromRow: (r: Row) => ({
    stream_id: r.stream_id,
    account_id: r.account_id,
    user_id: r.user_id,
    description: r.description,
    merchant_name: r.merchant_name,
    frequency: r.frequency,
    first_date: r.first_date,
    last_date: r.last_date,
    average_amount: r.average_amount,
    last_amount: r.last_amount,
    iso_currency_code: r.iso_currency_code,
    is_active: r.is_active,
    status: r.status,
    personal_finance_category: {
      primary: r.pfc_primary,
      detailed: r.pfc_detailed,
      confidence_level: r.pfc_confidence_level,
    },
    transaction_ids: r.transaction_ids,
  }),
};

export const lifeEventsTable: TableSpec<LifeEvent> = {
  table: "life_events",
  file: "life_events.csv",
  entity: "life event",
  key: "life_event_id",
  columns: [
    col("life_event_id", "text"),
    col("user_id", "text"),
    col("kind", "text"),
    col("start_date", "text"),
    col("end_date", "text"),
    col("amount", "money"),
    col("transaction_ids", "json"),
  ],
  fromRow: (r: Row) => ({ ...r }),
};

/** Every table, parents before children (the order to load and persist in). */
export const TABLES = [
  usersTable,
  accountsTable,
  recurringStreamsTable,
  transactionsTable,
  liabilitiesTable,
  lifeEventsTable,
] as const;
