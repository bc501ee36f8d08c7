// A customer's plan: every recurring series and every discretionary purchase of the window, composed
// from one small planner per stream (src/dataset/planners/) through a budget that owns the counts and
// cash flows, so the amounts add up (spending scales with income; surplus is saved or invested).
import type { ProfileData } from "../data/profile.ts";
import { keyedRng } from "../random/rng.ts";
import { cardAprPercent, studentLoanTerms } from "../rules/liability.ts";
import type { User } from "../schemas/user.ts";
import { toCents } from "../units/money.ts";
import type { LedgerEvent, StreamPlan } from "./events.ts";
import {
  type CustomerAccounts,
  type LifeEventPlan,
  PlanBudget,
  type PlanContext,
  type PlanTerms,
} from "./planners/budget.ts";
import { planBills } from "./planners/bills.ts";
import { planCashAndP2p } from "./planners/cash.ts";
import { planRetirementIncome } from "./planners/retirement.ts";
import { drawRetirement } from "../rules/retirement.ts";
import { planCardPayments, scheduleCardPayments } from "./planners/cards.ts";
import { planHousing, planUtilities } from "./planners/housing.ts";
import { planSavingsInterest } from "./planners/interest.ts";
import { planLifeExpense } from "./planners/life-events.ts";
import { planStudentLoan } from "./planners/loans.ts";
import { planPayroll } from "./planners/payroll.ts";
import { planSavings, planStrainedOpening, scheduleSavings } from "./planners/savings.ts";
import { planSpending } from "./planners/spending.ts";
import { planSubscriptions } from "./planners/subscriptions.ts";
import { countBand, type DataWindow, inWindow } from "./window.ts";

export type { CustomerAccounts, LifeEventPlan };

export interface CustomerPlan {
  events: LedgerEvent[];
  /** Ground truth: every recurring series the plan created, by stream id. */
  streams: ReadonlyMap<string, StreamPlan>;
  /** Per card: the day the skipped (overdue) payment was due, or null when the card is current. */
  overdueDueDay: (number | null)[];
  /** Per card: the next due day after the window. */
  cardNextDue: number[];
  loanNextDue: number | null;
  loanPaymentCents: number | null;
  /** Each card's APR and the loan's rate, as the ledger charged them (the liabilities report them). */
  terms: PlanTerms;
  lifeEvents: LifeEventPlan[];
  /** Transactions the plan aims for (inside the count band). */
  targetCount: number;
  /** A strained customer's checking opening balance for this plan (`planStrainedOpening`), or null. */
  checkingOpeningCents: number | null;
}

export interface PlanInput {
  profile: ProfileData;
  seed: number;
  index: number;
  attempt: number;
  user: User;
  accounts: CustomerAccounts;
  window: DataWindow;
  /** How many of the five subscriptions the customer pays for (0-3). */
  subscriptions: number;
  /** Lives paycheck to paycheck (`BUDGET.stress`). */
  strained?: boolean;
}

/** Each card's APR and the loan's rate and payment: keyed by customer, the same in every re-plan. */
export function planTerms(input: Pick<PlanInput, "profile" | "user" | "accounts">): PlanTerms {
  const { profile, accounts } = input;
  const loan = accounts.loan;
  return {
    cardAprs: accounts.cards.map((card) => cardAprPercent(profile, card.account_id)),
    loan: loan
      ? studentLoanTerms(profile, loan.account_id, toCents(loan.opening_balance), input.user.metadata.income)
      : null,
  };
}

/** How many transactions the plan aims for: inside the count band, away from its ends. */
function targetCount(ctx: PlanContext): number {
  const band = countBand(ctx.window, ctx.profile.budget.countBand);
  const margin = Math.max(1, Math.round((band.max - band.min) * ctx.profile.budget.countBandMargin));
  // The last re-plan aims at the band's upper half: with no new card charges, card payments that find
  // less owed than their amount are skipped, which lowers the count.
  const low = ctx.lastResort ? Math.round((band.min + band.max) / 2) : band.min + margin;
  return ctx.rng.int(low, band.max - margin);
}

/**
 * Plan one customer's window. `attempt` > 0 re-plans more frugally after a plan that could not be
 * paid for or missed the count band.
 */
export function planCustomer(input: PlanInput): CustomerPlan {
  const { profile, user, accounts, window } = input;
  const rng = keyedRng(input.seed, "plan", input.index, input.attempt);
  const ctx: PlanContext = {
    rng,
    profile,
    user,
    accounts,
    window,
    frugal: Math.min(1, input.attempt / profile.budget.replan.fullyFrugalAt),
    lastResort: input.attempt === profile.budget.replan.maxAttempts - 1,
    terms: planTerms(input),
    strained: input.strained ?? false,
  };
  const budget = new PlanBudget(rng, accounts.cards.length);

  const retirement = drawRetirement(profile, input.seed, input.index, user.metadata);
  if (retirement) planRetirementIncome(ctx, budget, retirement);
  else planPayroll(ctx, budget);
  planHousing(ctx, budget);
  planUtilities(ctx, budget);
  planBills(ctx, budget);
  planSubscriptions(ctx, budget, input.subscriptions);
  const loan = planStudentLoan(ctx, budget);
  planSavingsInterest(ctx, budget);
  planLifeExpense(ctx, budget);
  const cardSchedules = scheduleCardPayments(ctx, budget);
  const savingsSchedule = scheduleSavings(ctx, budget);
  const target = targetCount(ctx);
  planCashAndP2p(ctx, budget, Math.floor(target * profile.budget.bills.maxFixedShareOfTarget) - budget.fixedCount);
  planSpending(ctx, budget, Math.max(0, target - budget.fixedCount));
  const cards = planCardPayments(ctx, budget, cardSchedules);
  planStrainedOpening(ctx, budget);
  planSavings(ctx, budget, savingsSchedule);

  return {
    events: budget.events.filter((e) => inWindow(window, e.day)),
    streams: budget.streams,
    overdueDueDay: cards.map((c) => c.overdueDueDay),
    cardNextDue: cards.map((c) => c.nextDueDay),
    loanNextDue: loan?.nextDueDay ?? null,
    loanPaymentCents: loan?.paymentCents ?? null,
    terms: ctx.terms,
    lifeEvents: budget.lifeEvents,
    targetCount: target,
    checkingOpeningCents: budget.checkingOpeningCents,
  };
}
