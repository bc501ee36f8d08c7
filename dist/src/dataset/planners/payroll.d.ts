import type { PlanBudget, PlanContext } from "./budget.ts";
export declare function planPayroll(ctx: PlanContext, budget: PlanBudget): void;
//# sourceMappingURL=payroll.d.ts.map