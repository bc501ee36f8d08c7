// A strict consumer's view of `spendsense-fixtures/plaid`: every output assigned to the official
// `plaid` package's types with no casts. `npm test` runs `tsc --noEmit` over this file, so a field
// that drifts from Plaid's types (a missing required key, a bare string where Plaid has an enum)
// fails the build; the assertions check the values behind the types.
import type {
  AccountBase,
  AccountsGetResponse,
  CreditCardLiability,
  ItemGetResponse,
  LiabilitiesGetResponse,
  LiabilitiesObject,
  StudentLoan,
  Transaction,
  TransactionsGetResponse,
  TransactionsRecurringGetResponse,
  TransactionsSyncResponse,
  TransactionStream,
} from "plaid";
import { buildDataset } from "spendsense-fixtures";
import {
  accountsGetResponse,
  itemGetResponse,
  liabilitiesGetResponse,
  type PlaidSource,
  plaidItems,
  syncPages,
  toPlaidAccount,
  toPlaidCreditCard,
  toPlaidStream,
  toPlaidTransaction,
  transactionsGetResponse,
  transactionsRecurringGetResponse,
} from "spendsense-fixtures/plaid";
import { describe, expect, it } from "vitest";

const data = buildDataset({ users: 10, seed: 7 });
const source: PlaidSource = data; // a Dataset is a source as it is
const item = plaidItems(source).find((i) => i.plaid.student.length > 0 && i.plaid.credit.length > 0)!;

const account: AccountBase = toPlaidAccount(data.accounts[0]!);
const transaction: Transaction = toPlaidTransaction(data.transactions[0]!);
const card: CreditCardLiability = toPlaidCreditCard(
  data.liabilities.find((l) => l.type === "credit_card")!,
  { asOf: data.meta.options.endDate },
);
const student: StudentLoan = item.plaid.student[0]!;
const stream: TransactionStream = toPlaidStream(data.recurringStreams[0]!);
const liabilities: LiabilitiesObject = { credit: [card], mortgage: null, student: [student] };
const accounts: AccountsGetResponse = accountsGetResponse(item);
const got: TransactionsGetResponse = transactionsGetResponse(item, {
  start_date: data.meta.options.startDate,
  end_date: data.meta.options.endDate,
});
const sync: TransactionsSyncResponse[] = syncPages(item, 50);
const recurring: TransactionsRecurringGetResponse = transactionsRecurringGetResponse(item);
const liabilitiesGet: LiabilitiesGetResponse = liabilitiesGetResponse(item);
const itemGet: ItemGetResponse = itemGetResponse(item);

describe("the plaid entry's outputs have Plaid's types and values", () => {
  it("each assignment above compiles; the values are the dataset's", () => {
    expect(account.account_id).toBe(data.accounts[0]!.account_id);
    expect(transaction.amount).toBe(-data.transactions[0]!.amount);
    expect(card.aprs).toHaveLength(1);
    expect(student.interest_rate_percentage).toBeGreaterThan(0);
    expect(stream.transaction_ids).toEqual(data.recurringStreams[0]!.transaction_ids);
    expect(liabilities.credit).toHaveLength(1);
    expect(accounts.accounts.length).toBe(item.records.accounts.length);
    expect(got.total_transactions).toBe(item.records.transactions.length);
    expect(sync.flatMap((p) => p.added)).toHaveLength(item.records.transactions.length);
    expect(sync.at(-1)?.has_more).toBe(false);
    expect(recurring.inflow_streams.length + recurring.outflow_streams.length).toBe(item.records.streams.length);
    expect(liabilitiesGet.liabilities.student).toHaveLength(1);
    expect(itemGet.item.item_id).toBe(item.item_id);
  });
});
