// A deterministic Plaid for app tests: Mock Service Worker (msw 2) handlers answering Plaid's
// endpoints from a dataset, on Plaid's sandbox and production hosts, with Plaid's error shape.
import { type HttpHandler, HttpResponse, http } from "msw";
import { PlaidEnvironments } from "plaid";
import { ERRORS, type PlaidErrorSpec, plaidError, PlaidRequestError } from "./errors.ts";
import { opaqueId } from "./ids.ts";
import { type ItemGrouping, type PlaidItem, plaidItems, type PlaidSource } from "./items.ts";
import {
  accountsGetResponse,
  itemGetResponse,
  liabilitiesGetResponse,
  transactionsGetResponse,
  transactionsRecurringGetResponse,
  transactionsSyncNotReady,
  transactionsSyncResponse,
} from "./responses.ts";
import { SyncLog } from "./sync.ts";

export interface PlaidMockOptions {
  /** The client id and secret the app must send (header `PLAID-CLIENT-ID`/`PLAID-SECRET` or body); any non-empty pair when not given. */
  clientId?: string;
  secret?: string;
  /** One access token per user (default) or one per institution the user banks with. */
  items?: ItemGrouping;
  /** Users (or item ids) whose transactions are still being pulled: PRODUCT_NOT_READY / NOT_READY. */
  notReady?: readonly string[];
  /** Base URLs to answer on; default Plaid's sandbox and production hosts. */
  baseUrls?: readonly string[];
}

export interface PlaidMock {
  handlers: HttpHandler[];
  items: readonly PlaidItem[];
  /** The access token of a user's Item (with `items: "institution"`, pass the institution id too). */
  accessToken(userId: string, institutionId?: string): string;
  /** The change log `/transactions/sync` reads for a token: append changes to it (e.g. `postPending`). */
  syncLog(accessToken: string): SyncLog;
}

export const PLAID_ENDPOINTS = [
  "/accounts/get",
  "/accounts/balance/get",
  "/transactions/sync",
  "/transactions/get",
  "/transactions/recurring/get",
  "/liabilities/get",
  "/item/get",
] as const;
export type PlaidEndpoint = (typeof PLAID_ENDPOINTS)[number];

type Body = Record<string, unknown>;

function fail(spec: PlaidErrorSpec, requestId: string): Response {
  return HttpResponse.json(plaidError(spec, requestId), { status: 400 });
}

function optionalObject(body: Body, key: string): Body {
  const value = body[key];
  if (value === undefined || value === null) return {};
  if (typeof value !== "object" || Array.isArray(value))
    throw new PlaidRequestError(ERRORS.invalidField(`${key} must be an object`));
  return value as Body;
}

