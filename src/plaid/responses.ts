// Response builders: each endpoint's answer for one Item, typed as the `plaid` package's response.
// Pure functions of the Item (and, for sync, its change log); a bad field throws a
// `PlaidRequestError` carrying the error Plaid would answer.
import {
  type AccountBase,
  type AccountsGetResponse,
  type Item,
  type ItemGetResponse,
  ItemUpdateTypeEnum,
  ItemWithConsentFieldsUpdateTypeEnum,
  type LiabilitiesGetResponse,
  PersonalFinanceCategoryVersion,
  Products,
  type Transaction as PlaidTransaction,
  type TransactionsGetResponse,
  type TransactionsRecurringGetResponse,
  type TransactionsSyncResponse,
  TransactionsUpdateStatus,
} from "plaid";
import { isIsoDate } from "../units/dates.ts";
import { ERRORS, PlaidRequestError } from "./errors.ts";
import { opaqueId } from "./ids.ts";
import type { PlaidItem } from "./items.ts";
import { decodeCursor, encodeCursor, readPage, SyncLog } from "./sync.ts";

/** Plaid's limits for `count` on /transactions/get and /transactions/sync. */
export const COUNT_LIMITS = { min: 1, max: 500, defaultGet: 100, defaultSync: 100 } as const;

/** A request id derived from the request, so equal requests get equal ids (Plaid's look like `m8MDnv9okwxFNBV`). */
export function requestIdOf(endpoint: string, item: PlaidItem, body: unknown): string {
  return opaqueId(`request:${endpoint}:${item.item_id}:${JSON.stringify(body ?? null)}`, 15);
}

function timestamp(date: string): string {
  return `${date}T00:00:00Z`;
}

/** The Item object every response carries. */
export function itemObject(item: PlaidItem): Item {
  const hasLiabilities = item.records.accounts.some((a) => a.type === "credit" || a.type === "loan");
  const billed = hasLiabilities ? [Products.Liabilities, Products.Transactions] : [Products.Transactions];
  return {
    item_id: item.item_id,
    institution_id: item.institution?.institution_id ?? null,
    institution_name: item.institution?.name ?? null,
    webhook: null,
    error: null,
    available_products: [Products.Balance],
    billed_products: billed,
    products: billed,
    consent_expiration_time: null,
    update_type: ItemUpdateTypeEnum.Background,
  };
}

function selectAccounts(item: PlaidItem, accountIds: readonly string[] | undefined): AccountBase[] {
  if (accountIds === undefined) return item.plaid.accounts;
  for (const id of accountIds)
    if (!item.plaid.accounts.some((a) => a.account_id === id)) throw new PlaidRequestError(ERRORS.invalidAccountId(id));
  return item.plaid.accounts.filter((a) => accountIds.includes(a.account_id));
}

/** `/accounts/get` (and `/accounts/balance/get`, which answers the same shape): the Item's accounts, optionally only `account_ids`. */
export function accountsGetResponse(
  item: PlaidItem,
  request: { options?: { account_ids?: string[] } } = {},
  requestId = requestIdOf("/accounts/get", item, request),
): AccountsGetResponse {
  return {
    accounts: selectAccounts(item, request.options?.account_ids),
    item: itemObject(item),
    request_id: requestId,
  };
}

function checkCount(count: number | undefined, fallback: number, max: number = COUNT_LIMITS.max): number {
  if (count === undefined) return fallback;
  if (!Number.isInteger(count) || count < COUNT_LIMITS.min || count > max) {
    throw new PlaidRequestError(
      ERRORS.invalidField(`count must be an integer between ${COUNT_LIMITS.min} and ${max}, got ${String(count)}`),
    );
  }
  return count;
}

export interface TransactionsGetInput {
  start_date: string;
  end_date: string;
  options?: { count?: number; offset?: number; account_ids?: string[] };
}

/** Newest first, as Plaid orders /transactions/get; ties by transaction id so pages are stable. */
function newestFirst(a: PlaidTransaction, b: PlaidTransaction): number {
  return a.date > b.date
    ? -1
    : a.date < b.date
      ? 1
      : a.transaction_id < b.transaction_id
        ? -1
        : a.transaction_id > b.transaction_id
          ? 1
          : 0;
}

