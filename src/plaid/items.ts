// A dataset seen as Plaid sees it: Items (one per user, or one per institution login), each with its
// access token and its records, converted once to Plaid's shapes. Pure: a function of the dataset.
import type {
  AccountBase,
  CreditCardLiability,
  StudentLoan,
  Transaction as PlaidTransaction,
  TransactionStream,
} from "plaid";
import type { Account } from "../schemas/account.ts";
import type { Liability } from "../schemas/liability.ts";
import type { RecurringStream } from "../schemas/recurring-stream.ts";
import type { Transaction } from "../schemas/transaction.ts";
import type { User } from "../schemas/user.ts";
import { toPlaidAccount } from "./accounts.ts";
import { opaqueId, uuidOf } from "./ids.ts";
import { INSTITUTIONS, type Institution, OTHER_INSTITUTION } from "./institutions.ts";
import { toPlaidCreditCard, toPlaidStudentLoan } from "./liabilities.ts";
import { toPlaidStream } from "./streams.ts";
import { toPlaidTransaction } from "./transactions.ts";
import { groupBy } from "../units/collections.ts";

/** What the Plaid views read: a `Dataset` (from `buildDataset`), or the same tables read from a CSV export. */
export interface PlaidSource {
  users: readonly User[];
  accounts: readonly Account[];
  transactions: readonly Transaction[];
  liabilities: readonly Liability[];
  recurringStreams: readonly RecurringStream[];
  meta: { options: { startDate: string; endDate: string } };
}

/** One Item per user (all accounts behind one token), or one per institution the user banks with. */
export type ItemGrouping = "user" | "institution";

export interface PlaidItem {
  item_id: string;
  access_token: string;
  user: User;
  institution: Institution | null;
  /** The data window; `end` is the day the balances and liabilities describe. */
  window: { start: string; end: string };
  /** Toolkit records of this Item, transactions in date order. */
  records: {
    accounts: Account[];
    transactions: Transaction[];
    liabilities: Liability[];
    streams: RecurringStream[];
  };
  /** The same, in Plaid's shapes. */
  plaid: {
    accounts: AccountBase[];
    transactions: PlaidTransaction[];
    credit: CreditCardLiability[];
    student: StudentLoan[];
    streams: TransactionStream[];
  };
}

export function institutionOf(account: Account): Institution {
  return INSTITUTIONS.find((i) => i.prefixes.some((p) => account.name.startsWith(p))) ?? OTHER_INSTITUTION;
}

/** The access token of an Item: `access-sandbox-` and a UUID derived from the Item's key. */
export function accessTokenOf(itemKey: string): string {
  return `access-sandbox-${uuidOf(`access:${itemKey}`)}`;
}

function byDate(a: Transaction, b: Transaction): number {
  return a.date < b.date
    ? -1
    : a.date > b.date
      ? 1
      : a.transaction_id < b.transaction_id
        ? -1
        : a.transaction_id > b.transaction_id
          ? 1
          : 0;
}

/**
 * The Items of a dataset, in user order (then institution order). Item ids and access tokens are
 * derived from the user id (and institution), so they are the same for every build of a dataset.
 *
 * @example
 * const [first] = plaidItems(buildDataset({ users: 2 }));
 * first.access_token; // "access-sandbox-…", the token of user_001's Item
 */
export function plaidItems(source: PlaidSource, grouping: ItemGrouping = "user"): PlaidItem[] {
  const { startDate, endDate } = source.meta.options;
  const accountsOf = groupBy(source.accounts, (a) => a.user_id);
  const txnsOf = groupBy(source.transactions, (t) => t.account_id);
  const liabsOf = groupBy(source.liabilities, (l) => l.account_id);
  const streamsOf = groupBy(source.recurringStreams, (s) => s.account_id);
  const items: PlaidItem[] = [];
  for (const user of source.users) {
    const accounts = accountsOf.get(user.user_id) ?? [];
    const groups =
      grouping === "user"
        ? [{ institution: null as Institution | null, accounts }]
        : [...groupBy(accounts, (a) => institutionOf(a).institution_id).values()].map((list) => ({
            institution: institutionOf(list[0] as Account),
            accounts: list,
          }));
    for (const group of groups) {
      const key = group.institution ? `${user.user_id}:${group.institution.institution_id}` : user.user_id;
      const transactions = group.accounts.flatMap((a) => txnsOf.get(a.account_id) ?? []).sort(byDate);
      const liabilities = group.accounts.flatMap((a) => liabsOf.get(a.account_id) ?? []);
      const streams = group.accounts.flatMap((a) => streamsOf.get(a.account_id) ?? []);
      const accountById = new Map(group.accounts.map((a) => [a.account_id, a]));
      items.push({
        item_id: opaqueId(`item:${key}`),
        access_token: accessTokenOf(key),
        user,
        institution: group.institution,
        window: { start: startDate, end: endDate },
        records: { accounts: group.accounts, transactions, liabilities, streams },
        plaid: {
          accounts: group.accounts.map(toPlaidAccount),
          transactions: transactions.map(toPlaidTransaction),
          credit: liabilities
            .filter((l) => l.type === "credit_card")
            .map((l) =>
              toPlaidCreditCard(l, {
                asOf: endDate,
                account: accountById.get(l.account_id) as Account,
                transactions: txnsOf.get(l.account_id) ?? [],
              }),
            ),
          student: liabilities
            .filter((l) => l.type === "student_loan")
            .map((l) =>
              toPlaidStudentLoan(l, {
                startDate,
                asOf: endDate,
                account: accountById.get(l.account_id) as Account,
                transactions: txnsOf.get(l.account_id) ?? [],
              }),
            ),
          streams: streams.map(toPlaidStream),
        },
      });
    }
  }
  return items;
}
