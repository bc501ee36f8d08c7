// Housing and utilities: rent or a mortgage on the 1st (owning likelier with age), an electricity bill on
// the 15th that follows the season (each ±2 days).
import { LANDLORDS, MORTGAGE_LENDERS, UTILITY_PROVIDERS } from "../../data/merchants.ts";
import { drawHomeowner, housingCents, utilityBaseCents, utilityBillCents } from "../../rules/transactions/bills.ts";
import { monthOfDay } from "../../units/dates.ts";
import { monthlyDays } from "../window.ts";
import { jitter, type PlanBudget, type PlanContext } from "./budget.ts";

export function planHousing(ctx: PlanContext, budget: PlanBudget): void {
  const { rng, profile, user, window } = ctx;
  const owner = drawHomeowner(profile, rng, user.metadata);
  const cents = housingCents(profile, rng, user.metadata.income, ctx.frugal, ctx.lastResort);
  const stream = budget.stream("MONTHLY", profile.budget.payroll.periodDays.MONTHLY);
  const payee = owner ? rng.pick(MORTGAGE_LENDERS) : rng.pick(LANDLORDS);
  for (const day of monthlyDays(window, profile.budget.housing.dayOfMonth, jitter(ctx), ctx.profile.budget.dayJitter)) {
    budget.add({ type: "rent", day, cents, payee, mortgage: owner, stream }, { count: 1, outCents: cents });
  }
}

export function planUtilities(ctx: PlanContext, budget: PlanBudget): void {
  const { rng, profile, window } = ctx;
  const base = utilityBaseCents(profile, rng, ctx.frugal);
  const provider = rng.pick(UTILITY_PROVIDERS.filter((p) => p.pfc === "RENT_AND_UTILITIES_GAS_AND_ELECTRICITY"));
  const stream = budget.stream("MONTHLY", profile.budget.payroll.periodDays.MONTHLY);
  for (const day of monthlyDays(
    window,
    profile.budget.utilities.dayOfMonth,
    jitter(ctx),
    ctx.profile.budget.dayJitter,
  )) {
    const cents = utilityBillCents(profile, rng, base, monthOfDay(day));
    budget.add({ type: "utility", day, cents, payee: provider, stream }, { count: 1, outCents: cents });
  }
}
