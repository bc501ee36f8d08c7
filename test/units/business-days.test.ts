// Business days against OPM's published lists of observed federal holidays (written out here by hand).
import { describe, expect, it } from "vitest";
import {
  businessDayWithin,
  federalHolidays,
  isBusinessDay,
  previousBusinessDay,
} from "../../src/units/business-days.ts";
import { fromDay, toDay } from "../../src/units/dates.ts";
import { OPM_FEDERAL_HOLIDAYS } from "../fixtures/federal-holidays.ts";

const OPM = OPM_FEDERAL_HOLIDAYS;

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
