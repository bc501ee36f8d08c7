// Integrity checks on a dataset: every account reconciles, balances stay valid every day, transfer
// legs pair up, liabilities match their latest payments, category pairs are PFCv2's, streams list
// their transactions. Each check returns the issues it found (an empty list means it passed), each
// with a `code` naming the check and the record's id as its `path`. Pure: no I/O.
import { DEFAULT_PROFILE } from "../data/profile.ts";
import type { Issue } from "../issues/issue.ts";
import type { Account } from "../schemas/account.ts";
import type { Liability } from "../schemas/liability.ts";
import type { RecurringStream } from "../schemas/recurring-stream.ts";
import { isPfcPair, type Transaction } from "../schemas/transaction.ts";
import { toCents } from "../units/money.ts";
import { type AccountReplay, byAccount, expectedAvailableCents, replayBalances } from "./balance-replay.ts";

/** The `code` of each integrity check's issues. */
export const INTEGRITY_CODES = {
  reconciliation: "reconciliation",
  dailyBalance: "daily_balance",
  transferPair: "transfer_pair",
  liability: "liability",
  pfcPair: "pfc_pair",
  stream: "stream",
} as const;

const issue = (code: string, id: string, message: string): Issue => ({ code, path: [id], message });

/** INT-1 over replayed accounts: the replayed balance equals `current_balance`, exactly in cents. */
export function reconciliationIssues(replays: readonly AccountReplay[]): Issue[] {
  const issues: Issue[] = [];
  for (const replay of replays) {
    const { account, closingCents } = replay;
    if (closingCents !== toCents(account.current_balance)) {
      issues.push(
        issue(
          INTEGRITY_CODES.reconciliation,
          account.account_id,
          `replayed balance ${closingCents / 100} differs from current_balance ${account.current_balance}`,
        ),
      );
      continue;
    }
    // Pending transactions: left out of the current balance, counted in the available one (Plaid).
    const available = expectedAvailableCents(replay);
    if (available !== null && account.available_balance !== null && toCents(account.available_balance) !== available)
      issues.push(
        issue(
          INTEGRITY_CODES.reconciliation,
          account.account_id,
          `available_balance ${account.available_balance} differs from ${available / 100} (current balance and pending transactions)`,
        ),
      );
  }
  return issues;
}

/** The bank's overdraft rule the checks hold checking to (`ACCOUNTS.overdraft`). */
export type OverdraftRule = { limitCents: number };

/**
 * Checking's problems against the overdraft rule: the first day it ends below `-limit`, and each
 * overdraft episode (a run of days ending below zero) with no overdraft fee on its first day.
 */
function checkingIssues(replay: AccountReplay, rule: OverdraftRule): Issue[] {
  const { account, days, overdraftFeeDates } = replay;
  const issues: Issue[] = [];
  const id = account.account_id;
  const beyond = days.find((d) => d.cents < -rule.limitCents);
  if (beyond)
    issues.push(
      issue(
        INTEGRITY_CODES.dailyBalance,
        id,
        `checking ends ${beyond.date} at ${beyond.cents / 100}, beyond its overdraft limit of ${rule.limitCents / 100}`,
      ),
    );
  const fees = new Set(overdraftFeeDates);
  let previous = replay.openingCents;
  for (const d of days) {
    if (d.cents < 0 && previous >= 0 && !fees.has(d.date))
      issues.push(issue(INTEGRITY_CODES.dailyBalance, id, `checking is overdrawn on ${d.date} with no overdraft fee`));
    previous = d.cents;
  }
  return issues;
}

/**
 * INT-2 over replayed accounts: checking stays within its overdraft limit and each overdraft episode is
 * charged a fee on its first day; the first day (if any) each card ends out of 0..limit.
 */
export function dailyBalanceIssues(
  replays: readonly AccountReplay[],
  rule: OverdraftRule = DEFAULT_PROFILE.accounts.overdraft,
): Issue[] {
  const issues: Issue[] = [];
  for (const replay of replays) {
    const { account, days } = replay;
    if (account.subtype === "checking") {
      issues.push(...checkingIssues(replay, rule));
    } else if (account.type === "credit") {
      const limit = toCents(account.credit_limit ?? 0);
      const day = days.find((d) => d.cents < 0 || d.cents > limit);
      if (day)
        issues.push(
          issue(
            INTEGRITY_CODES.dailyBalance,
            account.account_id,
            `card owes ${day.cents / 100} on ${day.date}, outside 0..${account.credit_limit}`,
          ),
        );
    }
  }
  return issues;
}

/**
 * Opening balance plus the window's transactions equals the current balance, exactly in cents
 * (for cards and loans: opening owed minus the transactions).
 */
export function checkReconciliation(accounts: readonly Account[], transactions: readonly Transaction[]): Issue[] {
  return reconciliationIssues(replayBalances(accounts, transactions));
}

/**
 * Checking never ends a day below its overdraft limit, and every overdraft episode is charged a fee on
 * the day it starts; a card's amount owed stays within [0, limit] every day.
 */
export function checkDailyBalances(
  accounts: readonly Account[],
  transactions: readonly Transaction[],
  rule: OverdraftRule = DEFAULT_PROFILE.accounts.overdraft,
): Issue[] {
  return dailyBalanceIssues(replayBalances(accounts, transactions), rule);
}

