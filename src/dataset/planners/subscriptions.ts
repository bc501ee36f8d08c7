// Subscriptions: some of the spec's five services at their exact prices, monthly ±2 days, on the
// first card for most subscribers who have one.
import { monthlyDays } from "../window.ts";
import { jitter, type PlanBudget, type PlanContext } from "./budget.ts";

export function planSubscriptions(ctx: PlanContext, budget: PlanBudget, count: number): void {
  const { rng, profile, accounts, window } = ctx;
  if (count <= 0) return;
  const rules = profile.budget.subscriptions;
  for (const service of rng.shuffle(rules.catalogue).slice(0, count)) {
    const card = accounts.cards.length > 0 && rng.chance(rules.cardShare) && !ctx.lastResort ? 0 : null;
    const stream = budget.stream("MONTHLY", profile.budget.payroll.periodDays.MONTHLY);
    for (const day of monthlyDays(window, rng.int(rules.dayOfMonth.min, rules.dayOfMonth.max), jitter(ctx))) {
      const cents = service.price_cents;
      budget.add(
        { type: "subscription", day, service, card, stream },
        card === null ? { count: 1, outCents: cents } : { count: 1, card: { index: card, cents } },
      );
    }
  }
}
