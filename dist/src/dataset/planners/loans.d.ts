import { type PlanBudget, type PlanContext } from "./budget.ts";
export interface LoanSchedule {
    paymentCents: number;
    nextDueDay: number;
}
export declare function planStudentLoan(ctx: PlanContext, budget: PlanBudget): LoanSchedule | null;
//# sourceMappingURL=loans.d.ts.map