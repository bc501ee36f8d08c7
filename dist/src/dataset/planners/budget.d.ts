import type { ProfileData } from "../../data/profile.ts";
import type { Rng } from "../../random/rng.ts";
import type { Account } from "../../schemas/account.ts";
import type { StreamFrequency } from "../../schemas/recurring-stream.ts";
import type { User } from "../../schemas/user.ts";
import type { LedgerEvent, StreamPlan } from "../events.ts";
import type { DataWindow } from "../window.ts";
export interface CustomerAccounts {
    checking: Account;
    savings: Account | null;
    cards: Account[];
    loan: Account | null;
}
export interface LifeEventPlan {
    id: string;
    kind: "medical" | "job_change" | "large_purchase";
    startDay: number;
    endDay: number;
    /** Dollars in cents: the expense (negative) or the change in pay per period. */
    cents: number;
}
/** The customer a plan is for; planners read it and never change it. */
export interface PlanContext {
    rng: Rng;
    profile: ProfileData;
    user: User;
    accounts: CustomerAccounts;
    window: DataWindow;
    /** 0 for the first plan, rising to 1 as re-plans get more frugal. */
    frugal: number;
}
/** How an event moves money, for the budget's running totals. */
export interface EventFlow {
    /** Transactions the event makes (a transfer makes two). */
    count?: number;
    /** Cents into checking. */
    inCents?: number;
    /** Cents out of checking. */
    outCents?: number;
    /** Cents charged to a card. */
    card?: {
        index: number;
        cents: number;
    };
}
export declare class PlanBudget {
    private readonly rng;
    readonly events: LedgerEvent[];
    readonly streams: Map<string, StreamPlan>;
    readonly lifeEvents: LifeEventPlan[];
    /** Transactions the fixed series will make; everyday spending fills the rest of the target. */
    fixedCount: number;
    inflowCents: number;
    outflowCents: number;
    readonly cardPurchases: number[];
    constructor(rng: Rng, cards: number);
    /** A new recurring series, recorded as ground truth. */
    stream(frequency: StreamFrequency, periodDays: number): StreamPlan;
    /** A new life-event id. */
    lifeEventId(): string;
    add(event: LedgerEvent, flow?: EventFlow): void;
}
/** Day-of-month jitter for monthly bills (`BUDGET.dayJitter`). */
export declare function jitter(ctx: PlanContext): () => number;
//# sourceMappingURL=budget.d.ts.map