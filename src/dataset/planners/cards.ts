// Card payments: each card's autopay day and whether its latest due payment is skipped (overdue) are
// fixed before spending is planned (they count against the transaction target); the autopay amount,
// which covers the month's purchases, is fixed after.
import { cardIsOverdue } from "../../rules/liability.ts";
import { toCents } from "../../units/money.ts";
import { monthlyDays } from "../window.ts";
import { jitter, type PlanBudget, type PlanContext } from "./budget.ts";
import { nextMonthlyDay } from "./calendar.ts";

export interface CardSchedule {
  dayOfMonth: number;
  days: number[];
  overdue: boolean;
}

export interface CardOutcome {
  /** The day the skipped (overdue) payment was due, or null when the card is current. */
  overdueDueDay: number | null;
  nextDueDay: number;
}

export function scheduleCardPayments(ctx: PlanContext, budget: PlanBudget): CardSchedule[] {
  const { rng, profile, accounts, window } = ctx;
  const dom = profile.budget.cardPayments.dayOfMonth;
  const doms = accounts.cards.map(() => rng.int(dom.min, dom.max));
  const schedules = doms.map((dayOfMonth) => ({
    dayOfMonth,
    days: monthlyDays(window, dayOfMonth, jitter(ctx), ctx.profile.budget.dayJitter),
    overdue: false,
  }));
  for (const s of schedules) s.overdue = cardIsOverdue(profile, rng);
  for (const s of schedules) budget.fixedCount += 2 * s.days.length;
  return schedules;
}

/** The autopay amount: the month's purchases times a cover factor, kept inside a share of what is owed. */
function autopayCents(ctx: PlanContext, openingOwed: number, purchases: number, paymentCount: number): number {
  const rules = ctx.profile.budget.cardPayments;
  const round = rules.roundCents;
  const perPayment = paymentCount > 0 ? purchases / paymentCount : 0;
  const factor = ctx.rng.float(rules.coverFactor.min, rules.coverFactor.max) * (1 - rules.frugalCut * ctx.frugal);
  const floor = Math.max(Math.ceil((openingOwed * rules.autopayShareOfOwed.min) / round) * round, rules.minimumCents);
  const ceiling = Math.max(floor, Math.floor((openingOwed * rules.autopayShareOfOwed.max) / round) * round);
  return Math.min(ceiling, Math.max(Math.round((perPayment * factor) / round) * round, floor));
}

export function planCardPayments(
  ctx: PlanContext,
  budget: PlanBudget,
  schedules: readonly CardSchedule[],
): CardOutcome[] {
  const { accounts, window, profile } = ctx;
  const period = profile.budget.payroll.periodDays.MONTHLY;
  return accounts.cards.map((card, c) => {
    const schedule = schedules[c] as CardSchedule;
    const cents = autopayCents(
      ctx,
      toCents(card.opening_balance),
      budget.cardPurchases[c] as number,
      schedule.days.length,
    );
    const transferStream = budget.stream("MONTHLY", period);
    const cardStream = budget.stream("MONTHLY", period);
    const skipped = schedule.overdue ? (schedule.days.filter((d) => d < window.endDay).pop() ?? null) : null;
    for (const day of schedule.days) {
      if (day !== skipped)
        budget.add({ type: "card_payment", day, card: c, cents, transferStream, cardStream }, { outCents: cents });
    }
    return { overdueDueDay: skipped, nextDueDay: nextMonthlyDay(window, schedule.dayOfMonth) };
  });
}
