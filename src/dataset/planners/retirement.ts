// Retirement income (issue 9): a retired user's Social Security on the 2nd, 3rd or 4th Wednesday of
// each month by birthday (the business day before when that Wednesday is a holiday), and a monthly
// pension on the first business day of the month when they have one. Both `INCOME_RETIREMENT_PENSION`,
// each a monthly recurring stream; retirees get no payroll.
import { PENSION_PAYERS } from "../../data/bills.ts";
import { type Retirement, socialSecurityPayday } from "../../rules/retirement.ts";
import { SOCIAL_SECURITY_NAME } from "../../rules/transactions/bills.ts";
import { businessDayWithin } from "../../units/business-days.ts";
import { dayOf } from "../../units/dates.ts";
import { inWindow } from "../window.ts";
import type { PlanBudget, PlanContext } from "./budget.ts";

export function planRetirementIncome(ctx: PlanContext, budget: PlanBudget, retirement: Retirement): void {
  const { rng, profile, window } = ctx;
  const period = profile.budget.payroll.periodDays.MONTHLY;
  const pfc = "INCOME_RETIREMENT_PENSION" as const;
  const ssStream = budget.stream("MONTHLY", period);
  for (const { year, month } of window.months) {
    const day = socialSecurityPayday(year, month, retirement.wednesday);
    if (!inWindow(window, day)) continue;
    const cents = retirement.socialSecurityCents;
    budget.add(
      { type: "payroll", day, cents, employer: SOCIAL_SECURITY_NAME, stream: ssStream, pfc },
      { count: 1, inCents: cents },
    );
  }
  if (retirement.pensionCents <= 0) return;
  const payer = rng.pick(PENSION_PAYERS);
  const pensionStream = budget.stream("MONTHLY", period);
  for (const { year, month } of window.months) {
    const first = dayOf(year, month, 1);
    const day = businessDayWithin(first, first, first + 6);
    if (!inWindow(window, day)) continue;
    const cents = retirement.pensionCents;
    budget.add(
      { type: "payroll", day, cents, employer: payer, stream: pensionStream, pfc },
      { count: 1, inCents: cents },
    );
  }
}
