// Card payments and interest: each card's autopay day, whether its latest due payment is skipped
// (overdue), whether its holder pays in full, and its statement days (a month's interest posts on each
// for a revolving card) are fixed before spending is planned (they count against the transaction
// target); the autopay amount, which covers the month's purchases and interest, is fixed after.
import { cardIsOverdue, monthlyInterestCents } from "../../rules/liability.ts";
import { toCents } from "../../units/money.ts";
import { inWindow, monthlyDays } from "../window.ts";
import { jitter, type PlanBudget, type PlanContext } from "./budget.ts";
import { nextMonthlyDay } from "./calendar.ts";

export interface CardSchedule {
  dayOfMonth: number;
  days: number[];
  overdue: boolean;
  /** A transactor: autopay pays the statement in full, so no interest is charged. */
  payInFull: boolean;
}

export interface CardOutcome {
  /** The day the skipped (overdue) payment was due, or null when the card is current. */
  overdueDueDay: number | null;
  nextDueDay: number;
}

/** Statement days: each due day less the statement lead, the next one after the window included. */
export function statementDays(ctx: PlanContext, schedule: Pick<CardSchedule, "days" | "dayOfMonth">): number[] {
  const lead = ctx.profile.liabilities.statementLeadDays;
  const dues = [...schedule.days, nextMonthlyDay(ctx.window, schedule.dayOfMonth)];
  return [...new Set(dues.map((d) => d - lead))].filter((d) => inWindow(ctx.window, d)).sort((a, b) => a - b);
}

export function scheduleCardPayments(ctx: PlanContext, budget: PlanBudget): CardSchedule[] {
  const { rng, profile, accounts, window } = ctx;
  const dom = profile.budget.cardPayments.dayOfMonth;
  const doms = accounts.cards.map(() => rng.int(dom.min, dom.max));
  const schedules: CardSchedule[] = doms.map((dayOfMonth) => ({
    dayOfMonth,
    days: monthlyDays(window, dayOfMonth, jitter(ctx), ctx.profile.budget.dayJitter),
    overdue: false,
    payInFull: false,
  }));
  for (const s of schedules) s.overdue = cardIsOverdue(profile, rng);
  const payInFullShare = profile.budget.cardPayments.payInFullShare;
  if (payInFullShare > 0) for (const s of schedules) s.payInFull = rng.chance(payInFullShare);
  schedules.forEach((s, c) => {
    budget.fixedCount += 2 * s.days.length;
    if (s.payInFull) return;
    const aprPercent = ctx.terms.cardAprs[c] as number;
    for (const day of statementDays(ctx, s))
      budget.add({ type: "card_interest", day, card: c, aprPercent }, { count: 1 });
  });
  return schedules;
}

/**
 * The autopay amount: the month's purchases times a cover factor plus a month's interest on the
 * opening balance, kept inside a share of what is owed.
 */
function autopayCents(
  ctx: PlanContext,
  openingOwed: number,
  purchases: number,
  paymentCount: number,
  aprPercent: number,
): number {
  const rules = ctx.profile.budget.cardPayments;
  const round = rules.roundCents;
  const perPayment = paymentCount > 0 ? purchases / paymentCount : 0;
  const factor = ctx.rng.float(rules.coverFactor.min, rules.coverFactor.max) * (1 - rules.frugalCut * ctx.frugal);
  const interest = monthlyInterestCents(openingOwed, aprPercent);
  const floor = Math.max(Math.ceil((openingOwed * rules.autopayShareOfOwed.min) / round) * round, rules.minimumCents);
  const ceiling = Math.max(floor, Math.floor((openingOwed * rules.autopayShareOfOwed.max) / round) * round);
  return Math.min(ceiling, Math.max(Math.ceil((perPayment * factor + interest) / round) * round, floor));
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
    const opening = toCents(card.opening_balance);
    const purchases = budget.cardPurchases[c] as number;
    const cents = schedule.payInFull
      ? Math.round((opening + purchases) / Math.max(1, schedule.days.length))
      : autopayCents(ctx, opening, purchases, schedule.days.length, ctx.terms.cardAprs[c] as number);
    const transferStream = budget.stream("MONTHLY", period);
    const cardStream = budget.stream("MONTHLY", period);
    const skipped = schedule.overdue ? (schedule.days.filter((d) => d < window.endDay).pop() ?? null) : null;
    for (const day of schedule.days) {
      if (day === skipped) continue;
      const full = schedule.payInFull ? { full: true } : {};
      budget.add(
        { type: "card_payment", day, card: c, cents, transferStream, cardStream, ...full },
        { outCents: cents },
      );
    }
    return { overdueDueDay: skipped, nextDueDay: nextMonthlyDay(window, schedule.dayOfMonth) };
  });
}
