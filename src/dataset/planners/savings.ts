// Saving: a monthly transfer of what the budget leaves over (to savings, or out to investments), and
// a withdrawal from savings when the plan runs short (or now and then anyway). A strained customer
// (`BUDGET.stress`) keeps only about their low opening balance in checking: the rest of each month's
// pay leaves early in the month, so checking runs low before payday.
import { toCents } from "../../units/money.ts";
import { monthlyDays } from "../window.ts";
import { jitter, type PlanBudget, type PlanContext } from "./budget.ts";

export interface SavingsSchedule {
  days: number[];
  saves: boolean;
}

/** The monthly transfer days, fixed before spending so they count against the target. */
export function scheduleSavings(ctx: PlanContext, budget: PlanBudget): SavingsSchedule {
  const { rng, profile, user, accounts, window } = ctx;
  const rules = profile.budget.savings;
  const days = monthlyDays(
    window,
    rng.int(rules.transferDayOfMonth.min, rules.transferDayOfMonth.max),
    jitter(ctx),
    ctx.profile.budget.dayJitter,
  );
  const hasSavings = accounts.savings !== null;
  const saves = hasSavings || ctx.strained || user.metadata.income_bracket !== rules.nonSaverTier;
  if (saves) budget.fixedCount += days.length * (hasSavings ? 2 : 1);
  return { days, saves };
}

export function planSavings(ctx: PlanContext, budget: PlanBudget, schedule: SavingsSchedule): void {
  const { rng, profile, accounts, window } = ctx;
  const rules = profile.budget.savings;
  const opening = toCents(accounts.checking.opening_balance);
  const stress = profile.budget.stress;
  const targetEnd = ctx.strained
    ? opening * rng.float(stress.endFactor.min, stress.endFactor.max) +
      ctx.frugal * stress.replanBufferMonths * ((ctx.user.metadata.income * 100) / 12)
    : opening * rng.float(rules.checkingEndFactor.min, rules.checkingEndFactor.max);
  const surplus = opening + budget.inflowCents - budget.outflowCents - targetEnd;
  const period = profile.budget.payroll.periodDays.MONTHLY;
  if (schedule.saves && schedule.days.length > 0) {
    const rounded = Math.floor(surplus / schedule.days.length / rules.roundCents) * rules.roundCents;
    const monthly = Math.max(rules.minimumTransferCents, rounded || rules.minimumTransferCents);
    const transferStream = budget.stream("MONTHLY", period);
    const savingsStream = accounts.savings ? budget.stream("MONTHLY", period) : null;
    for (const day of schedule.days) budget.add({ type: "save", day, cents: monthly, transferStream, savingsStream });
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
