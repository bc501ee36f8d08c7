import type { PlanBudget, PlanContext } from "./budget.ts";
export declare function planLifeExpense(ctx: PlanContext, budget: PlanBudget): void;
//# sourceMappingURL=life-events.d.ts.map