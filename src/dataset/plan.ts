// A customer's plan: every recurring series and every discretionary purchase of the window, with
// amounts sized so the budget adds up (spending scales with income; surplus is saved or invested).
import {
  BILL_RULES,
  EMPLOYERS,
  LANDLORDS,
  LARGE_PURCHASES,
  LIFE_EVENT_RULES,
  MEDICAL_PROVIDERS,
  MORTGAGE_LENDERS,
  SEASONAL_SPEND,
  SPEND_CATEGORIES,
  SPEND_WEIGHTS,
  type SpendKind,
  UTILITY_PROVIDERS,
  WEEKEND_RESTAURANT_UPLIFT,
} from "../data/merchants.ts";
import { SUBSCRIPTIONS } from "../data/subscriptions.ts";
import { uuidFrom } from "../random/ids.ts";
import { keyedRng, type Rng } from "../random/rng.ts";
import type { Account } from "../schemas/account.ts";
import type { IncomeTier } from "../schemas/brackets.ts";
import type { User } from "../schemas/user.ts";
import { monthOfDay, weekdayOfDay } from "../units/dates.ts";
import { toCents } from "../units/money.ts";
import type { LedgerEvent, StreamPlan } from "./events.ts";
import { biweeklyFridays, countBand, type DataWindow, inWindow, lastBusinessDays, monthlyDays, quarterEnds } from "./window.ts";

export interface CustomerAccounts {
  checking: Account;
  savings: Account | null;
  cards: Account[];
  loan: Account | null;
}

export interface LifeEventPlan {
  id: string;
  kind: "medical" | "job_change" | "large_purchase";
  startDay: number;
  endDay: number;
  /** Dollars in cents: the expense (negative) or the change in pay per period. */
  cents: number;
}

export interface CustomerPlan {
  events: LedgerEvent[];
  /** Per card: the day the skipped (overdue) payment was due, or null when the card is current. */
  overdueDueDay: (number | null)[];
  /** Per card and for the loan: the next due day after the window. */
  cardNextDue: number[];
  loanNextDue: number | null;
  loanPaymentCents: number | null;
  lifeEvents: LifeEventPlan[];
  /** Transactions the plan aims for (inside the count band). */
  targetCount: number;
}

/** Take-home pay as a share of gross income, by tier. */
const NET_SHARE: Record<IncomeTier, number> = { low: 0.85, middle: 0.78, upper_middle: 0.72, high: 0.65 };
const BIWEEKLY_SHARE = 0.6;
const OWNER_SHARE = 0.6;
const OVERDUE_SHARE = 0.05;
const CARD_PREFERENCE: Partial<Record<SpendKind, number>> = { groceries: 0.4, restaurant: 0.4, coffee: 0.35 };
const CARD_PREFERENCE_DEFAULT = 0.8;
const SEASONAL_DAY_UPLIFT = 1.2;
const WEEKEND_DAY_UPLIFT = 1.25;

function newStream(rng: Rng, frequency: StreamPlan["frequency"], periodDays: number): StreamPlan {
  return { streamId: `stream_${uuidFrom(rng)}`, frequency, periodDays };
}

/** 0 for the lowest incomes, 1 for the highest, on a log scale. */
function incomeFactor(income: number): number {
  return Math.min(1, Math.max(0, (Math.log(income) - Math.log(15_000)) / (Math.log(400_000) - Math.log(15_000))));
}

function jitter(rng: Rng): () => number {
  return () => rng.int(-BILL_RULES.dayJitter, BILL_RULES.dayJitter);
}

const DAY_PICKERS = new Map<string, (rng: Rng) => number>();

/** Draws a day of the window, weighted by weekday and season (one picker per window, reused). */
function dayPicker(window: DataWindow): (rng: Rng) => number {
  const key = `${window.startDay}/${window.endDay}`;
  let picker = DAY_PICKERS.get(key);
  if (!picker) {
    picker = makeDayPicker(window);
    if (DAY_PICKERS.size > 64) DAY_PICKERS.clear();
    DAY_PICKERS.set(key, picker);
  }
  return picker;
}

