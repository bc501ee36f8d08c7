import { keyedRng } from "../random/rng.js";
import { PlanBudget } from "./planners/budget.js";
import { planCardPayments, scheduleCardPayments } from "./planners/cards.js";
import { planHousing, planUtilities } from "./planners/housing.js";
import { planSavingsInterest } from "./planners/interest.js";
import { planLifeExpense } from "./planners/life-events.js";
import { planStudentLoan } from "./planners/loans.js";
import { planPayroll } from "./planners/payroll.js";
import { planSavings, scheduleSavings } from "./planners/savings.js";
import { planSpending } from "./planners/spending.js";
import { planSubscriptions } from "./planners/subscriptions.js";
import { countBand, inWindow } from "./window.js";
/** How many transactions the plan aims for: inside the count band, away from its ends. */
function targetCount(ctx) {
    const band = countBand(ctx.window, ctx.profile.budget.countBand);
    const margin = Math.max(1, Math.round((band.max - band.min) * ctx.profile.budget.countBandMargin));
    return ctx.rng.int(band.min + margin, band.max - margin);
}
/**
 * Plan one customer's window. `attempt` > 0 re-plans more frugally after a plan that could not be
 * paid for or missed the count band.
 */
export function planCustomer(input) {
    const { profile, user, accounts, window } = input;
    const rng = keyedRng(input.seed, "plan", input.index, input.attempt);
    const ctx = { rng, profile, user, accounts, window, frugal: Math.min(1, input.attempt / profile.budget.replan.fullyFrugalAt) };
    const budget = new PlanBudget(rng, accounts.cards.length);
    planPayroll(ctx, budget);
    planHousing(ctx, budget);
    planUtilities(ctx, budget);
    planSubscriptions(ctx, budget, input.subscriptions);
    const loan = planStudentLoan(ctx, budget);
    planSavingsInterest(ctx, budget);
    planLifeExpense(ctx, budget);
    const cardSchedules = scheduleCardPayments(ctx, budget);
    const savingsSchedule = scheduleSavings(ctx, budget);
    const target = targetCount(ctx);
    planSpending(ctx, budget, Math.max(0, target - budget.fixedCount));
    const cards = planCardPayments(ctx, budget, cardSchedules);
    planSavings(ctx, budget, savingsSchedule);
    return {
        events: budget.events.filter((e) => inWindow(window, e.day)),
        streams: budget.streams,
        overdueDueDay: cards.map((c) => c.overdueDueDay),
        cardNextDue: cards.map((c) => c.nextDueDay),
        loanNextDue: loan?.nextDueDay ?? null,
        loanPaymentCents: loan?.paymentCents ?? null,
        lifeEvents: budget.lifeEvents,
        targetCount: target,
    };
}
//# sourceMappingURL=plan.js.map