// Student loan payments: the loan's monthly payment from checking each month. The loan's rate and
// payment are drawn with its balance (`studentLoanTerms`) so the payment covers the month's interest,
// which the ledger accrues just before each payment, and repays the loan in 10-25 years.
import { monthlyDays } from "../window.ts";
import { jitter, type PlanBudget, type PlanContext } from "./budget.ts";
import { nextMonthlyDay } from "./calendar.ts";

export interface LoanSchedule {
  paymentCents: number;
  ratePercent: number;
  nextDueDay: number;
}

export function planStudentLoan(ctx: PlanContext, budget: PlanBudget): LoanSchedule | null {
  const { rng, profile, accounts, window, terms } = ctx;
  if (!accounts.loan || !terms.loan) return null;
  const { paymentCents, ratePercent } = terms.loan;
  const dom = rng.int(profile.budget.studentLoan.dayOfMonth.min, profile.budget.studentLoan.dayOfMonth.max);
  const period = profile.budget.payroll.periodDays.MONTHLY;
  const transferStream = budget.stream("MONTHLY", period);
  const loanStream = budget.stream("MONTHLY", period);
  for (const day of monthlyDays(window, dom, jitter(ctx), ctx.profile.budget.dayJitter)) {
    // Three transactions a month: the interest accrual and the payment's two legs.
    budget.add(
      { type: "loan_payment", day, cents: paymentCents, transferStream, loanStream, ratePercent },
      { count: 3, outCents: paymentCents },
    );
  }
  return { paymentCents, ratePercent, nextDueDay: nextMonthlyDay(window, dom) };
}
