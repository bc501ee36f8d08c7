// Student loan payments: the loan's monthly payment (the liability rule's), from checking, each month.
import { studentLoanPaymentCents } from "../../rules/liability.js";
import { monthlyDays } from "../window.js";
import { jitter } from "./budget.js";
import { nextMonthlyDay } from "./calendar.js";
export function planStudentLoan(ctx, budget) {
    const { rng, profile, user, accounts, window } = ctx;
    if (!accounts.loan)
        return null;
    const paymentCents = studentLoanPaymentCents(profile, user.metadata.income);
    const dom = rng.int(profile.budget.studentLoan.dayOfMonth.min, profile.budget.studentLoan.dayOfMonth.max);
    const period = profile.budget.payroll.periodDays.MONTHLY;
    const transferStream = budget.stream("MONTHLY", period);
    const loanStream = budget.stream("MONTHLY", period);
    for (const day of monthlyDays(window, dom, jitter(ctx))) {
        budget.add({ type: "loan_payment", day, cents: paymentCents, transferStream, loanStream }, { count: 2, outCents: paymentCents });
    }
    return { paymentCents, nextDueDay: nextMonthlyDay(window, dom) };
}
//# sourceMappingURL=loans.js.map