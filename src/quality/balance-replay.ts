// One replay of an account's balance through the data window: every balance check (INT-1
// reconciliation, INT-2 daily balances) and the balance-path chart read the same replay.
import type { Account } from "../schemas/account.ts";
import type { Transaction } from "../schemas/transaction.ts";
import { toCents } from "../units/money.ts";

export interface AccountReplay {
  account: Account;
  /** The balance at the start of the window, in cents (held for depository accounts, owed for cards and loans). */
  openingCents: number;
  /** The balance after every transaction of the window, in cents. */
  closingCents: number;
  /** The end-of-day balance, in cents, of each day with transactions, in date order. */
  days: { date: string; cents: number }[];
  /**
   * The pending transactions' effect on the balance, in cents (held: negative for a pending purchase
   * on a depository; owed: positive for one on a card). Plaid's current balance leaves them out; the
   * available balance counts them.
   */
  pendingCents: number;
  /** The dates of the account's overdraft fees (`BANK_FEES_OVERDRAFT_FEES`), in date order. */
  overdraftFeeDates: string[];
}

const byDate = (a: Transaction, b: Transaction) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** Transactions grouped by account, each list sorted by date (stable: same-day order is kept). */
export function byAccount(transactions: readonly Transaction[]): Map<string, Transaction[]> {
  const map = new Map<string, Transaction[]>();
  for (const t of transactions) {
    let list = map.get(t.account_id);
    if (!list) map.set(t.account_id, (list = []));
    list.push(t);
  }
  for (const list of map.values()) list.sort(byDate);
  return map;
}

/** Sign of a transaction's effect on the account's balance as Plaid means it (held or owed). */
export function balanceEffect(account: Account, amountCents: number): number {
  return account.type === "depository" ? amountCents : -amountCents;
}

/** Replays one account: opening balance, then each day's posted transactions (pending ones set apart). */
export function replayAccount(account: Account, transactions: readonly Transaction[]): AccountReplay {
  const openingCents = toCents(account.opening_balance);
  let cents = openingCents;
  let pendingCents = 0;
  const days: AccountReplay["days"] = [];
  const overdraftFeeDates: string[] = [];
  for (const t of transactions) {
    if (t.pending) {
      pendingCents += balanceEffect(account, toCents(t.amount));
      continue;
    }
    if (t.personal_finance_category?.detailed === "BANK_FEES_OVERDRAFT_FEES") overdraftFeeDates.push(t.date);
    cents += balanceEffect(account, toCents(t.amount));
    const last = days[days.length - 1];
    if (last && last.date === t.date) last.cents = cents;
    else days.push({ date: t.date, cents });
  }
  return { account, openingCents, closingCents: cents, days, pendingCents, overdraftFeeDates };
}

/**
 * The available balance Plaid would report after a replay: a depository's current balance less its
 * pending outflows, a card's credit limit less what it owes including pending purchases; null for loans.
 */
export function expectedAvailableCents(replay: AccountReplay): number | null {
  const { account, closingCents, pendingCents } = replay;
  if (account.type === "depository") return closingCents + pendingCents;
  if (account.type === "credit") return toCents(account.credit_limit ?? 0) - (closingCents + pendingCents);
  return null;
}

/** Replays every account over its own transactions (sorted by date). */
export function replayBalances(accounts: readonly Account[], transactions: readonly Transaction[]): AccountReplay[] {
  const grouped = byAccount(transactions);
  return accounts.map((account) => replayAccount(account, grouped.get(account.account_id) ?? []));
}
