import { type DataWindow } from "../window.ts";
/** The first `dom`-th of a month after the window ends. */
export declare function nextMonthlyDay(window: DataWindow, dom: number): number;
//# sourceMappingURL=calendar.d.ts.map