/**
 * `/transactions/get`: the Item's transactions dated `start_date`..`end_date` (inclusive), newest
 * first, `count` (1-500, default 100) from `offset` (default 0); `total_transactions` counts all
 * that match, so a client pages until `offset >= total_transactions`.
 */
export function transactionsGetResponse(
  item: PlaidItem,
  request: TransactionsGetInput,
  current: Iterable<PlaidTransaction> = item.plaid.transactions,
  requestId = requestIdOf("/transactions/get", item, request),
  maxCount: number = COUNT_LIMITS.max,
): TransactionsGetResponse {
  const { start_date, end_date } = request;
  if (!isIsoDate(start_date))
    throw new PlaidRequestError(
      ERRORS.invalidField(`start_date must be a date in the format YYYY-MM-DD, got ${JSON.stringify(start_date)}`),
    );
  if (!isIsoDate(end_date))
    throw new PlaidRequestError(
      ERRORS.invalidField(`end_date must be a date in the format YYYY-MM-DD, got ${JSON.stringify(end_date)}`),
    );
  if (start_date > end_date)
    throw new PlaidRequestError(ERRORS.invalidField(`start_date ${start_date} must not be after end_date ${end_date}`));
  const count = checkCount(request.options?.count, COUNT_LIMITS.defaultGet, maxCount);
  const offset = request.options?.offset ?? 0;
  if (!Number.isInteger(offset) || offset < 0)
    throw new PlaidRequestError(ERRORS.invalidField(`offset must be a non-negative integer, got ${String(offset)}`));
  const accounts = selectAccounts(item, request.options?.account_ids);
  const ids = new Set(accounts.map((a) => a.account_id));
  const matching = [...current]
    .filter((t) => ids.has(t.account_id) && t.date >= start_date && t.date <= end_date)
    .sort(newestFirst);
  return {
    accounts,
    transactions: matching.slice(offset, offset + count),
    total_transactions: matching.length,
    item: itemObject(item),
    request_id: requestId,
  };
}

/**
 * The whole window in one `/transactions/get` response, past Plaid's 500 per page: what
 * `--format api` writes as `transactions_get.json`.
 */
export function transactionsGetWindow(item: PlaidItem): TransactionsGetResponse {
  const request = {
    start_date: item.window.start,
    end_date: item.window.end,
    options: { count: Math.max(1, item.plaid.transactions.length), offset: 0 },
  };
  return transactionsGetResponse(
    item,
    request,
    item.plaid.transactions,
    requestIdOf("/transactions/get", item, request),
    Number.MAX_SAFE_INTEGER,
  );
}

export interface TransactionsSyncInput {
  cursor?: string;
  count?: number;
  options?: { account_id?: string };
}

/**
 * `/transactions/sync`: up to `count` (1-500, default 100) changes after `cursor` (none or "" =
 * from the beginning) as `added`/`modified`/`removed`, with `next_cursor` and `has_more`. A client
 * calls again with `next_cursor` while `has_more` is true; once caught up, `next_cursor` stays the
 * same until something changes.
 */
export function transactionsSyncResponse(
  item: PlaidItem,
  log: SyncLog,
  request: TransactionsSyncInput = {},
  requestId = requestIdOf("/transactions/sync", item, request),
): TransactionsSyncResponse {
  const cursor = request.cursor ?? "";
  const position = cursor === "" ? 0 : decodeCursor(cursor, item.item_id);
  if (position === null || position > log.events.length)
    throw new PlaidRequestError(ERRORS.invalidField("cursor is not a valid cursor for this item"));
  const count = checkCount(request.count, COUNT_LIMITS.defaultSync);
  const accountId = request.options?.account_id;
  const accounts = selectAccounts(item, accountId === undefined ? undefined : [accountId]);
  const page = readPage(log, position, count, accountId);
  return {
    transactions_update_status: TransactionsUpdateStatus.HistoricalUpdateComplete,
    accounts,
    added: page.added,
    modified: page.modified,
    removed: page.removed,
    next_cursor: encodeCursor(item.item_id, page.next),
    has_more: page.hasMore,
    request_id: requestId,
  };
}

