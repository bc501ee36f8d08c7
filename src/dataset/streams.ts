// Ground-truth recurring streams: the planners record each series when they create it; this turns
// them into one record per (series, account), shaped like Plaid's `TransactionStream`, listing exactly
// the transactions that carry its `stream_id`.
import type { RecurringStream } from "../schemas/recurring-stream.ts";
import type { Transaction } from "../schemas/transaction.ts";
import { toDay } from "../units/dates.ts";
import { toCents, toDollars } from "../units/money.ts";
import type { StreamPlan } from "./events.ts";

/**
 * The stream records of a customer's transactions (which must be sorted by date).
 *
 * @example
 * buildStreams(transactions, plan.streams, endDay)[0].frequency; // "BIWEEKLY"
 */
export function buildStreams(
  transactions: readonly Transaction[],
  plans: ReadonlyMap<string, StreamPlan>,
  endDay: number,
): RecurringStream[] {
  const members = new Map<string, Transaction[]>();
  for (const t of transactions) {
    if (t.stream_id === null) continue;
    let list = members.get(t.stream_id);
    if (!list) members.set(t.stream_id, (list = []));
    list.push(t);
  }
  const streams: RecurringStream[] = [];
  for (const [streamId, txns] of members) {
    const plan = plans.get(streamId);
    const first = txns[0] as Transaction;
    const last = txns[txns.length - 1] as Transaction;
    const totalCents = txns.reduce((sum, t) => sum + toCents(t.amount), 0);
    const periodDays = plan?.periodDays ?? 30;
    const isActive = toDay(last.date) + periodDays + Math.ceil(periodDays / 2) >= endDay;
    const mature = txns.length >= 3;
    streams.push({
      stream_id: streamId,
      account_id: first.account_id,
      user_id: first.user_id,
      description: first.name,
      merchant_name: first.merchant_name,
      frequency: plan?.frequency ?? "UNKNOWN",
      first_date: first.date,
      last_date: last.date,
      average_amount: toDollars(Math.round(totalCents / txns.length)),
      last_amount: last.amount,
      iso_currency_code: "USD",
      is_active: isActive,
      status: mature ? "MATURE" : isActive ? "EARLY_DETECTION" : "TOMBSTONED",
      personal_finance_category: { ...first.personal_finance_category },
      transaction_ids: txns.map((t) => t.transaction_id),
    });
  }
  return streams;
}
