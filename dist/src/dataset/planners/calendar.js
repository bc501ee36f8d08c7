// Calendar helpers the planners share.
import { monthlyDays } from "../window.js";
/** The first `dom`-th of a month after the window ends. */
export function nextMonthlyDay(window, dom) {
    const after = { ...window, startDay: window.endDay + 1, endDay: Number.MAX_SAFE_INTEGER };
    return monthlyDays(after, dom, () => 0)[0];
}
//# sourceMappingURL=calendar.js.map