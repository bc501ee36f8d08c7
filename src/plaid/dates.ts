// Calendar steps the Plaid views need: whole months (clamped to the month's last day) and the
// next date of a recurring stream.
import type { RecurringStream } from "../schemas/recurring-stream.ts";
import { addDays } from "../units/dates.ts";

/** `date` plus `months` calendar months; the 31st becomes the last day of a shorter month. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

/** The date one period after `date`, or null for an UNKNOWN frequency. */
export function nextOccurrence(date: string, frequency: RecurringStream["frequency"]): string | null {
  switch (frequency) {
    case "WEEKLY":
      return addDays(date, 7);
    case "BIWEEKLY":
      return addDays(date, 14);
    case "SEMI_MONTHLY":
      return addDays(date, 15);
    case "MONTHLY":
      return addMonths(date, 1);
    case "ANNUALLY":
      return addMonths(date, 12);
    case "UNKNOWN":
      return null;
  }
}
