import { type PlanBudget, type PlanContext } from "./budget.ts";
export declare function planHousing(ctx: PlanContext, budget: PlanBudget): void;
export declare function planUtilities(ctx: PlanContext, budget: PlanBudget): void;
//# sourceMappingURL=housing.d.ts.map