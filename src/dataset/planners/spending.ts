// Everyday spending: the rest of the transaction target, placed on days by weekday and season, each
// purchase's kind weighted by the day, priced by income, and paid by card or from checking.
import type { Merchant, SpendKind } from "../../data/merchants.ts";
import { PLACES_BY_REGION } from "../../data/places.ts";
import type { ProfileData } from "../../data/profile.ts";
import type { Rng } from "../../random/rng.ts";
import { localMerchants, UserMerchants, WeightedList } from "../../rules/merchants.ts";
import { incomeFactor, incomeKindWeight, isCoffeeDrinker, purchaseCents } from "../../rules/transactions/spending.ts";
import type { HomeLocation } from "../../schemas/user.ts";
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

/**
 * Category weights for a day: restaurants likelier on weekends, seasonal kinds in their months,
 * groceries and restaurants moving with income (`SPENDING.weightsByIncome`; `factor` is the user's
 * income factor, 0..1, used to two decimals).
 */
export function kindWeights(profile: ProfileData, day: number, coffeeDrinker: boolean, factor = 0.5): KindWeights {
  const s = profile.spending;
  const weekend = isWeekendDay(day);
  const month = monthOfDay(day);
  const f = Math.round(Math.min(1, Math.max(0, factor)) * 100) / 100;
  const key = `${weekend ? 1 : 0}/${month}/${coffeeDrinker ? 1 : 0}/${f}`;
  let cache = kindWeightCaches.get(profile);
  if (!cache) kindWeightCaches.set(profile, (cache = new Map()));
  let options = cache.get(key);
  if (!options) {
    const list: [SpendKind, number][] = [];
    for (const kind of Object.keys(s.weights) as SpendKind[]) {
      if (kind === "coffee" && !coffeeDrinker) continue;
      const weight = incomeKindWeight(profile, kind, f);
      list.push([kind, kind === "restaurant" && weekend ? weight * s.weekendRestaurantUplift : weight]);
    }
    for (const seasonal of s.seasonal)
      if ((seasonal.months as readonly number[]).includes(month)) list.push([seasonal.kind, seasonal.weight]);
    if (cache.size > 10_000) cache.clear();
    cache.set(key, (options = list));
  }
  return options;
}

/** A trip's merchants by role, per profile (precomputed once). */
interface TripMerchants {
  flights: WeightedList<Merchant>;
  lodging: WeightedList<Merchant>;
  rentals: WeightedList<Merchant>;
  diningBrands: WeightedList<Merchant>;
  places: readonly HomeLocation[];
}
const tripCaches = new WeakMap<ProfileData, TripMerchants>();

function tripMerchants(profile: ProfileData): TripMerchants {
  let hit = tripCaches.get(profile);
  if (!hit) {
    const travel = profile.spending.categories.travel.merchants;
    const byPfc = (pfc: string) =>
      new WeightedList(
        travel.filter((m) => m.pfc === pfc),
        (m) => m.weight ?? 1,
      );
    hit = {
      flights: byPfc("TRAVEL_FLIGHTS"),
      lodging: byPfc("TRAVEL_LODGING"),
      rentals: byPfc("TRAVEL_RENTAL_CARS"),
      diningBrands: new WeightedList(
        profile.spending.categories.restaurant.merchants.filter((m) => m.online_share < 1),
        (m) => m.weight ?? 1,
      ),
      places: Object.values(PLACES_BY_REGION).flat(),
    };
    tripCaches.set(profile, hit);
  }
  return hit;
}

export function planSpending(ctx: PlanContext, budget: PlanBudget, count: number): void {
  const { rng, profile, user, accounts, window } = ctx;
  const pickDay = dayPicker(profile, window);
  const coffeeDrinker = isCoffeeDrinker(profile, user.metadata);
  const factor = incomeFactor(profile, user.metadata.income);
  const shops = new UserMerchants(profile, rng, user.metadata.home);
  const cardWeights = accounts.cards.map((c) => c.credit_limit ?? 0);
  const cardIndexes = accounts.cards.map((_, c) => c);
  const price = (kind: SpendKind) => purchaseCents(profile, rng, kind, user.metadata.income, ctx.frugal);
  const add = (
    day: number,
    kind: SpendKind,
    merchant: Merchant,
    extra: { place?: HomeLocation; channel?: "online" | "in store" } = {},
  ) => {
    const cents = price(kind);
    const preference =
      (profile.spending.cardPreference as Partial<Record<SpendKind, number>>)[kind] ??
      profile.spending.cardPreferenceDefault;
    let preferCard: number | null = null;
    if (accounts.cards.length > 0 && rng.chance(preference) && !ctx.lastResort)
      preferCard = rng.weighted(cardIndexes, (c) => cardWeights[c] ?? 1);
    budget.add(
      { type: "spend", day, kind, cents, preferCard, merchant, windowEndDay: window.endDay, ...extra },
      preferCard === null ? { outCents: cents } : { card: { index: preferCard, cents } },
    );
  };
  for (let i = 0; i < count; i++) {
    const day = pickDay(rng);
    const kind = rng.weighted(kindWeights(profile, day, coffeeDrinker, factor), ([, w]) => w)[0];
    // A frugal re-plan gives up trips (and their flight, hotel and rental car) for groceries.
    if (kind === "travel" && rng.chance(ctx.frugal)) add(day, "groceries", shops.pick(rng, "groceries"));
    else if (kind === "travel") i += planTrip(ctx, add, day, count - i) - 1;
    else add(day, kind, shops.pick(rng, kind));
  }
}

/**
 * A trip starting on `day`: a flight booked online before it, a hotel paid at check-out and maybe a
 * rental car returned at the destination, and meals there. Returns the purchases planned (at most `room`).
 */
function planTrip(
  ctx: PlanContext,
  add: (
    day: number,
    kind: SpendKind,
    merchant: Merchant,
    extra?: { place?: HomeLocation; channel?: "online" | "in store" },
  ) => void,
  day: number,
  room: number,
): number {
  const { rng, profile, user, window } = ctx;
  const t = profile.spending.trips;
  const m = tripMerchants(profile);
  const home = user.metadata.home;
  const others = m.places.filter((p) => p.city !== home.city || p.state !== home.state);
  const place = rng.pick(others.length > 0 ? others : m.places);
  const end = Math.min(window.endDay, day + rng.int(t.nights.min, t.nights.max));
  let planned = 0;
  const plan = (d: number, kind: SpendKind, merchant: Merchant, channel: "online" | "in store") => {
    if (planned >= room) return;
    add(d, kind, merchant, channel === "online" ? { channel } : { channel, place });
    planned++;
  };
  plan(
    Math.max(window.startDay, day - rng.int(t.bookingLeadDays.min, t.bookingLeadDays.max)),
    "travel",
    m.flights.pick(rng),
    "online",
  );
  const hotel = m.lodging.pick(rng);
  plan(end, "travel", hotel, hotel.online_share >= 1 ? "online" : "in store");
  if (rng.chance(t.rentalCarShare)) plan(end, "travel", m.rentals.pick(rng), "in store");
  const meals = rng.int(t.meals.min, t.meals.max);
  for (let k = 0; k < meals; k++) {
    const locals = localMerchants(profile, place, "restaurant");
    const merchant = locals.length > 0 && rng.chance(t.localMealShare) ? rng.pick(locals) : m.diningBrands.pick(rng);
    plan(rng.int(day, end), "restaurant", merchant, "in store");
  }
  return Math.max(1, planned);
}
