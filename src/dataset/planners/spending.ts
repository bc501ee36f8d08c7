// Everyday spending: the rest of the transaction target, placed on days by weekday and season, each
// purchase's kind weighted by the day, priced by income, and paid by card or from checking.
import type { SpendKind } from "../../data/merchants.ts";
import type { ProfileData } from "../../data/profile.ts";
import type { Rng } from "../../random/rng.ts";
import { isCoffeeDrinker, purchaseCents } from "../../rules/transactions/spending.ts";
import { monthOfDay, weekdayOfDay } from "../../units/dates.ts";
import type { DataWindow } from "../window.ts";
import type { PlanBudget, PlanContext } from "./budget.ts";

const isWeekendDay = (day: number) => {
  const weekday = weekdayOfDay(day);
  return weekday === 0 || weekday >= 5;
};

/** Draws a day of the window, weighted by weekday and season (one picker per window and profile, reused). */
const dayPickers = new WeakMap<ProfileData, Map<string, (rng: Rng) => number>>();

function dayPicker(profile: ProfileData, window: DataWindow): (rng: Rng) => number {
  let byWindow = dayPickers.get(profile);
  if (!byWindow) dayPickers.set(profile, (byWindow = new Map()));
  const key = `${window.startDay}/${window.endDay}`;
  let picker = byWindow.get(key);
  if (!picker) {
    if (byWindow.size > 64) byWindow.clear();
    byWindow.set(key, (picker = makeDayPicker(profile, window)));
  }
  return picker;
}

function makeDayPicker(profile: ProfileData, window: DataWindow): (rng: Rng) => number {
  const s = profile.spending;
  const seasonalMonths = new Set<number>(s.seasonal.flatMap((x) => x.months));
  const cumulative: number[] = [];
  let total = 0;
  for (let day = window.startDay; day <= window.endDay; day++) {
    let w = isWeekendDay(day) ? s.weekendDayUplift : 1;
    if (seasonalMonths.has(monthOfDay(day))) w *= s.seasonalDayUplift;
    total += w;
    cumulative.push(total);
  }
  return (rng) => {
    const target = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > target) hi = mid;
      else lo = mid + 1;
    }
    return window.startDay + lo;
  };
}

type KindWeights = readonly (readonly [SpendKind, number])[];
const kindWeightCaches = new WeakMap<ProfileData, Map<string, KindWeights>>();

/** Category weights for a day: restaurants likelier on weekends, seasonal kinds in their months. */
export function kindWeights(profile: ProfileData, day: number, coffeeDrinker: boolean): KindWeights {
  const s = profile.spending;
  const weekend = isWeekendDay(day);
  const month = monthOfDay(day);
  const key = `${weekend ? 1 : 0}/${month}/${coffeeDrinker ? 1 : 0}`;
  let cache = kindWeightCaches.get(profile);
  if (!cache) kindWeightCaches.set(profile, (cache = new Map()));
  let options = cache.get(key);
  if (!options) {
    const list: [SpendKind, number][] = [];
    for (const [kind, weight] of Object.entries(s.weights) as [SpendKind, number][]) {
      if (kind === "coffee" && !coffeeDrinker) continue;
      list.push([kind, kind === "restaurant" && weekend ? weight * s.weekendRestaurantUplift : weight]);
    }
    for (const seasonal of s.seasonal)
      if ((seasonal.months as readonly number[]).includes(month)) list.push([seasonal.kind, seasonal.weight]);
    cache.set(key, (options = list));
  }
  return options;
}

export function planSpending(ctx: PlanContext, budget: PlanBudget, count: number): void {
  const { rng, profile, user, accounts, window } = ctx;
  const pickDay = dayPicker(profile, window);
  const coffeeDrinker = isCoffeeDrinker(profile, user.metadata);
  const cardWeights = accounts.cards.map((c) => c.credit_limit ?? 0);
  const cardIndexes = accounts.cards.map((_, c) => c);
  for (let i = 0; i < count; i++) {
    const day = pickDay(rng);
    const kind = rng.weighted(kindWeights(profile, day, coffeeDrinker), ([, w]) => w)[0];
    const cents = purchaseCents(profile, rng, kind, user.metadata.income, ctx.frugal);
    const preference =
      (profile.spending.cardPreference as Partial<Record<SpendKind, number>>)[kind] ??
      profile.spending.cardPreferenceDefault;
    let preferCard: number | null = null;
    if (accounts.cards.length > 0 && rng.chance(preference))
      preferCard = rng.weighted(cardIndexes, (c) => cardWeights[c] ?? 1);
    budget.add(
      { type: "spend", day, kind, cents, preferCard },
      preferCard === null ? { outCents: cents } : { card: { index: preferCard, cents } },
    );
  }
}