/** `/transactions/sync` for an Item whose data is not ready yet: nothing, status NOT_READY, and the same cursor back. */
export function transactionsSyncNotReady(
  item: PlaidItem,
  request: TransactionsSyncInput = {},
  requestId = requestIdOf("/transactions/sync", item, request),
): TransactionsSyncResponse {
  return {
    transactions_update_status: TransactionsUpdateStatus.NotReady,
    accounts: item.plaid.accounts,
    added: [],
    modified: [],
    removed: [],
    next_cursor: request.cursor ?? "",
    has_more: false,
    request_id: requestId,
  };
}

/**
 * `/transactions/recurring/get`: the Item's streams split by direction (inflows, whose Plaid
 * amounts are negative, in `inflow_streams`), optionally only those of `account_ids`.
 */
export function transactionsRecurringGetResponse(
  item: PlaidItem,
  request: { account_ids?: string[] } = {},
  requestId = requestIdOf("/transactions/recurring/get", item, request),
): TransactionsRecurringGetResponse {
  const ids = new Set(selectAccounts(item, request.account_ids).map((a) => a.account_id));
  const streams = item.plaid.streams.filter((s) => ids.has(s.account_id));
  return {
    inflow_streams: streams.filter((s) => (s.average_amount.amount ?? 0) < 0),
    outflow_streams: streams.filter((s) => (s.average_amount.amount ?? 0) >= 0),
    updated_datetime: timestamp(item.window.end),
    personal_finance_category_version: PersonalFinanceCategoryVersion.V2,
    request_id: requestId,
  };
}

/**
 * `/liabilities/get`: the Item's accounts and its `credit` and `student` liabilities (null when
 * the Item has none of that kind; `mortgage` is always null). An Item without a credit or loan
 * account answers NO_LIABILITY_ACCOUNTS.
 */
export function liabilitiesGetResponse(
  item: PlaidItem,
  request: { options?: { account_ids?: string[] } } = {},
  requestId = requestIdOf("/liabilities/get", item, request),
): LiabilitiesGetResponse {
  if (!item.records.accounts.some((a) => a.type === "credit" || a.type === "loan"))
    throw new PlaidRequestError(ERRORS.noLiabilityAccounts());
  const accounts = selectAccounts(item, request.options?.account_ids);
  const ids = new Set(accounts.map((a) => a.account_id));
  const credit = item.plaid.credit.filter((c) => c.account_id !== null && ids.has(c.account_id));
  const student = item.plaid.student.filter((s) => s.account_id !== null && ids.has(s.account_id));
  return {
    accounts,
    item: itemObject(item),
    liabilities: {
      credit: credit.length > 0 ? credit : null,
      mortgage: null,
      student: student.length > 0 ? student : null,
    },
    request_id: requestId,
  };
}

/** `/item/get`: the Item, with the last successful transactions update at the end of the window. */
export function itemGetResponse(item: PlaidItem, requestId = requestIdOf("/item/get", item, {})): ItemGetResponse {
  return {
    item: {
      ...itemObject(item),
      update_type: ItemWithConsentFieldsUpdateTypeEnum.Background,
      created_at: timestamp(item.user.created_at),
    },
    status: {
      transactions: { last_successful_update: timestamp(item.window.end), last_failed_update: null },
      investments: null,
      last_webhook: null,
    },
    request_id: requestId,
  };
}

/** The whole sync of an Item from the start, in pages of `count`: what `--format api` writes. */
export function syncPages(item: PlaidItem, count: number = COUNT_LIMITS.defaultSync): TransactionsSyncResponse[] {
  const log = new SyncLog(item.plaid.transactions);
  const pages: TransactionsSyncResponse[] = [];
  let cursor = "";
  for (;;) {
    const page = transactionsSyncResponse(item, log, { cursor, count });
    pages.push(page);
    if (!page.has_more) return pages;
    cursor = page.next_cursor;
  }
}
