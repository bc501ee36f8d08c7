// Calendar helpers the planners share.
import { type DataWindow, monthlyDays } from "../window.ts";

/** The first `dom`-th of a month after the window ends. */
export function nextMonthlyDay(window: DataWindow, dom: number): number {
  const after = { ...window, startDay: window.endDay + 1, endDay: Number.MAX_SAFE_INTEGER };
  return monthlyDays(after, dom, () => 0, 0)[0] as number;
}
