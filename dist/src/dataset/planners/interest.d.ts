import type { PlanBudget, PlanContext } from "./budget.ts";
export declare function planSavingsInterest(ctx: PlanContext, budget: PlanBudget): void;
//# sourceMappingURL=interest.d.ts.map