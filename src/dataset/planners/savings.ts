// Saving: a monthly transfer of what the budget leaves over (to savings, or out to investments), and
// a withdrawal from savings when the plan runs short (or now and then anyway). A strained customer
// (`BUDGET.stress`) keeps only about their low opening balance in checking: the rest of each month's
// pay leaves early in the month, so checking runs low before payday.
import { fromDay } from "../../units/dates.ts";
import { toCents } from "../../units/money.ts";
import { monthlyDays } from "../window.ts";
import type { LedgerEvent } from "../events.ts";
import { jitter, type PlanBudget, type PlanContext } from "./budget.ts";

export interface SavingsSchedule {
  days: number[];
  saves: boolean;
}

/** The monthly transfer days, fixed before spending so they count against the target. */
export function scheduleSavings(ctx: PlanContext, budget: PlanBudget): SavingsSchedule {
  const { rng, profile, user, accounts, window } = ctx;
  const rules = profile.budget.savings;
  const monthly = monthlyDays(
    window,
    rng.int(rules.transferDayOfMonth.min, rules.transferDayOfMonth.max),
    jitter(ctx),
    ctx.profile.budget.dayJitter,
  );
  // A strained customer's leftover is swept out the day before the month's last payday, at the trough.
  const days = ctx.strained
    ? lastPaydays(budget)
        .map((d) => d - 1)
        .filter((d) => d >= window.startDay)
    : monthly;
  const hasSavings = accounts.savings !== null;
  const saves = hasSavings || ctx.strained || user.metadata.income_bracket !== rules.nonSaverTier;
  if (saves) budget.fixedCount += days.length * (hasSavings ? 2 : 1);
  return { days, saves };
}

/** The last payday of each calendar month the plan pays in. */
function lastPaydays(budget: PlanBudget): number[] {
  const last = new Map<string, number>();
  for (const e of budget.events) {
    if (e.type !== "payroll") continue;
    const month = fromDay(e.day).slice(0, 7);
    const day = last.get(month);
    if (day === undefined || e.day > day) last.set(month, e.day);
  }
  return [...last.values()].sort((a, b) => a - b);
}

/** Cents an event takes out of checking, as planned (card charges take none). */
function checkingOutflow(e: LedgerEvent): number {
  switch (e.type) {
    case "rent":
    case "utility":
    case "loan_payment":
    case "card_payment":
      return e.cents;
    case "subscription":
      return e.card === null ? e.service.price_cents : 0;
    case "spend":
      return e.preferCard === null ? e.cents : 0;
    case "life_expense":
      return e.card === null ? e.cents : 0;
    default:
      return 0;
  }
}

/**
 * A strained customer opens with their small cushion plus what carries them to the first payday: the
 * planned payments out of checking before it (a monthly payer was paid just before the window began).
 * Called once every other stream is planned, before saving.
 */
export function planStrainedOpening(ctx: PlanContext, budget: PlanBudget): void {
  if (!ctx.strained) return;
  const paydays = budget.events.filter((e) => e.type === "payroll").map((e) => e.day);
  if (paydays.length === 0) return;
  const first = Math.min(...paydays);
  const carry = budget.events.filter((e) => e.day < first).reduce((sum, e) => sum + checkingOutflow(e), 0);
  budget.checkingOpeningCents = toCents(ctx.accounts.checking.opening_balance) + carry;
}

export function planSavings(ctx: PlanContext, budget: PlanBudget, schedule: SavingsSchedule): void {
  const { rng, profile, accounts, window } = ctx;
  const rules = profile.budget.savings;
  const opening = budget.checkingOpeningCents ?? toCents(accounts.checking.opening_balance);
  const stress = profile.budget.stress;
  const targetEnd = ctx.strained
    ? opening * rng.float(stress.endFactor.min, stress.endFactor.max)
    : opening * rng.float(rules.checkingEndFactor.min, rules.checkingEndFactor.max);
  const surplus = opening + budget.inflowCents - budget.outflowCents - targetEnd;
  const period = profile.budget.payroll.periodDays.MONTHLY;
  if (schedule.saves && schedule.days.length > 0) {
    const round = ctx.strained ? profile.budget.stress.roundCents : rules.roundCents;
    const rounded = Math.floor(surplus / schedule.days.length / round) * round;
    const monthly = Math.max(rules.minimumTransferCents, rounded || rules.minimumTransferCents);
    const transferStream = budget.stream("MONTHLY", period);
    const savingsStream = accounts.savings ? budget.stream("MONTHLY", period) : null;
    const partial = ctx.strained ? { partial: { keepCents: toCents(accounts.checking.opening_balance) } } : {};
    for (const day of schedule.days)
      budget.add({ type: "save", day, cents: monthly, transferStream, savingsStream, ...partial });
  }
  if (!accounts.savings) return;
  if (surplus < 0) {
    const need = Math.min(
      toCents(accounts.savings.opening_balance),
      Math.ceil(-surplus / rules.roundCents) * rules.roundCents,
    );
    const margin = Math.min(rules.withdrawalMarginDays, Math.floor(window.days / 4));
    if (need > 0)
      budget.add({ type: "withdraw", day: rng.int(window.startDay + margin, window.endDay - margin), cents: need });
  } else if (rng.chance(rules.extraWithdrawalShare)) {
    const hundreds = rng.int(rules.extraWithdrawalHundreds.min, rules.extraWithdrawalHundreds.max);
    budget.add({ type: "withdraw", day: rng.int(window.startDay, window.endDay), cents: hundreds * 10_000 });
  }
}
