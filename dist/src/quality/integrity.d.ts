import type { Account } from "../schemas/account.ts";
import type { Liability } from "../schemas/liability.ts";
import type { RecurringStream } from "../schemas/recurring-stream.ts";
import type { Transaction } from "../schemas/transaction.ts";
export interface Problem {
    /** The record the problem is about (an id). */
    id: string;
    message: string;
}
/**
 * Opening balance plus the window's transactions equals the current balance, exactly in cents
 * (for cards and loans: opening owed minus the transactions).
 */
export declare function checkReconciliation(accounts: readonly Account[], transactions: readonly Transaction[]): Problem[];
/** Checking never ends a day below zero; a card's amount owed stays within [0, limit] every day. */
export declare function checkDailyBalances(accounts: readonly Account[], transactions: readonly Transaction[]): Problem[];
/** Every `transfer_id` has exactly two legs: same user and date, opposite amounts, two accounts. */
export declare function checkTransferPairs(transactions: readonly Transaction[]): Problem[];
/** Each card and student loan has exactly one liability, whose last payment is the account's latest payment. */
export declare function checkLiabilities(accounts: readonly Account[], liabilities: readonly Liability[], transactions: readonly Transaction[]): Problem[];
/** Each stream's `transaction_ids` are exactly its transactions (those carrying its id), sorted by date. */
export declare function checkStreams(streams: readonly RecurringStream[], transactions: readonly Transaction[]): Problem[];
//# sourceMappingURL=integrity.d.ts.map