import { setupServer } from "msw/node";
import { Configuration, PlaidApi, PlaidEnvironments, type Transaction } from "plaid";
import { buildDataset } from "spendsense-fixtures";
import { accessTokenOf, plaidHandlers } from "spendsense-fixtures/plaid";
import { afterAll, beforeAll, expect, it } from "vitest";

// The app code under test: import a user's whole history with /transactions/sync.
async function importHistory(plaid: PlaidApi, accessToken: string): Promise<Transaction[]> {
  const added: Transaction[] = [];
  let cursor = "";
  for (let hasMore = true; hasMore;) {
    const { data } = await plaid.transactionsSync({ access_token: accessToken, cursor, count: 100 });
    added.push(...data.added);
    cursor = data.next_cursor;
    hasMore = data.has_more;
  }
  return added;
}

const dataset = buildDataset({ users: 10, seed: 42 });
const server = setupServer(...plaidHandlers(dataset, { clientId: "test-client", secret: "test-secret" }));
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

const plaid = new PlaidApi(
  new Configuration({
    basePath: PlaidEnvironments.sandbox,
    baseOptions: { headers: { "PLAID-CLIENT-ID": "test-client", "PLAID-SECRET": "test-secret" } },
  }),
);

it("imports user_001's whole history with Plaid's sign", async () => {
  const history = await importHistory(plaid, accessTokenOf("user_001"));
  const expected = dataset.transactions.filter((t) => t.user_id === "user_001");
  expect(history).toHaveLength(expected.length);
  const pay = history.find((t) => t.personal_finance_category?.primary === "INCOME");
  expect(pay?.amount).toBeLessThan(0); // money in is negative in Plaid (positive in the dataset)
});

it("gets Plaid's error for an unknown access token", async () => {
  const error = await plaid.accountsGet({ access_token: "access-sandbox-unknown" }).catch((e: unknown) => e);
  expect(error).toMatchObject({ response: { status: 400, data: { error_code: "INVALID_ACCESS_TOKEN" } } });
});
