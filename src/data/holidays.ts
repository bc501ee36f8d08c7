// US federal holidays (5 U.S.C. 6103), as rules for any year. Banks (and the ACH network) are closed on
// their observed dates: a holiday on a Saturday is observed the Friday before, on a Sunday the Monday
// after. Rows only; src/units/business-days.ts applies them.

export type HolidayRule =
  | { name: string; kind: "fixed"; month: number; day: number }
  /** The `nth` (1-4, or -1 for the last) `weekday` (0 Sunday .. 6 Saturday) of `month`. */
  | { name: string; kind: "nth-weekday"; month: number; weekday: number; nth: number };

export const FEDERAL_HOLIDAYS: readonly HolidayRule[] = [
  { name: "New Year's Day", kind: "fixed", month: 1, day: 1 },
  { name: "Birthday of Martin Luther King, Jr.", kind: "nth-weekday", month: 1, weekday: 1, nth: 3 },
  { name: "Washington's Birthday", kind: "nth-weekday", month: 2, weekday: 1, nth: 3 },
  { name: "Memorial Day", kind: "nth-weekday", month: 5, weekday: 1, nth: -1 },
  { name: "Juneteenth National Independence Day", kind: "fixed", month: 6, day: 19 },
  { name: "Independence Day", kind: "fixed", month: 7, day: 4 },
  { name: "Labor Day", kind: "nth-weekday", month: 9, weekday: 1, nth: 1 },
  { name: "Columbus Day", kind: "nth-weekday", month: 10, weekday: 1, nth: 2 },
  { name: "Veterans Day", kind: "fixed", month: 11, day: 11 },
  { name: "Thanksgiving Day", kind: "nth-weekday", month: 11, weekday: 4, nth: 4 },
  { name: "Christmas Day", kind: "fixed", month: 12, day: 25 },
];
