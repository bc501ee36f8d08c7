// Business days: weekdays that are not observed US federal holidays, the days ACH debits and payroll
// deposits post on. Pure day-number arithmetic (days since 1970-01-01, as src/units/dates.ts).
import { FEDERAL_HOLIDAYS, type HolidayRule } from "../data/holidays.ts";
import { dayOf, fromDay, weekdayOfDay } from "./dates.ts";

function ruleDay(rule: HolidayRule, year: number): number {
  if (rule.kind === "fixed") return dayOf(year, rule.month, rule.day);
  if (rule.nth > 0) {
    const first = dayOf(year, rule.month, 1);
    return first + ((rule.weekday - weekdayOfDay(first) + 7) % 7) + 7 * (rule.nth - 1);
  }
  const next = rule.month === 12 ? dayOf(year + 1, 1, 1) : dayOf(year, rule.month + 1, 1);
  const last = next - 1;
  return last - ((weekdayOfDay(last) - rule.weekday + 7) % 7);
}

/** A Saturday holiday is observed the Friday before, a Sunday one the Monday after. */
function observed(day: number): number {
  const weekday = weekdayOfDay(day);
  return weekday === 6 ? day - 1 : weekday === 0 ? day + 1 : day;
}

const byYear = new Map<number, Set<number>>();

/** The observed federal holidays of a year, as day numbers (New Year's Day of the next year may fall on Dec 31). */
export function federalHolidays(year: number): Set<number> {
  let days = byYear.get(year);
  if (!days) {
    days = new Set(FEDERAL_HOLIDAYS.map((rule) => observed(ruleDay(rule, year))));
    byYear.set(year, days);
  }
  return days;
}

export function isBusinessDay(day: number): boolean {
  const weekday = weekdayOfDay(day);
  if (weekday === 0 || weekday === 6) return false;
  const year = Number(fromDay(day).slice(0, 4));
  return !federalHolidays(year).has(day) && !federalHolidays(year + 1).has(day);
}

/** `day` if it is a business day, else the business day before it. */
export function previousBusinessDay(day: number): number {
  let d = day;
  while (!isBusinessDay(d)) d -= 1;
  return d;
}

/**
 * The business day nearest `wanted` inside [min, max], searching earlier first (a bill due on a
 * holiday is paid before it); `wanted` itself when no business day is in the range.
 */
export function businessDayWithin(wanted: number, min: number, max: number): number {
  for (let step = 0; wanted - step >= min || wanted + step <= max; step++) {
    if (wanted - step >= min && isBusinessDay(wanted - step)) return wanted - step;
    if (step > 0 && wanted + step <= max && isBusinessDay(wanted + step)) return wanted + step;
  }
  return wanted;
}
