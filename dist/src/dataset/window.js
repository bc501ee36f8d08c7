// The data window of a dataset: day numbers, months, and the transaction-count band it implies.
import { BUDGET } from "../data/budget.js";
import { dayOf, monthsBetween, toDay, weekdayOfDay } from "../units/dates.js";
/** The spec's band of transactions per user over its six-month window (AC-2). */
export function dataWindow(startDate, endDate) {
    const startDay = toDay(startDate);
    const endDay = toDay(endDate);
    return { startDate, endDate, startDay, endDay, days: endDay - startDay + 1, months: monthsBetween(startDay, endDay) };
}
/** The per-user transaction band for a window: 150-200 over 184 days (`BUDGET.countBand`), scaled to its length. */
export function countBand(window, band = BUDGET.countBand) {
    const scale = window.days / band.days;
    return { min: Math.round(band.min * scale), max: Math.round(band.max * scale) };
}
export function inWindow(window, day) {
    return day >= window.startDay && day <= window.endDay;
}
/**
 * The same day of every month (clamped to short months), shifted by `jitter()`, that falls inside the
 * window. The months just outside count too: a bill due on the 1st can land on the 30th before.
 */
export function monthlyDays(window, dayOfMonthWanted, jitter) {
    const out = [];
    const first = window.months[0];
    const last = window.months[window.months.length - 1];
    const months = [
        first.month === 1 ? { year: first.year - 1, month: 12 } : { year: first.year, month: first.month - 1 },
        ...window.months,
        last.month === 12 ? { year: last.year + 1, month: 1 } : { year: last.year, month: last.month + 1 },
    ];
    for (const { year, month } of months) {
        const day = dayOf(year, month, dayOfMonthWanted) + jitter();
        if (inWindow(window, day))
            out.push(day);
    }
    return out;
}
/** Fridays every 14 days from the `firstWeek`-th Friday (0 or 1) of the window. */
export function biweeklyFridays(window, firstWeek) {
    const firstFriday = window.startDay + ((5 - weekdayOfDay(window.startDay) + 7) % 7) + 7 * firstWeek;
    const out = [];
    for (let day = firstFriday; day <= window.endDay; day += 14)
        out.push(day);
    return out;
}
/** The last weekday of every month whose last weekday is in the window. */
export function lastBusinessDays(window) {
    const out = [];
    for (const { year, month } of window.months) {
        let day = dayOf(year, month, 31);
        while (weekdayOfDay(day) === 0 || weekdayOfDay(day) === 6)
            day -= 1;
        if (inWindow(window, day))
            out.push(day);
    }
    return out;
}
/** Quarter ends (Mar 31, Jun 30, Sep 30, Dec 31) inside the window, when savings interest posts. */
export function quarterEnds(window) {
    const out = [];
    for (const { year, month } of window.months) {
        if (month % 3 !== 0)
            continue;
        const day = dayOf(year, month, 31);
        if (inWindow(window, day))
            out.push(day);
    }
    return out;
}
//# sourceMappingURL=window.js.map