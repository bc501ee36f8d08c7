// Converting an Item's Plaid views back to toolkit records, with the keys Plaid has no field for
// (user id, liability ids) supplied and the rest (stream ids, opening balances) recovered.
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
import { fromPlaidAccount, openingBalanceOf } from "./accounts.ts";
import { unsupported } from "./conversion-error.ts";
import { fromPlaidCreditCard, fromPlaidStudentLoan } from "./liabilities.ts";
import { fromPlaidStream } from "./streams.ts";
import { fromPlaidTransaction } from "./transactions.ts";

export interface PlaidUserData {
  accounts: readonly AccountBase[];
  /** The user's whole history in the window (every sync page's `added`, or /transactions/get). */
  transactions: readonly PlaidTransaction[];
  credit: readonly CreditCardLiability[];
  student: readonly StudentLoan[];
  streams: readonly TransactionStream[];
}

export interface ToolkitUserRecords {
  accounts: Account[];
  transactions: Transaction[];
  liabilities: Liability[];
  streams: RecurringStream[];
}

/**
 * One user's Plaid data back as toolkit records. `liabilityIds` maps an account id to its
 * liability's id (Plaid has no liability id). Stream ids come from the streams' `transaction_ids`;
 * opening balances are replayed from the transactions.
 *
 * @example
 * const back = fromPlaidUser(item.plaid, { user_id: "user_001", liabilityIds });
 */
export function fromPlaidUser(
  data: PlaidUserData,
  keys: { user_id: string; liabilityIds: ReadonlyMap<string, string> },
): ToolkitUserRecords {
  const streamOf = new Map<string, string>();
  for (const s of data.streams) for (const id of s.transaction_ids) streamOf.set(id, s.stream_id);
  const liabilityKeys = (accountId: string | null, path: string) => ({
    user_id: keys.user_id,
    liability_id:
      (accountId === null ? undefined : keys.liabilityIds.get(accountId)) ??
      unsupported([path, "account_id"], `no liability id for account ${String(accountId)}`),
  });
  return {
    accounts: data.accounts.map((a) =>
      fromPlaidAccount(a, { user_id: keys.user_id, opening_balance: openingBalanceOf(a, data.transactions) }),
    ),
    transactions: data.transactions.map((t) =>
      fromPlaidTransaction(t, { user_id: keys.user_id, stream_id: streamOf.get(t.transaction_id) ?? null }),
    ),
    liabilities: [
      ...data.credit.map((c) => fromPlaidCreditCard(c, liabilityKeys(c.account_id, "credit"))),
      ...data.student.map((s) => fromPlaidStudentLoan(s, liabilityKeys(s.account_id, "student"))),
    ],
    streams: data.streams.map((s) => fromPlaidStream(s, { user_id: keys.user_id })),
  };
}