/** Every `transfer_id` has exactly two legs: same user and date, opposite amounts, two accounts. */
export function checkTransferPairs(transactions: readonly Transaction[]): Issue[] {
  const legs = new Map<string, Transaction[]>();
  for (const t of transactions) {
    if (t.transfer_id === null) continue;
    let list = legs.get(t.transfer_id);
    if (!list) legs.set(t.transfer_id, (list = []));
    list.push(t);
  }
  const issues: Issue[] = [];
  for (const [id, list] of legs) {
    const [a, b] = list;
    if (list.length !== 2 || !a || !b)
      issues.push(issue(INTEGRITY_CODES.transferPair, id, `${list.length} legs instead of 2`));
    else if (
      a.date !== b.date ||
      toCents(a.amount) + toCents(b.amount) !== 0 ||
      a.account_id === b.account_id ||
      a.user_id !== b.user_id
    ) {
      issues.push(issue(INTEGRITY_CODES.transferPair, id, "legs differ in date, amount, user, or share an account"));
    }
  }
  return issues;
}

/** The liability's last payment against the account's latest payment (null when it matches). */
function lastPaymentMismatch(liability: Liability, own: readonly Transaction[]): Issue | null {
  const payments = own.filter((t) => t.amount > 0 && t.personal_finance_category.primary === "LOAN_PAYMENTS");
  const latest = payments[payments.length - 1];
  const matches = latest
    ? liability.last_payment_amount === latest.amount && liability.last_payment_date === latest.date
    : liability.last_payment_amount === null && liability.last_payment_date === null;
  if (matches) return null;
  const message = `last payment ${liability.last_payment_amount} on ${liability.last_payment_date} is not the latest payment (${latest?.amount} on ${latest?.date})`;
  return issue(INTEGRITY_CODES.liability, liability.liability_id, message);
}

/** Each card and student loan has exactly one liability, whose last payment is the account's latest payment. */
export function checkLiabilities(
  accounts: readonly Account[],
  liabilities: readonly Liability[],
  transactions: readonly Transaction[],
): Issue[] {
  const issues: Issue[] = [];
  const grouped = byAccount(transactions);
  const liabilityOf = new Map<string, Liability[]>();
  for (const l of liabilities) {
    const list = liabilityOf.get(l.account_id);
    if (list) list.push(l);
    else liabilityOf.set(l.account_id, [l]);
  }
  for (const account of accounts) {
    const needs = account.type === "credit" || (account.type === "loan" && account.subtype === "student");
    const found = liabilityOf.get(account.account_id) ?? [];
    if (!needs) {
      if (found.length > 0)
        issues.push(
          issue(INTEGRITY_CODES.liability, account.account_id, `a ${account.subtype} account has a liability`),
        );
    } else if (found.length !== 1) {
      issues.push(issue(INTEGRITY_CODES.liability, account.account_id, `${found.length} liabilities instead of 1`));
    } else {
      const mismatch = lastPaymentMismatch(found[0] as Liability, grouped.get(account.account_id) ?? []);
      if (mismatch) issues.push(mismatch);
    }
  }
  return issues;
}

/** Every transaction's (primary, detailed) category is a pair of the PFCv2 taxonomy. */
export function checkPfcPairs(transactions: readonly Transaction[]): Issue[] {
  const issues: Issue[] = [];
  for (const t of transactions) {
    const pfc = t.personal_finance_category;
    if (!isPfcPair(pfc?.primary, pfc?.detailed))
      issues.push(issue(INTEGRITY_CODES.pfcPair, t.transaction_id, `${pfc?.primary}/${pfc?.detailed}`));
  }
  return issues;
}

/** The problem with one stream against the transactions carrying its id (null when there is none). */
function streamMismatch(s: RecurringStream, members: readonly Transaction[]): string | null {
  const list = members.slice().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (list.map((t) => t.transaction_id).join() !== s.transaction_ids.join())
    return "transaction_ids differ from the transactions carrying this stream_id";
  if (list.some((t) => t.account_id !== s.account_id)) return "a member transaction is on another account";
  if (list[0]?.date !== s.first_date || list[list.length - 1]?.date !== s.last_date)
    return "first_date/last_date do not match";
  return null;
}

/** Each stream's `transaction_ids` are exactly its transactions (those carrying its id), sorted by date. */
export function checkStreams(streams: readonly RecurringStream[], transactions: readonly Transaction[]): Issue[] {
  const members = new Map<string, Transaction[]>();
  for (const t of transactions) {
    if (t.stream_id === null) continue;
    const list = members.get(t.stream_id);
    if (list) list.push(t);
    else members.set(t.stream_id, [t]);
  }
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const s of streams) {
    seen.add(s.stream_id);
    const message = streamMismatch(s, members.get(s.stream_id) ?? []);
    if (message) issues.push(issue(INTEGRITY_CODES.stream, s.stream_id, message));
  }
  for (const id of members.keys())
    if (!seen.has(id))
      issues.push(issue(INTEGRITY_CODES.stream, id, "transactions carry a stream_id with no stream record"));
  return issues;
}
