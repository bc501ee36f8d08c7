import { type PlanBudget, type PlanContext } from "./budget.ts";
export interface CardSchedule {
    dayOfMonth: number;
    days: number[];
    overdue: boolean;
}
export interface CardOutcome {
    /** The day the skipped (overdue) payment was due, or null when the card is current. */
    overdueDueDay: number | null;
    nextDueDay: number;
}
export declare function scheduleCardPayments(ctx: PlanContext, budget: PlanBudget): CardSchedule[];
export declare function planCardPayments(ctx: PlanContext, budget: PlanBudget, schedules: readonly CardSchedule[]): CardOutcome[];
//# sourceMappingURL=cards.d.ts.map