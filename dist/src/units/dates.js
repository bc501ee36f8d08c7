// Calendar dates as `YYYY-MM-DD` strings, with arithmetic on whole UTC days. Nothing here reads the
// clock: every date is computed from another date.
const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const VALID_DATES = new Set();
/** True for a real calendar date written `YYYY-MM-DD` (so `2025-02-30` is false). */
export function isIsoDate(value) {
    if (VALID_DATES.has(value))
        return true;
    const valid = checkIsoDate(value);
    if (valid && VALID_DATES.size < 100_000)
        VALID_DATES.add(value);
    return valid;
}
function checkIsoDate(value) {
    if (typeof value !== "string")
        return false;
    const match = ISO_DATE.exec(value);
    if (!match)
        return false;
    const [, y, m, d] = match;
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
}
const DAY_NUMBERS = new Map();
/** Days since 1970-01-01 for a `YYYY-MM-DD` date. */
export function toDay(date) {
    const known = DAY_NUMBERS.get(date);
    if (known !== undefined)
        return known;
    if (!isIsoDate(date))
        throw new RangeError(`not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
    const day = Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
    if (DAY_NUMBERS.size < 100_000)
        DAY_NUMBERS.set(date, day);
    return day;
}
// Formatting a date is the hot spot of ledger generation, so day strings are memoised.
const DAY_STRINGS = new Map();
/** The `YYYY-MM-DD` date of a day number. */
export function fromDay(day) {
    let text = DAY_STRINGS.get(day);
    if (text === undefined) {
        text = new Date(day * DAY_MS).toISOString().slice(0, 10);
        if (DAY_STRINGS.size < 100_000)
            DAY_STRINGS.set(day, text);
    }
    return text;
}
export function addDays(date, days) {
    return fromDay(toDay(date) + days);
}
/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a, b) {
    return toDay(b) - toDay(a);
}
/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOfDay(day) {
    return (((day + 4) % 7) + 7) % 7;
}
const MONTHS = new Map();
/** Month 1-12 of a day number. */
export function monthOfDay(day) {
    let month = MONTHS.get(day);
    if (month === undefined) {
        month = new Date(day * DAY_MS).getUTCMonth() + 1;
        if (MONTHS.size < 100_000)
            MONTHS.set(day, month);
    }
    return month;
}
/** Day of month 1-31 of a day number. */
export function dayOfMonth(day) {
    return new Date(day * DAY_MS).getUTCDate();
}
/** The day number of `year-month-dayOfMonth`, clamping the day to the month's length. */
export function dayOf(year, month, day) {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return Math.round(Date.UTC(year, month - 1, Math.min(day, last)) / DAY_MS);
}
/** Every (year, month) whose first-of-month or any day lies in [startDay, endDay]. */
export function monthsBetween(startDay, endDay) {
    const out = [];
    const start = new Date(startDay * DAY_MS);
    let year = start.getUTCFullYear();
    let month = start.getUTCMonth() + 1;
    while (dayOf(year, month, 1) <= endDay) {
        out.push({ year, month });
        month += 1;
        if (month === 13) {
            month = 1;
            year += 1;
        }
    }
    return out;
}
//# sourceMappingURL=dates.js.map