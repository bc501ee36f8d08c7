// Payroll: every Friday, every other Friday, the 15th and the last day, or the last business day of each
// month (`BUDGET.payroll.frequencyShares`), a payday off a business day moving to the business day
// before; net of tax, ±2 % per deposit. A job change leaves a gap of two to four weeks and then pays a
// new amount from a new employer.
import { EMPLOYERS } from "../../data/merchants.ts";
import {
  drawPayFrequency,
  netPayPerPeriodCents,
  type PayFrequency,
  payDepositCents,
} from "../../rules/transactions/bills.ts";
import type { StreamPlan } from "../events.ts";
import { businessDayWithin, previousBusinessDay } from "../../units/business-days.ts";
import { dayOf, fromDay, monthsBetween, weekdayOfDay } from "../../units/dates.ts";
import { biweeklyFridays, type DataWindow, inWindow, lastBusinessDays } from "../window.ts";
import type { PlanBudget, PlanContext } from "./budget.ts";

export function planPayroll(ctx: PlanContext, budget: PlanBudget): void {
  const { rng, profile, user, window } = ctx;
  const m = user.metadata;
  const frequency = drawPayFrequency(profile, rng);
  const employers = rng.shuffle(EMPLOYERS);
  const paydays = paydaysInWindow(frequency, window, rng.int(0, 1));
  const periodDays = profile.budget.payroll.periodDays[frequency];
  const perPeriod = netPayPerPeriodCents(profile, m.income, frequency, m.income_bracket);
  const stream = budget.stream(frequency, periodDays);
  const pay = (day: number, cents: number, employer: string, series: StreamPlan, lifeEvent?: string) => {
    const deposit = payDepositCents(profile, rng, cents);
    budget.add(
      { type: "payroll", day, cents: deposit, employer, stream: series, ...(lifeEvent ? { lifeEvent } : {}) },
      { count: 1, inCents: deposit },
    );
  };
  if (m.life_event !== "job_change" || paydays.length < 4) {
    for (const day of paydays) pay(day, perPeriod, employers[0] as string, stream);
    return;
  }
  const rules = profile.lifeEvents;
  const lastOld = paydays[rng.int(1, Math.max(1, Math.floor(paydays.length / 2)))] as number;
  const gapStart = lastOld + periodDays; // the first payday that does not come
  const gap = { min: gapStart + rules.jobChangeGapDays.min, max: gapStart + rules.jobChangeGapDays.max };
  const firstNew = firstPaydayAfterGap(
    frequency,
    gap,
    gapStart + rng.int(rules.jobChangeGapDays.min, rules.jobChangeGapDays.max),
  );
  const newPaydays = paydaysFrom(frequency, firstNew, window.endDay);
  const newPerPeriod = perPeriod * rng.float(rules.jobChangeRaise.min, rules.jobChangeRaise.max);
  const newStream = budget.stream(frequency, periodDays);
  const eventId = budget.lifeEventId();
  for (const day of paydays) if (day <= lastOld) pay(day, perPeriod, employers[0] as string, stream);
  for (const day of newPaydays)
    pay(day, newPerPeriod, employers[1] as string, newStream, day === firstNew ? eventId : undefined);
  budget.lifeEvents.push({
    id: eventId,
    kind: "job_change",
    startDay: gapStart,
    endDay: Math.min(firstNew, window.endDay),
    cents: Math.round(newPerPeriod - perPeriod),
  });
}

/**
 * The new employer's first payday: inside the 2-4 week gap the spec allows, a Friday for a biweekly
 * payroll (a 15-day range always holds one), else the business day nearest the drawn end of the gap.
 */
function firstPaydayAfterGap(frequency: PayFrequency, gap: { min: number; max: number }, drawn: number): number {
  if (frequency === "BIWEEKLY" || frequency === "WEEKLY") {
    const friday = drawn + ((5 - weekdayOfDay(drawn) + 7) % 7);
    const inGap = friday <= gap.max ? friday : friday - 7;
    const payday = previousBusinessDay(inGap);
    return payday >= gap.min ? payday : businessDayWithin(inGap, gap.min, gap.max);
  }
  return businessDayWithin(drawn, gap.min, gap.max);
}

/** Paydays from `first` to `endDay`: every other Friday, or the same day of each month, on business days. */
function paydaysFrom(frequency: PayFrequency, first: number, endDay: number): number[] {
  const out: number[] = [];
  if (frequency === "SEMI_MONTHLY") {
    const after = { startDay: first + 1, endDay, months: monthsBetween(first, endDay) };
    return [first, ...semiMonthlyDays(after).filter((day) => day > first)];
  }
  if (frequency === "BIWEEKLY" || frequency === "WEEKLY") {
    const step = frequency === "WEEKLY" ? 7 : 14;
    for (let friday = first + ((5 - weekdayOfDay(first) + 7) % 7); ; friday += step) {
      const day = out.length === 0 ? first : previousBusinessDay(friday);
      if (day > endDay) break;
      out.push(day);
    }
    return out;
  }
  const [year, month, dom] = fromDay(first).split("-").map(Number) as [number, number, number];
  for (let k = 0; ; k++) {
    const day =
      k === 0
        ? first
        : previousBusinessDay(dayOf(year + Math.floor((month - 1 + k) / 12), ((month - 1 + k) % 12) + 1, dom));
    if (day > endDay) break;
    out.push(day);
  }
  return out;
}

/** The window's paydays for a frequency; `firstWeek` (0 or 1) picks the biweekly cycle. */
export function paydaysInWindow(frequency: PayFrequency, window: DataWindow, firstWeek: number): number[] {
  if (frequency === "BIWEEKLY") return biweeklyFridays(window, firstWeek);
  if (frequency === "WEEKLY") return weeklyFridays(window);
  if (frequency === "SEMI_MONTHLY") return semiMonthlyDays(window);
  return lastBusinessDays(window);
}

/** Every Friday of the window; a Friday that is a federal holiday pays the business day before. */
export function weeklyFridays(window: DataWindow): number[] {
  const out: number[] = [];
  for (
    let friday = window.startDay + ((5 - weekdayOfDay(window.startDay) + 7) % 7);
    friday <= window.endDay;
    friday += 7
  ) {
    const day = previousBusinessDay(friday);
    if (inWindow(window, day)) out.push(day);
  }
  return out;
}

/** The 15th and the last day of every month, each moved to the business day before when it is not one. */
export function semiMonthlyDays(window: Pick<DataWindow, "startDay" | "endDay" | "months">): number[] {
  const out: number[] = [];
  const months = [...window.months];
  const last = months[months.length - 1];
  // The next month's 15th can move back into the window only by a few days; its last day cannot.
  if (last)
    months.push(last.month === 12 ? { year: last.year + 1, month: 1 } : { year: last.year, month: last.month + 1 });
  for (const { year, month } of months) {
    for (const day of [previousBusinessDay(dayOf(year, month, 15)), previousBusinessDay(dayOf(year, month, 31))]) {
      if (day >= window.startDay && day <= window.endDay) out.push(day);
    }
  }
  return out;
}
