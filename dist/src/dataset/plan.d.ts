import type { ProfileData } from "../data/profile.ts";
import type { User } from "../schemas/user.ts";
import type { LedgerEvent, StreamPlan } from "./events.ts";
import { type CustomerAccounts, type LifeEventPlan } from "./planners/budget.ts";
import { type DataWindow } from "./window.ts";
export type { CustomerAccounts, LifeEventPlan };
export interface CustomerPlan {
    events: LedgerEvent[];
    /** Ground truth: every recurring series the plan created, by stream id. */
    streams: ReadonlyMap<string, StreamPlan>;
    /** Per card: the day the skipped (overdue) payment was due, or null when the card is current. */
    overdueDueDay: (number | null)[];
    /** Per card: the next due day after the window. */
    cardNextDue: number[];
    loanNextDue: number | null;
    loanPaymentCents: number | null;
    lifeEvents: LifeEventPlan[];
    /** Transactions the plan aims for (inside the count band). */
    targetCount: number;
}
export interface PlanInput {
    profile: ProfileData;
    seed: number;
    index: number;
    attempt: number;
    user: User;
    accounts: CustomerAccounts;
    window: DataWindow;
    /** How many of the five subscriptions the customer pays for (0-3). */
    subscriptions: number;
}
/**
 * Plan one customer's window. `attempt` > 0 re-plans more frugally after a plan that could not be
 * paid for or missed the count band.
 */
export declare function planCustomer(input: PlanInput): CustomerPlan;
//# sourceMappingURL=plan.d.ts.map