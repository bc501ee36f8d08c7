// The mock Plaid, driven through the official `plaid` client (axios) against msw/node: paging,
// Plaid's sign, the pending-to-posted lifecycle, and each error Plaid would answer.
import { setupServer } from "msw/node";
import { Configuration, PlaidApi, PlaidEnvironments, type Transaction as PlaidTransaction } from "plaid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDataset } from "../../src/dataset/build-dataset.ts";
import { createPlaidMock } from "../../src/plaid/index.ts";

const CLIENT_ID = "test-client-id";
const SECRET = "test-secret";
const base = buildDataset({ users: 100, seed: 42 });
// The generator leaves purchases authorized in the window's last days pending: post one of them (a user
// no other test reads).
const RESERVED = new Set(["user_001", "user_002", "user_003", "user_006", "user_100"]);
const pendingTxn = base.transactions.find((t) => t.pending && !RESERVED.has(t.user_id))!;
const pendingUser = pendingTxn.user_id;
const pendingId = pendingTxn.transaction_id;
const data = base;
const mock = createPlaidMock(data, { clientId: CLIENT_ID, secret: SECRET, notReady: ["user_100"] });
const byInstitution = createPlaidMock(data, { clientId: CLIENT_ID, secret: SECRET, items: "institution" });
const server = setupServer(...mock.handlers);

function client(basePath = PlaidEnvironments.sandbox as string, secret = SECRET): PlaidApi {
  return new PlaidApi(
    new Configuration({ basePath, baseOptions: { headers: { "PLAID-CLIENT-ID": CLIENT_ID, "PLAID-SECRET": secret } } }),
  );
}
const plaid = client();

async function syncAll(
  accessToken: string,
  count: number,
  cursor = "",
): Promise<{ added: PlaidTransaction[]; removed: string[]; pages: number; cursor: string }> {
  const added: PlaidTransaction[] = [];
  const removed: string[] = [];
  let pages = 0;
  for (;;) {
    const { data: page } = await plaid.transactionsSync({ access_token: accessToken, cursor, count });
    pages++;
    added.push(...page.added);
    removed.push(...page.removed.map((r) => r.transaction_id));
    cursor = page.next_cursor;
    if (!page.has_more) return { added, removed, pages, cursor };
  }
}

async function plaidErrorOf(call: Promise<unknown>): Promise<{ status: number; code: string; type: string }> {
  try {
    await call;
  } catch (error) {
    const response = (error as { response?: { status: number; data: { error_code: string; error_type: string } } })
      .response;
    if (response) return { status: response.status, code: response.data.error_code, type: response.data.error_type };
    throw error;
  }
  throw new Error("the call succeeded");
}

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

