import { type PlanBudget, type PlanContext } from "./budget.ts";
export interface SavingsSchedule {
    days: number[];
    saves: boolean;
}
/** The monthly transfer days, fixed before spending so they count against the target. */
export declare function scheduleSavings(ctx: PlanContext, budget: PlanBudget): SavingsSchedule;
export declare function planSavings(ctx: PlanContext, budget: PlanBudget, schedule: SavingsSchedule): void;
//# sourceMappingURL=savings.d.ts.map