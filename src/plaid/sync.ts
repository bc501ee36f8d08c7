// The change log behind `/transactions/sync`: an Item's transactions as a list of added, modified
// and removed events, read in pages by a cursor that is a position in that list. The initial
// history is "added" in date order; later changes (a pending transaction posting) are appended, so
// a cursor handed out earlier stays valid and picks up exactly what changed since.
import type { RemovedTransaction, Transaction as PlaidTransaction } from "plaid";
import { opaqueId } from "./ids.ts";

export type SyncEvent =
  | { kind: "added"; transaction: PlaidTransaction }
  | { kind: "modified"; transaction: PlaidTransaction }
  | { kind: "removed"; removed: RemovedTransaction };

const CURSOR_PREFIX = "ssf1.";

/** The cursor for position `position` of the log of `itemId` (opaque to clients, as Plaid's are). */
export function encodeCursor(itemId: string, position: number): string {
  return CURSOR_PREFIX + Buffer.from(`${itemId}:${position}`, "utf8").toString("base64url");
}

/** The position a cursor names, or null if it is not a cursor of this Item. */
export function decodeCursor(cursor: string, itemId: string): number | null {
  if (!cursor.startsWith(CURSOR_PREFIX)) return null;
  const text = Buffer.from(cursor.slice(CURSOR_PREFIX.length), "base64url").toString("utf8");
  const match = /^(.+):(\d{1,9})$/.exec(text);
  if (!match || match[1] !== itemId) return null;
  return Number(match[2]);
}

export class SyncLog {
  readonly events: SyncEvent[] = [];
  /** The Item's transactions as they stand after every event. */
  readonly current = new Map<string, PlaidTransaction>();

  constructor(initial: readonly PlaidTransaction[]) {
    for (const t of initial) this.add(t);
  }

  add(transaction: PlaidTransaction): void {
    this.events.push({ kind: "added", transaction });
    this.current.set(transaction.transaction_id, transaction);
  }

  modify(transaction: PlaidTransaction): void {
    if (!this.current.has(transaction.transaction_id))
      throw new RangeError(`no transaction ${transaction.transaction_id} to modify`);
    this.events.push({ kind: "modified", transaction });
    this.current.set(transaction.transaction_id, transaction);
  }

  remove(transactionId: string): void {
    const t = this.current.get(transactionId);
    if (!t) throw new RangeError(`no transaction ${transactionId} to remove`);
    this.events.push({ kind: "removed", removed: { transaction_id: transactionId, account_id: t.account_id } });
    this.current.delete(transactionId);
  }

  /**
   * Post a pending transaction as Plaid does: the pending one is removed and a posted one with a
   * new id (derived from the pending id) is added, its `pending_transaction_id` naming the pending
   * one. Returns the posted transaction.
   */
  postPending(
    pendingId: string,
    posted: { date?: string; amount?: number; transaction_id?: string } = {},
  ): PlaidTransaction {
    const pending = this.current.get(pendingId);
    if (!pending) throw new RangeError(`no transaction ${pendingId} to post`);
    if (!pending.pending) throw new RangeError(`transaction ${pendingId} is not pending`);
    const transaction: PlaidTransaction = {
      ...pending,
      transaction_id: posted.transaction_id ?? `txn_${opaqueId(`posted:${pendingId}`, 32)}`,
      pending: false,
      pending_transaction_id: pendingId,
      date: posted.date ?? pending.date,
      amount: posted.amount ?? pending.amount,
    };
    this.remove(pendingId);
    this.add(transaction);
    return transaction;
  }
}

export interface SyncPage {
  added: PlaidTransaction[];
  modified: PlaidTransaction[];
  removed: RemovedTransaction[];
  next: number;
  hasMore: boolean;
}

/** Up to `count` events from `position`, only those of `accountId` when given. */
export function readPage(log: SyncLog, position: number, count: number, accountId?: string): SyncPage {
  const page: SyncPage = { added: [], modified: [], removed: [], next: position, hasMore: false };
  const matches = (e: SyncEvent) =>
    accountId === undefined || (e.kind === "removed" ? e.removed.account_id : e.transaction.account_id) === accountId;
  let taken = 0;
  let i = position;
  for (; i < log.events.length && taken < count; i++) {
    const e = log.events[i] as SyncEvent;
    if (!matches(e)) continue;
    taken++;
    if (e.kind === "added") page.added.push(e.transaction);
    else if (e.kind === "modified") page.modified.push(e.transaction);
    else page.removed.push(e.removed);
  }
  page.next = i;
  for (let j = i; j < log.events.length; j++) {
    if (matches(log.events[j] as SyncEvent)) {
      page.hasMore = true;
      break;
    }
  }
  return page;
}
