// The data window of a dataset: day numbers, months, and the transaction-count band it implies.
import { BUDGET, type Budget } from "../data/budget.ts";
import { businessDayWithin, previousBusinessDay } from "../units/business-days.ts";
import { dayOf, monthsBetween, toDay, weekdayOfDay } from "../units/dates.ts";

export interface DataWindow {
  startDate: string;
  endDate: string;
  startDay: number;
  endDay: number;
  /** Days in the window, both ends included. */
  days: number;
  months: { year: number; month: number }[];
}

/** The spec's band of transactions per user over its six-month window (AC-2). */

export function dataWindow(startDate: string, endDate: string): DataWindow {
  const startDay = toDay(startDate);
  const endDay = toDay(endDate);
  return { startDate, endDate, startDay, endDay, days: endDay - startDay + 1, months: monthsBetween(startDay, endDay) };
}

/** The per-user transaction band for a window: 150-200 over 184 days (`BUDGET.countBand`), scaled to its length. */
export function countBand(
  window: Pick<DataWindow, "days">,
  band: { readonly [K in keyof Budget["countBand"]]: number } = BUDGET.countBand,
): { min: number; max: number } {
  const scale = window.days / band.days;
  return { min: Math.round(band.min * scale), max: Math.round(band.max * scale) };
}

export function inWindow(window: DataWindow, day: number): boolean {
  return day >= window.startDay && day <= window.endDay;
}

/**
 * The same day of every month (clamped to short months), shifted by `jitter()`, that falls inside the
 * window. The months just outside count too: a bill due on the 1st can land on the 30th before. With
 * `businessDaysWithin` set (an ACH debit), each day moves to the nearest business day no further than
 * that many days from the wanted day of the month.
 */
export function monthlyDays(
  window: DataWindow,
  dayOfMonthWanted: number,
  jitter: () => number,
  businessDaysWithin?: number,
): number[] {
  const out: number[] = [];
  const first = window.months[0] as { year: number; month: number };
  const last = window.months[window.months.length - 1] as { year: number; month: number };
  const months = [
    first.month === 1 ? { year: first.year - 1, month: 12 } : { year: first.year, month: first.month - 1 },
    ...window.months,
    last.month === 12 ? { year: last.year + 1, month: 1 } : { year: last.year, month: last.month + 1 },
  ];
  for (const { year, month } of months) {
    const nominal = dayOf(year, month, dayOfMonthWanted);
    let day = nominal + jitter();
    if (businessDaysWithin !== undefined)
      day = businessDayWithin(day, nominal - businessDaysWithin, nominal + businessDaysWithin);
    if (inWindow(window, day)) out.push(day);
  }
  return out;
}

/**
 * Paydays every 14 days from the `firstWeek`-th Friday (0 or 1) of the window; a Friday that is a
 * federal holiday pays the business day before (as employers do).
 */
export function biweeklyFridays(window: DataWindow, firstWeek: number): number[] {
  const firstFriday = window.startDay + ((5 - weekdayOfDay(window.startDay) + 7) % 7) + 7 * firstWeek;
  const out: number[] = [];
  for (let friday = firstFriday; friday <= window.endDay; friday += 14) {
    const day = previousBusinessDay(friday);
    if (inWindow(window, day)) out.push(day);
  }
  return out;
}

/** The last business day (not a weekend or a federal holiday) of every month whose last business day is in the window. */
export function lastBusinessDays(window: DataWindow): number[] {
  const out: number[] = [];
  for (const { year, month } of window.months) {
    const day = previousBusinessDay(dayOf(year, month, 31));
    if (inWindow(window, day)) out.push(day);
  }
  return out;
}

/** Quarter ends (Mar 31, Jun 30, Sep 30, Dec 31) inside the window, when savings interest posts. */
export function quarterEnds(window: DataWindow): number[] {
  const out: number[] = [];
  for (const { year, month } of window.months) {
    if (month % 3 !== 0) continue;
    const day = dayOf(year, month, 31);
    if (inWindow(window, day)) out.push(day);
  }
  return out;
}
