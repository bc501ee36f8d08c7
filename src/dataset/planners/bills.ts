// The rest of a budget's monthly bills (issue 9): phone, internet and insurance from checking, each
// held by its share of users (`BUDGET.bills`), one amount a month on a business day near its day.
import { type BillPayee, INSURERS, INTERNET_PROVIDERS, PHONE_CARRIERS } from "../../data/bills.ts";
import { BILL_KINDS, type BillKind, billCents } from "../../rules/transactions/bills.ts";
import { monthlyDays } from "../window.ts";
import { jitter, type PlanBudget, type PlanContext } from "./budget.ts";

const PAYEES: Record<BillKind, readonly BillPayee[]> = {
  phone: PHONE_CARRIERS,
  internet: INTERNET_PROVIDERS,
  insurance: INSURERS,
};

export function planBills(ctx: PlanContext, budget: PlanBudget): void {
  const { rng, profile, user, window } = ctx;
  for (const kind of BILL_KINDS) {
    const rules = profile.budget.bills[kind];
    if (!rng.chance(rules.share)) continue;
    const payee = rng.pick(PAYEES[kind]);
    const cents = billCents(profile, rng, kind, user.metadata.income, ctx.frugal);
    const dom = rng.int(rules.dayOfMonth.min, rules.dayOfMonth.max);
    const stream = budget.stream("MONTHLY", profile.budget.payroll.periodDays.MONTHLY);
    for (const day of monthlyDays(window, dom, jitter(ctx), profile.budget.dayJitter))
      budget.add({ type: "utility", day, cents, payee, stream }, { count: 1, outCents: cents });
  }
}
