// Business days against OPM's published lists of observed federal holidays (written out here by hand).
import { describe, expect, it } from "vitest";
import {
  businessDayWithin,
  federalHolidays,
  isBusinessDay,
  previousBusinessDay,
} from "../../src/units/business-days.ts";
import { fromDay, toDay } from "../../src/units/dates.ts";

const OPM: Record<number, string[]> = {
  2025: [
    "2025-01-01",
    "2025-01-20",
    "2025-02-17",
    "2025-05-26",
    "2025-06-19",
    "2025-07-04",
    "2025-09-01",
    "2025-10-13",
    "2025-11-11",
    "2025-11-27",
    "2025-12-25",
  ],
  // Juneteenth and Independence Day 2026 fall on a Friday and a Saturday (observed Friday July 3).
  2026: [
    "2026-01-01",
    "2026-01-19",
    "2026-02-16",
    "2026-05-25",
    "2026-06-19",
    "2026-07-03",
    "2026-09-07",
    "2026-10-12",
    "2026-11-11",
    "2026-11-26",
    "2026-12-25",
  ],
  // New Year's Day 2022 was a Saturday, observed on Friday 31 December 2021 (a day of 2021).
  2021: [
    "2021-01-01",
    "2021-01-18",
    "2021-02-15",
    "2021-05-31",
    "2021-06-18",
    "2021-07-05",
    "2021-09-06",
    "2021-10-11",
    "2021-11-11",
    "2021-11-25",
    "2021-12-24",
  ],
};

describe("federal holidays", () => {
  it.each(Object.entries(OPM))("match OPM's observed dates for %s", (year, dates) => {
    expect([...federalHolidays(Number(year))].map(fromDay).sort()).toEqual([...dates].sort());
  });

  it("a Saturday New Year's Day is observed on the Friday before, in the previous year", () => {
    expect(federalHolidays(2022).has(toDay("2021-12-31"))).toBe(true);
    expect(isBusinessDay(toDay("2021-12-31"))).toBe(false);
  });
});

describe("business days", () => {
  it("skip weekends and holidays, moving earlier first", () => {
    expect(isBusinessDay(toDay("2025-07-04"))).toBe(false); // Friday, Independence Day
    expect(fromDay(previousBusinessDay(toDay("2025-07-04")))).toBe("2025-07-03");
    expect(fromDay(previousBusinessDay(toDay("2025-06-01")))).toBe("2025-05-30"); // Sunday -> Friday
    // Rent due Saturday 1 November 2025, within ±2 days: Friday 31 October.
    const nov1 = toDay("2025-11-01");
    expect(fromDay(businessDayWithin(nov1, nov1 - 2, nov1 + 2))).toBe("2025-10-31");
    // 1 January 2028 (Saturday, observed Friday 31 December 2027): Thursday 30 December is two days before.
    const jan1 = toDay("2028-01-01");
    expect(fromDay(businessDayWithin(jan1, jan1 - 2, jan1 + 2))).toBe("2027-12-30");
  });
});