describe("/transactions/sync through the plaid client", () => {
  it("syncs user_001's whole history in pages of 40 and gets exactly the dataset's transactions, with Plaid's sign", async () => {
    const mine = data.transactions.filter((t) => t.user_id === "user_001");
    const { added, removed, pages } = await syncAll(mock.accessToken("user_001"), 40);
    expect(pages).toBe(Math.ceil(mine.length / 40));
    expect(removed).toEqual([]);
    expect(added.map((t) => t.transaction_id).sort()).toEqual(mine.map((t) => t.transaction_id).sort());
    const amountOf = new Map(mine.map((t) => [t.transaction_id, Math.round(t.amount * 100)]));
    for (const t of added) expect(Math.round(t.amount * 100)).toBe(-(amountOf.get(t.transaction_id) as number));
  });

  it("pages all 100 users of a dataset: every transaction exactly once", async () => {
    let total = 0;
    const seen = new Set<string>();
    // user_100's Item is not ready (below); user_002's and user_006's change history is edited by the
    // pending and modified tests, which may run first (tests run in a random order).
    const skip = new Set(["user_100", "user_002", "user_006", pendingUser]);
    for (const item of mock.items) {
      if (skip.has(item.user.user_id)) continue;
      const { added } = await syncAll(item.access_token, 500);
      for (const t of added) seen.add(t.transaction_id);
      total += added.length;
    }
    const expected = data.transactions.filter((t) => !skip.has(t.user_id));
    expect(total).toBe(expected.length);
    expect(seen.size).toBe(expected.length);
  });

  it("a pending transaction that posts comes back as removed + added, the posted one naming the pending one", async () => {
    const token = mock.accessToken(pendingUser);
    const first = await syncAll(token, 100);
    expect(first.added.find((t) => t.transaction_id === pendingId)?.pending).toBe(true);
    expect(first.added.find((t) => t.transaction_id === pendingId)?.date).toBe(pendingTxn.authorized_date);
    const again = await syncAll(token, 100, first.cursor);
    expect(again.added).toEqual([]); // caught up: nothing new, and the same cursor back
    expect(again.cursor).toBe(first.cursor);
    const posted = mock.syncLog(token).postPending(pendingId);
    const update = await syncAll(token, 100, first.cursor);
    expect(update.removed).toEqual([pendingId]);
    expect(update.added).toHaveLength(1);
    expect(update.added[0]).toMatchObject({
      transaction_id: posted.transaction_id,
      pending: false,
      pending_transaction_id: pendingId,
    });
    const { data: got } = await plaid.transactionsGet({
      access_token: token,
      start_date: "2025-05-01",
      end_date: "2025-10-31",
      options: { count: 500 },
    });
    expect(got.transactions.some((t) => t.transaction_id === pendingId)).toBe(false);
    expect(got.transactions.some((t) => t.transaction_id === posted.transaction_id)).toBe(true);
  });

  it("a modified transaction comes back in modified, once", async () => {
    const token = mock.accessToken("user_006");
    const first = await syncAll(token, 500);
    const changed = { ...first.added[0]!, merchant_name: "Renamed Merchant" };
    mock.syncLog(token).modify(changed);
    const { data: page } = await plaid.transactionsSync({ access_token: token, cursor: first.cursor });
    expect(page.modified).toEqual([changed]);
    expect(page.added).toEqual([]);
    const { data: next } = await plaid.transactionsSync({ access_token: token, cursor: page.next_cursor });
    expect(next.modified).toEqual([]);
  });

  it("answers NOT_READY with nothing for an Item still being pulled", async () => {
    const { data: page } = await plaid.transactionsSync({ access_token: mock.accessToken("user_100") });
    expect(page.transactions_update_status).toBe("NOT_READY");
    expect(page.added).toEqual([]);
    expect(page.has_more).toBe(false);
  });

  it("refuses a count outside 1-500 and a cursor from another Item", async () => {
    expect(
      await plaidErrorOf(plaid.transactionsSync({ access_token: mock.accessToken("user_003"), count: 501 })),
    ).toMatchObject({ code: "INVALID_FIELD" });
    const { data: page } = await plaid.transactionsSync({ access_token: mock.accessToken("user_003"), count: 1 });
    expect(
      await plaidErrorOf(
        plaid.transactionsSync({ access_token: mock.accessToken("user_004"), cursor: page.next_cursor }),
      ),
    ).toMatchObject({ code: "INVALID_FIELD" });
  });
});

