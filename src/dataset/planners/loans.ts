// Student loan payments: the loan's monthly payment (the liability rule's), from checking, each month.
import { studentLoanPaymentCents } from "../../rules/liability.ts";
import { monthlyDays } from "../window.ts";
import { jitter, type PlanBudget, type PlanContext } from "./budget.ts";
import { nextMonthlyDay } from "./calendar.ts";

export interface LoanSchedule {
  paymentCents: number;
  nextDueDay: number;
}

export function planStudentLoan(ctx: PlanContext, budget: PlanBudget): LoanSchedule | null {
  const { rng, profile, user, accounts, window } = ctx;
  if (!accounts.loan) return null;
  const paymentCents = studentLoanPaymentCents(profile, user.metadata.income);
  const dom = rng.int(profile.budget.studentLoan.dayOfMonth.min, profile.budget.studentLoan.dayOfMonth.max);
  const period = profile.budget.payroll.periodDays.MONTHLY;
  const transferStream = budget.stream("MONTHLY", period);
  const loanStream = budget.stream("MONTHLY", period);
  for (const day of monthlyDays(window, dom, jitter(ctx), ctx.profile.budget.dayJitter)) {
    budget.add(
      { type: "loan_payment", day, cents: paymentCents, transferStream, loanStream },
      { count: 2, outCents: paymentCents },
    );
  }
  return { paymentCents, nextDueDay: nextMonthlyDay(window, dom) };
}