function optionalNumber(obj: Body, key: string, path: string): number | undefined {
  const value = obj[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number") throw new PlaidRequestError(ERRORS.invalidField(`${path} must be a number`));
  return value;
}

function optionalString(obj: Body, key: string, path: string): string | undefined {
  const value = obj[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw new PlaidRequestError(ERRORS.invalidField(`${path} must be a string`));
  return value;
}

function optionalIds(obj: Body, key: string, path: string): string[] | undefined {
  const value = obj[key];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string"))
    throw new PlaidRequestError(ERRORS.invalidField(`${path} must be an array of strings`));
  return value as string[];
}

/**
 * A mock Plaid over a dataset: its handlers, its Items and their tokens, and each Item's sync log.
 *
 * @example
 * const mock = createPlaidMock(buildDataset({ users: 3 }), { clientId: "id", secret: "sk" });
 * const server = setupServer(...mock.handlers);
 * const token = mock.accessToken("user_001");
 */
export function createPlaidMock(source: PlaidSource, options: PlaidMockOptions = {}): PlaidMock {
  const items = plaidItems(source, options.items ?? "user");
  const byToken = new Map(items.map((i) => [i.access_token, i]));
  const logs = new Map<string, SyncLog>();
  const notReady = new Set(options.notReady ?? []);
  const logOf = (item: PlaidItem): SyncLog => {
    let log = logs.get(item.item_id);
    if (!log) {
      log = new SyncLog(item.plaid.transactions);
      logs.set(item.item_id, log);
    }
    return log;
  };
  const isReady = (item: PlaidItem) => !notReady.has(item.user.user_id) && !notReady.has(item.item_id);

  const answer: Record<PlaidEndpoint, (item: PlaidItem, body: Body, requestId: string) => unknown> = {
    "/accounts/get": (item, body, id) =>
      accountsGetResponse(
        item,
        {
          options: { account_ids: optionalIds(optionalObject(body, "options"), "account_ids", "options.account_ids") },
        },
        id,
      ),
    "/accounts/balance/get": (item, body, id) =>
      accountsGetResponse(
        item,
        {
          options: { account_ids: optionalIds(optionalObject(body, "options"), "account_ids", "options.account_ids") },
        },
        id,
      ),
    "/transactions/sync": (item, body, id) => {
      const opts = optionalObject(body, "options");
      const request = {
        cursor: optionalString(body, "cursor", "cursor"),
        count: optionalNumber(body, "count", "count"),
        options: { account_id: optionalString(opts, "account_id", "options.account_id") },
      };
      return isReady(item)
        ? transactionsSyncResponse(item, logOf(item), request, id)
        : transactionsSyncNotReady(item, request, id);
    },
    "/transactions/get": (item, body, id) => {
      const missing = ["start_date", "end_date"].filter((k) => body[k] === undefined || body[k] === null);
      if (missing.length > 0) throw new PlaidRequestError(ERRORS.missingFields(missing));
      const opts = optionalObject(body, "options");
      const request = {
        start_date: optionalString(body, "start_date", "start_date") as string,
        end_date: optionalString(body, "end_date", "end_date") as string,
        options: {
          count: optionalNumber(opts, "count", "options.count"),
          offset: optionalNumber(opts, "offset", "options.offset"),
          account_ids: optionalIds(opts, "account_ids", "options.account_ids"),
        },
      };
      if (!isReady(item)) throw new PlaidRequestError(ERRORS.productNotReady());
      return transactionsGetResponse(item, request, logOf(item).current.values(), id);
    },
    "/transactions/recurring/get": (item, body, id) => {
      const accountIds = optionalIds(body, "account_ids", "account_ids");
      if (!isReady(item)) throw new PlaidRequestError(ERRORS.productNotReady());
      return transactionsRecurringGetResponse(item, { account_ids: accountIds }, id);
    },
    "/liabilities/get": (item, body, id) =>
      liabilitiesGetResponse(
        item,
        {
          options: { account_ids: optionalIds(optionalObject(body, "options"), "account_ids", "options.account_ids") },
        },
        id,
      ),
    "/item/get": (item, _body, id) => itemGetResponse(item, id),
  };

  const resolve = async (endpoint: PlaidEndpoint, request: Request): Promise<Response> => {
    const text = await request.text();
    const requestId = opaqueId(`request:${endpoint}:${text}`, 15);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return fail(ERRORS.invalidBody(), requestId);
    }
    if (typeof body !== "object" || body === null || Array.isArray(body)) return fail(ERRORS.invalidBody(), requestId);
    const b = body as Body;
    const clientId = request.headers.get("plaid-client-id") ?? (typeof b.client_id === "string" ? b.client_id : "");
    const secret = request.headers.get("plaid-secret") ?? (typeof b.secret === "string" ? b.secret : "");
    const missing = [...(clientId ? [] : ["client_id"]), ...(secret ? [] : ["secret"])];
    if (missing.length > 0) return fail(ERRORS.missingFields(missing), requestId);
    if (
      (options.clientId !== undefined && clientId !== options.clientId) ||
      (options.secret !== undefined && secret !== options.secret)
    ) {
      return fail(ERRORS.invalidApiKeys(), requestId);
    }
    const token = b.access_token;
    if (token === undefined || token === null || token === "")
      return fail(ERRORS.missingFields(["access_token"]), requestId);
    if (typeof token !== "string" || !/^access-(sandbox|development|production)-/.test(token)) {
      return fail(
        ERRORS.invalidAccessToken(
          "provided access token is in an invalid format. expected format: access-<environment>-<identifier>",
        ),
        requestId,
      );
    }
    const item = byToken.get(token);
    if (!item) return fail(ERRORS.invalidAccessToken(), requestId);
    try {
      return HttpResponse.json(answer[endpoint](item, b, requestId) as Record<string, unknown>);
    } catch (error) {
      if (error instanceof PlaidRequestError) return fail(error.spec, requestId);
      throw error;
    }
  };

  const baseUrls = options.baseUrls ?? [PlaidEnvironments.sandbox as string, PlaidEnvironments.production as string];
  const handlers = baseUrls.flatMap((base) =>
    PLAID_ENDPOINTS.map((endpoint) =>
      http.post(`${base.replace(/\/$/, "")}${endpoint}`, ({ request }) => resolve(endpoint, request)),
    ),
  );

  return {
    handlers,
    items,
    accessToken(userId, institutionId) {
      const item = items.find(
        (i) =>
          i.user.user_id === userId && (institutionId === undefined || i.institution?.institution_id === institutionId),
      );
      if (!item) throw new RangeError(`no Item for ${userId}${institutionId ? ` at ${institutionId}` : ""}`);
      return item.access_token;
    },
    syncLog(accessToken) {
      const item = byToken.get(accessToken);
      if (!item) throw new RangeError(`unknown access token ${accessToken}`);
      return logOf(item);
    },
  };
}

/**
 * msw request handlers answering Plaid's endpoints from a dataset: `setupServer(...plaidHandlers(data))`.
 * See `createPlaidMock` for the tokens and the sync log.
 */
export function plaidHandlers(source: PlaidSource, options: PlaidMockOptions = {}): HttpHandler[] {
  return createPlaidMock(source, options).handlers;
}
