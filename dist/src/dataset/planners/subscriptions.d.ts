import { type PlanBudget, type PlanContext } from "./budget.ts";
export declare function planSubscriptions(ctx: PlanContext, budget: PlanBudget, count: number): void;
//# sourceMappingURL=subscriptions.d.ts.map