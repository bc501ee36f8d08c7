// One-off life-event expenses: a medical bill or a large purchase, on a card with room for it, else
// from checking (topped up from savings first when savings can pay for it).
import { LARGE_PURCHASES, MEDICAL_PROVIDERS } from "../../data/merchants.ts";
import { incomeFactor } from "../../rules/transactions/spending.ts";
import { toCents } from "../../units/money.ts";
import type { PlanBudget, PlanContext } from "./budget.ts";

export function planLifeExpense(ctx: PlanContext, budget: PlanBudget): void {
  const { rng, profile, user, accounts, window } = ctx;
  const kind = user.metadata.life_event;
  if (kind !== "medical" && kind !== "large_purchase") return;
  const rules = profile.lifeEvents;
  const medical = kind === "medical";
  const range = medical ? rules.medicalCents : rules.largePurchaseCents;
  const scale = medical
    ? 1
    : rules.largePurchaseIncomeScale.base +
      rules.largePurchaseIncomeScale.incomeWeight * incomeFactor(profile, user.metadata.income);
  // A frugal re-plan (the first plan could not be paid for) buys less, and later in the window, when
  // more of the surplus has built up; fully frugal, the cheapest of the range in the window's last part.
  const cents = Math.round((range.min + (range.max - range.min) * rng.next() * scale * (1 - ctx.frugal)) / 100) * 100;
  const first = window.startDay + rules.dayMarginDays;
  const last = window.endDay - rules.dayMarginDays;
  const day = rng.int(first + Math.floor((last - first) * rules.frugalLateShare * ctx.frugal), last);
  const lifeEvent = budget.lifeEventId();
  const card = accounts.cards.findIndex((c) => toCents(c.available_balance ?? 0) > cents * rules.cardHeadroom);
  const payee = rng.pick(medical ? MEDICAL_PROVIDERS : LARGE_PURCHASES);
  if (card < 0 && accounts.savings !== null && toCents(accounts.savings.current_balance) > cents) {
    const withdrawal = Math.ceil(cents / profile.budget.savings.roundCents) * profile.budget.savings.roundCents;
    budget.add(
      { type: "withdraw", day: day - rng.int(rules.savingsLeadDays.min, rules.savingsLeadDays.max), cents: withdrawal },
      { count: 2 },
    );
  }
  budget.add(
    { type: "life_expense", day, kind, cents, payee, lifeEvent, card: card < 0 ? null : card },
    card < 0 ? { count: 1, outCents: cents } : { count: 1, card: { index: card, cents } },
  );
  budget.lifeEvents.push({ id: lifeEvent, kind, startDay: day, endDay: day, cents: -cents });
}
