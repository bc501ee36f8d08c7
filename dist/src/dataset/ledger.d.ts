import type { ProfileData } from "../data/profile.ts";
import type { Rng } from "../random/rng.ts";
import type { Account } from "../schemas/account.ts";
import type { Transaction } from "../schemas/transaction.ts";
import type { HomeLocation } from "../schemas/user.ts";
import { type LedgerEvent } from "./events.ts";
import type { CustomerAccounts } from "./planners/budget.ts";
/** Balances in integer cents by account id: money held for depository accounts, amount owed for cards and loans. */
export declare class Balances {
    private readonly cents;
    constructor(accounts: readonly Account[]);
    of(account: Account): number;
    add(account: Account, delta: number): void;
}
export interface Payment {
    cents: number;
    day: number;
}
export interface LedgerResult {
    ok: boolean;
    /** Why the plan failed, when it did. */
    reason?: string;
    transactions: Transaction[];
    /** End-of-window balances. */
    balances: Balances;
    /** Life event id -> ids of the transactions it caused. */
    lifeEventTransactions: Map<string, string[]>;
    /** The latest payment each card and loan received, by account id. */
    lastPayment: Map<string, Payment>;
}
export declare function runLedger(rng: Rng, profile: ProfileData, accounts: CustomerAccounts, events: readonly LedgerEvent[], home: HomeLocation): LedgerResult;
//# sourceMappingURL=ledger.d.ts.map