function makeDayPicker(window: DataWindow): (rng: Rng) => number {
  const seasonalMonths = new Set(SEASONAL_SPEND.flatMap((s) => s.months));
  const cumulative: number[] = [];
  let total = 0;
  for (let day = window.startDay; day <= window.endDay; day++) {
    const weekday = weekdayOfDay(day);
    let w = weekday === 0 || weekday >= 5 ? WEEKEND_DAY_UPLIFT : 1;
    if (seasonalMonths.has(monthOfDay(day))) w *= SEASONAL_DAY_UPLIFT;
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
const KIND_WEIGHTS_CACHE = new Map<string, KindWeights>();

/** Category weights for a day: restaurants more likely on weekends, seasonal kinds in their months. */
function kindWeights(day: number, coffeeDrinker: boolean): KindWeights {
  const weekday = weekdayOfDay(day);
  const weekend = weekday === 0 || weekday >= 5;
  const month = monthOfDay(day);
  const key = `${weekend ? 1 : 0}/${month}/${coffeeDrinker ? 1 : 0}`;
  let options = KIND_WEIGHTS_CACHE.get(key);
  if (!options) {
    const list: [SpendKind, number][] = [];
    for (const [kind, weight] of Object.entries(SPEND_WEIGHTS) as [SpendKind, number][]) {
      if (kind === "coffee" && !coffeeDrinker) continue;
      list.push([kind, kind === "restaurant" && weekend ? weight * WEEKEND_RESTAURANT_UPLIFT : weight]);
    }
    for (const seasonal of SEASONAL_SPEND) if (seasonal.months.includes(month)) list.push([seasonal.kind, seasonal.weight]);
    options = list;
    KIND_WEIGHTS_CACHE.set(key, options);
  }
  return options;
}

function spendKindFor(rng: Rng, day: number, coffeeDrinker: boolean): SpendKind {
  return rng.weighted(kindWeights(day, coffeeDrinker), ([, w]) => w)[0];
}

export interface PlanInput {
  seed: number;
  index: number;
  attempt: number;
  user: User;
  accounts: CustomerAccounts;
  window: DataWindow;
  /** How many of the five subscriptions the customer pays for (0-3). */
  subscriptions: number;
}

/**
 * Plan one customer's window. `attempt` > 0 re-plans more frugally after a plan that could not be
 * paid for or missed the count band.
 */
export function planCustomer(input: PlanInput): CustomerPlan {
  const { user, accounts, window } = input;
  const rng = keyedRng(input.seed, "plan", input.index, input.attempt);
  const frugal = Math.min(1, input.attempt / 3);
  const m = user.metadata;
  const tier = m.income_bracket;
  const grossMonthly = (m.income * 100) / 12;
  const events: LedgerEvent[] = [];
  let fixedCount = 0;
  const lifeEvents: LifeEventPlan[] = [];

  // Payroll, with a job change as a gap and a new amount.
  const biweekly = rng.chance(BIWEEKLY_SHARE);
  const employers = rng.shuffle(EMPLOYERS);
  const employer = employers[0] as string;
  const paydays = biweekly ? biweeklyFridays(window, rng.int(0, 1)) : lastBusinessDays(window);
  const periodDays = biweekly ? 14 : 30;
  const perPeriod = (grossMonthly * NET_SHARE[tier] * 12) / (biweekly ? 26 : 12);
  const payVariance = () => 1 + rng.float(-BILL_RULES.payrollVariance, BILL_RULES.payrollVariance);
  const oldStream = newStream(rng, biweekly ? "BIWEEKLY" : "MONTHLY", periodDays);
  if (m.life_event === "job_change" && paydays.length >= 4) {
    const lastOld = paydays[rng.int(1, Math.max(1, Math.floor(paydays.length / 2)))] as number;
    const gapStart = lastOld + periodDays; // the first payday that does not come
    const gapDays = rng.int(LIFE_EVENT_RULES.jobChangeGapDays.min, LIFE_EVENT_RULES.jobChangeGapDays.max);
    const firstNew = gapStart + gapDays;
    const newEmployer = employers[1] as string;
    const newPerPeriod = perPeriod * rng.float(LIFE_EVENT_RULES.jobChangeRaise.min, LIFE_EVENT_RULES.jobChangeRaise.max);
    const newStreamPlan = newStream(rng, oldStream.frequency, periodDays);
    const eventId = `event_${uuidFrom(rng)}`;
    for (const day of paydays) {
      if (day > lastOld) continue;
      events.push({ type: "payroll", day, cents: Math.round(perPeriod * payVariance()), employer, stream: oldStream });
    }
    let first = true;
    for (let day = firstNew; day <= window.endDay; day += periodDays) {
      events.push({ type: "payroll", day, cents: Math.round(newPerPeriod * payVariance()), employer: newEmployer, stream: newStreamPlan, ...(first ? { lifeEvent: eventId } : {}) });
      first = false;
    }
    if (firstNew <= window.endDay) {
      lifeEvents.push({ id: eventId, kind: "job_change", startDay: gapStart, endDay: firstNew, cents: Math.round(newPerPeriod - perPeriod) });
    } else {
      lifeEvents.push({ id: eventId, kind: "job_change", startDay: gapStart, endDay: window.endDay, cents: Math.round(newPerPeriod - perPeriod) });
    }
  } else {
    for (const day of paydays) events.push({ type: "payroll", day, cents: Math.round(perPeriod * payVariance()), employer, stream: oldStream });
  }
  const inflowCents = events.reduce((sum, e) => sum + (e.type === "payroll" ? e.cents : 0), 0);
  fixedCount += events.length;

  // Housing on the 1st, utilities on the 15th.
  const owner = (m.life_stage === "mid_career" || m.life_stage === "pre_retirement" || m.life_stage === "retiree") && m.income >= 60_000 && rng.chance(OWNER_SHARE);
  const rentShare = BILL_RULES.rentShareOfMonthlyIncome.min + (BILL_RULES.rentShareOfMonthlyIncome.max - BILL_RULES.rentShareOfMonthlyIncome.min) * rng.next() * (1 - frugal);
  const housingCents = Math.round((grossMonthly * rentShare) / 100) * 100;
  const housingStream = newStream(rng, "MONTHLY", 30);
  const payee = owner ? rng.pick(MORTGAGE_LENDERS) : rng.pick(LANDLORDS);
  let outflowCents = 0;
  for (const day of monthlyDays(window, BILL_RULES.rentDayOfMonth, jitter(rng))) {
    events.push({ type: "rent", day, cents: housingCents, payee, mortgage: owner, stream: housingStream });
    outflowCents += housingCents;
    fixedCount++;
  }
  const utilityBase = 8_400 + Math.round((14_400 - 8_400) * rng.next() * (1 - frugal));
  const provider = rng.pick(UTILITY_PROVIDERS.filter((p) => p.pfc === "RENT_AND_UTILITIES_GAS_AND_ELECTRICITY"));
  const utilityStream = newStream(rng, "MONTHLY", 30);
  for (const day of monthlyDays(window, BILL_RULES.utilitiesDayOfMonth, jitter(rng))) {
    const cents = Math.round(utilityBase * (1 + rng.float(-0.04, 0.04)));
    events.push({ type: "utility", day, cents, payee: provider, stream: utilityStream });
    outflowCents += cents;
    fixedCount++;
  }

  // Subscriptions at their exact prices, monthly ±2 days, on a card when there is one.
  const cardPurchases = accounts.cards.map(() => 0);
  if (input.subscriptions > 0) {
    for (const service of rng.shuffle(SUBSCRIPTIONS).slice(0, input.subscriptions)) {
      const card = accounts.cards.length > 0 && rng.chance(0.7) ? 0 : null;
      const stream = newStream(rng, "MONTHLY", 30);
      for (const day of monthlyDays(window, rng.int(3, 27), jitter(rng))) {
        events.push({ type: "subscription", day, service, card, stream });
        if (card === null) outflowCents += service.price_cents;
        else cardPurchases[card] = (cardPurchases[card] as number) + service.price_cents;
        fixedCount++;
      }
    }
  }

  // Student loan: the minimum payment every month, scaled to income.
  let loanPaymentCents: number | null = null;
  let loanNextDue: number | null = null;
  if (accounts.loan) {
    loanPaymentCents = Math.round(150 + 250 * Math.min(1, Math.max(0, (m.income - 15_000) / 100_000))) * 100;
    const dom = rng.int(5, 25);
    const transferStream = newStream(rng, "MONTHLY", 30);
    const loanStream = newStream(rng, "MONTHLY", 30);
    for (const day of monthlyDays(window, dom, jitter(rng))) {
      events.push({ type: "loan_payment", day, cents: loanPaymentCents, transferStream, loanStream });
      outflowCents += loanPaymentCents;
      fixedCount += 2;
    }
    loanNextDue = nextMonthlyDay(window, dom);
  }

  // Savings interest each quarter end.
  if (accounts.savings) {
    const apy = rng.float(0.005, 0.045);
    for (const day of quarterEnds(window)) {
      events.push({ type: "interest", day, apy });
      fixedCount++;
    }
  }

  // Life-event expenses.
  const hasSavings = accounts.savings !== null;
  if (m.life_event === "medical" || m.life_event === "large_purchase") {
    const medical = m.life_event === "medical";
    const range = medical ? LIFE_EVENT_RULES.medicalCents : LIFE_EVENT_RULES.largePurchaseCents;
    const scale = medical ? 1 : 0.4 + 0.6 * incomeFactor(m.income);
    const cents = Math.round((range.min + (range.max - range.min) * rng.next() * scale) / 100) * 100;
    const day = rng.int(window.startDay + 7, window.endDay - 7);
    const eventId = `event_${uuidFrom(rng)}`;
    const card = accounts.cards.findIndex((c) => toCents(c.available_balance ?? 0) > cents * 1.5);
    const payeeRow = rng.pick(medical ? MEDICAL_PROVIDERS : LARGE_PURCHASES);
    if (card < 0 && hasSavings && toCents(accounts.savings?.current_balance ?? 0) > cents) {
      events.push({ type: "withdraw", day: day - rng.int(0, 2), cents: Math.ceil(cents / 10_000) * 10_000 });
      fixedCount += 2;
    }
    events.push({ type: "life_expense", day, kind: m.life_event, cents, payee: payeeRow, lifeEvent: eventId, card: card < 0 ? null : card });
    if (card < 0) outflowCents += cents;
    else cardPurchases[card] = (cardPurchases[card] as number) + cents;
    fixedCount++;
    lifeEvents.push({ id: eventId, kind: m.life_event, startDay: day, endDay: day, cents: -cents });
  }

  // Monthly card payments (both legs count) and the count left for everyday spending.
  const cardDom = accounts.cards.map(() => rng.int(5, 25));
  const cardPaymentDays = cardDom.map((dom) => monthlyDays(window, dom, jitter(rng)));
  const overdue = accounts.cards.map(() => rng.chance(OVERDUE_SHARE));
  const saveDays = monthlyDays(window, rng.int(3, 12), jitter(rng));
  const saves = hasSavings || tier !== "low";
  for (const days of cardPaymentDays) fixedCount += 2 * days.length;
  if (saves) fixedCount += saveDays.length * (hasSavings ? 2 : 1);
  const band = countBand(window);
  const margin = Math.max(1, Math.round((band.max - band.min) * 0.12));
  const targetCount = rng.int(band.min + margin, band.max - margin);
  const discretionaryCount = Math.max(0, targetCount - fixedCount);

  // Everyday spending, placed on days by weekday and season, priced by income.
  const pickDay = dayPicker(window);
  const coffeeDrinker = m.life_stage === "student" || tier === "high" || tier === "upper_middle";
  const position = 0.15 + 0.6 * incomeFactor(m.income) - 0.35 * frugal;
  let checkingSpend = 0;
  const cardWeights = accounts.cards.map((c) => c.credit_limit ?? 0);
  for (let i = 0; i < discretionaryCount; i++) {
    const day = pickDay(rng);
    const kind = spendKindFor(rng, day, coffeeDrinker);
    const { min, max } = SPEND_CATEGORIES[kind].price_cents;
    const p = Math.min(1, Math.max(0, position + 0.5 * (rng.next() - 0.5)));
    const cents = Math.round(min + (max - min) * p);
    let preferCard: number | null = null;
    if (accounts.cards.length > 0 && rng.chance(CARD_PREFERENCE[kind] ?? CARD_PREFERENCE_DEFAULT)) {
      preferCard = accounts.cards.indexOf(rng.weighted(accounts.cards, (c) => cardWeights[accounts.cards.indexOf(c)] ?? 1));
      cardPurchases[preferCard] = (cardPurchases[preferCard] as number) + cents;
    } else {
      checkingSpend += cents;
    }
    events.push({ type: "spend", day, kind, cents, preferCard });
  }
  outflowCents += checkingSpend;

  // Card autopay: a fixed amount that covers the month's purchases (less when money is tight).
  const cardNextDue: number[] = [];
  const overdueDueDay: (number | null)[] = [];
  accounts.cards.forEach((card, c) => {
    const days = cardPaymentDays[c] as number[];
    const openingOwed = toCents(card.opening_balance);
    const perPayment = days.length > 0 ? (cardPurchases[c] as number) / days.length : 0;
    const factor = rng.float(0.95, 1.1) * (1 - 0.3 * frugal);
    // Between 2.5 % and 40 % of what is owed, so the latest payment stays within the spec's 2-50 %.
    const floor = Math.max(Math.ceil((openingOwed * 0.025) / 100) * 100, 2_500);
    const ceiling = Math.max(floor, Math.floor((openingOwed * 0.4) / 100) * 100);
    const cents = Math.min(ceiling, Math.max(Math.round((perPayment * factor) / 100) * 100, floor));
    const transferStream = newStream(rng, "MONTHLY", 30);
    const cardStream = newStream(rng, "MONTHLY", 30);
    let skipped: number | null = null;
    if (overdue[c] && days.length > 0) {
      const last = days.filter((d) => d < window.endDay).pop();
      skipped = last ?? null;
    }
    for (const day of days) {
      if (day === skipped) continue;
      events.push({ type: "card_payment", day, card: c, cents, transferStream, cardStream });
      outflowCents += cents;
    }
    overdueDueDay.push(skipped);
    cardNextDue.push(nextMonthlyDay(window, cardDom[c] as number));
  });

  // Whatever is left over goes to savings (or out to investments); a shortfall comes out of savings.
  const opening = toCents(accounts.checking.opening_balance);
  const targetEnd = opening * rng.float(0.9, 1.1);
  const surplus = opening + inflowCents - outflowCents - targetEnd;
  if (saves && saveDays.length > 0) {
    const monthly = Math.max(2_500, Math.floor(surplus / saveDays.length / 10_000) * 10_000 || 2_500);
    const transferStream = newStream(rng, "MONTHLY", 30);
    const savingsStream = hasSavings ? newStream(rng, "MONTHLY", 30) : null;
    for (const day of saveDays) events.push({ type: "save", day, cents: monthly, transferStream, savingsStream });
  }
  if (surplus < 0 && hasSavings) {
    const available = toCents(accounts.savings?.opening_balance ?? 0);
    const need = Math.min(available, Math.ceil(-surplus / 10_000) * 10_000);
    const margin = Math.min(20, Math.floor(window.days / 4));
    if (need > 0) events.push({ type: "withdraw", day: rng.int(window.startDay + margin, window.endDay - margin), cents: need });
  } else if (hasSavings && rng.chance(0.25)) {
    events.push({ type: "withdraw", day: rng.int(window.startDay, window.endDay), cents: rng.int(2, 10) * 10_000 });
  }

  return { events: events.filter((e) => inWindow(window, e.day)), overdueDueDay, cardNextDue, loanNextDue, loanPaymentCents, lifeEvents, targetCount };
}

/** The first `dom`-th of a month after the window ends. */
function nextMonthlyDay(window: DataWindow, dom: number): number {
  const after = { ...window, startDay: window.endDay + 1, endDay: Number.MAX_SAFE_INTEGER };
  return monthlyDays(after, dom, () => 0)[0] as number;
}