describe("/transactions/get", () => {
  it("pages by count/offset, newest first, total_transactions counting the whole range", async () => {
    const token = mock.accessToken("user_005");
    const inRange = data.transactions.filter(
      (t) => t.user_id === "user_005" && t.date >= "2025-06-01" && t.date <= "2025-07-31",
    );
    const got: PlaidTransaction[] = [];
    for (let offset = 0; ; offset += 25) {
      const { data: page } = await plaid.transactionsGet({
        access_token: token,
        start_date: "2025-06-01",
        end_date: "2025-07-31",
        options: { count: 25, offset },
      });
      expect(page.total_transactions).toBe(inRange.length);
      got.push(...page.transactions);
      if (page.transactions.length < 25) break;
    }
    expect(got.map((t) => t.transaction_id).sort()).toEqual(inRange.map((t) => t.transaction_id).sort());
    const dates = got.map((t) => t.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("answers INVALID_FIELD for a reversed date range, a bad date and a bad count; MISSING_FIELDS without dates", async () => {
    const access_token = mock.accessToken("user_005");
    expect(
      await plaidErrorOf(plaid.transactionsGet({ access_token, start_date: "2025-07-01", end_date: "2025-06-01" })),
    ).toEqual({ status: 400, code: "INVALID_FIELD", type: "INVALID_REQUEST" });
    expect(
      await plaidErrorOf(plaid.transactionsGet({ access_token, start_date: "2025-02-30", end_date: "2025-06-01" })),
    ).toMatchObject({ code: "INVALID_FIELD" });
    expect(
      await plaidErrorOf(
        plaid.transactionsGet({
          access_token,
          start_date: "2025-05-01",
          end_date: "2025-06-01",
          options: { count: 0 },
        }),
      ),
    ).toMatchObject({ code: "INVALID_FIELD" });
    expect(
      await plaidErrorOf(
        plaid.transactionsGet({
          access_token,
          start_date: "2025-05-01",
          end_date: "2025-06-01",
          options: { offset: -1 },
        }),
      ),
    ).toMatchObject({ code: "INVALID_FIELD" });
    expect(await plaidErrorOf(plaid.transactionsGet({ access_token } as never))).toMatchObject({
      code: "MISSING_FIELDS",
    });
  });

  it("answers PRODUCT_NOT_READY for an Item still being pulled, on /transactions/get and /transactions/recurring/get", async () => {
    const access_token = mock.accessToken("user_100");
    expect(
      await plaidErrorOf(plaid.transactionsGet({ access_token, start_date: "2025-05-01", end_date: "2025-06-01" })),
    ).toMatchObject({ code: "PRODUCT_NOT_READY", type: "ITEM_ERROR" });
    expect(await plaidErrorOf(plaid.transactionsRecurringGet({ access_token }))).toMatchObject({
      code: "PRODUCT_NOT_READY",
    });
  });
});

describe("accounts, recurring, liabilities, item", () => {
  const uid = "user_001";
  const access_token = mock.accessToken(uid);

  it("/accounts/get and /accounts/balance/get give the user's accounts with nested balances", async () => {
    const accounts = data.accounts.filter((a) => a.user_id === uid);
    const { data: got } = await plaid.accountsGet({ access_token });
    expect(got.accounts.map((a) => [a.account_id, a.balances.current])).toEqual(
      accounts.map((a) => [a.account_id, a.current_balance]),
    );
    const { data: balance } = await plaid.accountsBalanceGet({
      access_token,
      options: { account_ids: [accounts[0]!.account_id] },
    });
    expect(balance.accounts).toHaveLength(1);
    expect(
      await plaidErrorOf(plaid.accountsGet({ access_token, options: { account_ids: ["acc_nope"] } })),
    ).toMatchObject({ code: "INVALID_ACCOUNT_ID" });
  });

  it("/transactions/recurring/get splits streams: inflows negative (payroll), outflows positive", async () => {
    const { data: got } = await plaid.transactionsRecurringGet({ access_token });
    const streams = data.recurringStreams.filter((s) => s.user_id === uid);
    expect(got.inflow_streams.length + got.outflow_streams.length).toBe(streams.length);
    expect(got.inflow_streams.some((s) => s.personal_finance_category?.primary === "INCOME")).toBe(true);
    for (const s of got.inflow_streams) expect(s.average_amount.amount).toBeLessThan(0);
    for (const s of got.outflow_streams) expect(s.average_amount.amount).toBeGreaterThan(0);
  });

  it("/liabilities/get gives one credit entry per card; an Item with no card or loan answers NO_LIABILITY_ACCOUNTS", async () => {
    const { data: got } = await plaid.liabilitiesGet({ access_token });
    const cards = data.liabilities.filter((l) => l.user_id === uid && l.type === "credit_card");
    expect(got.liabilities.credit?.map((c) => c.account_id).sort()).toEqual(cards.map((c) => c.account_id).sort());
    // user_001's checking is its own Item when Items are per institution (U.S. Bank), with no liability account.
    server.use(...byInstitution.handlers);
    try {
      const checking = data.accounts.find((a) => a.user_id === uid && a.subtype === "checking")!;
      const item = byInstitution.items.find(
        (i) =>
          i.user.user_id === uid &&
          i.records.accounts.every((a) => a.type === "depository") &&
          i.records.accounts.includes(checking),
      )!;
      expect(await plaidErrorOf(plaid.liabilitiesGet({ access_token: item.access_token }))).toMatchObject({
        code: "NO_LIABILITY_ACCOUNTS",
      });
    } finally {
      server.resetHandlers();
    }
  });

  it("/item/get names the Item and its products", async () => {
    const { data: got } = await plaid.itemGet({ access_token });
    expect(got.item.item_id).toBe(mock.items.find((i) => i.access_token === access_token)?.item_id);
    expect(got.item.billed_products).toContain("transactions");
  });

  it("answers on Plaid's production host too", async () => {
    const { data: got } = await client(PlaidEnvironments.production as string).itemGet({ access_token });
    expect(got.item.item_id).toHaveLength(37);
  });
});

describe("authentication", () => {
  it("INVALID_ACCESS_TOKEN for an unknown or malformed token", async () => {
    expect(
      await plaidErrorOf(plaid.accountsGet({ access_token: "access-sandbox-00000000-0000-4000-8000-000000000000" })),
    ).toEqual({ status: 400, code: "INVALID_ACCESS_TOKEN", type: "INVALID_INPUT" });
    expect(await plaidErrorOf(plaid.accountsGet({ access_token: "not-a-token" }))).toMatchObject({
      code: "INVALID_ACCESS_TOKEN",
    });
  });

  it("INVALID_API_KEYS for a wrong secret", async () => {
    expect(
      await plaidErrorOf(
        client(PlaidEnvironments.sandbox as string, "wrong").accountsGet({
          access_token: mock.accessToken("user_001"),
        }),
      ),
    ).toMatchObject({ code: "INVALID_API_KEYS" });
  });
});
