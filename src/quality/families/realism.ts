// Realism: quality scores of the exported tables against public reference figures
// (src/data/references.ts). Each customer is reduced to a small summary (`summarizeCustomer`); the
// figures are computed from all summaries at the end, so accumulators over other users merge exactly
// (summaries are kept in user order). Scores are reported, never failing the export: the diagnostic
// checks (schema, keys, reconciliation, calendars) are the CHECK_TABLE rows.
import { figureTarget, REFERENCE_FIGURES, type ReferenceFigure, type Target } from "../../data/references.ts";
import type { Account } from "../../schemas/account.ts";
import type { Transaction } from "../../schemas/transaction.ts";
import { isBusinessDay } from "../../units/business-days.ts";
import { toDay } from "../../units/dates.ts";
import { toCents } from "../../units/money.ts";
import type { AccountReplay } from "../balance-replay.ts";
import type { InspectedCustomer } from "../inspect.ts";
import { naturalCompare } from "../sample.ts";
import { isAchCategory } from "./spec-rules.ts";

export type Verdict = "within target" | "outside target" | "not measured";

export interface RealismFigure {
  id: string;
  figure: string;
  reference: string;
  source: string;
  target: string;
  tolerance: string;
  /** The measured value (`null`: nothing to measure). */
  value: number | null;
  /** The measured value in words, with its parts. */
  measured: string;
  verdict: Verdict;
}

export const PRESENCE = {
  cash: ["TRANSFER_OUT_WITHDRAWAL"],
  phone: ["RENT_AND_UTILITIES_TELEPHONE"],
  internet: ["RENT_AND_UTILITIES_INTERNET_AND_CABLE"],
  insurance: ["GENERAL_SERVICES_INSURANCE"],
  fuel: ["TRANSPORTATION_GAS"],
  pharmacy: ["MEDICAL_PHARMACIES_AND_SUPPLEMENTS"],
  p2p: ["TRANSFER_OUT_ACCOUNT_TRANSFER", "TRANSFER_IN_ACCOUNT_TRANSFER"],
} as const;
type PresenceKey = keyof typeof PRESENCE;
const PRESENCE_FIGURES: Record<PresenceKey, string> = {
  cash: "R-10",
  phone: "R-11",
  internet: "R-12",
  insurance: "R-13",
  fuel: "R-14",
  pharmacy: "R-15",
  p2p: "R-16",
};

/** Purchase kinds whose amount distribution is scored (R-23, R-24). */
export const AMOUNT_KINDS = [
  "FOOD_AND_DRINK_GROCERIES",
  "FOOD_AND_DRINK_RESTAURANT",
  "FOOD_AND_DRINK_FAST_FOOD",
  "FOOD_AND_DRINK_COFFEE",
  "TRANSPORTATION_GAS",
] as const;
/** A kind is scored from this many amounts on. */
const MIN_AMOUNTS = 30;
/** Pairwise merchant overlap is measured over the first this many users. */
const OVERLAP_USERS = 200;
/** Streaming: video and music subscriptions, and Amazon Prime (video included). */
const STREAMING_PFC = new Set(["ENTERTAINMENT_TV_AND_MOVIES", "ENTERTAINMENT_MUSIC_AND_AUDIO"]);
const STREAMING_MERCHANTS = new Set(["Amazon Prime"]);
const LOW_BALANCE_CENTS = 40_000;
const AVERAGE_MONTH_DAYS = 365.25 / 12;

/** One user's part of every figure. */
export interface UserRealism {
  userId: string;
  age: number;
  income: number;
  homeCity: string | null;
  cards: number;
  /** Card interest charged and implied by the daily balances at APR/365, in dollars. */
  cardInterest: number;
  cardImpliedInterest: number;
  revolvingCards: number;
  revolvingCardsCharged: number;
  studentLoans: number;
  studentLoansBelowInterest: number;
  /** Lowest end-of-day checking + savings, in cents (`null`: no depository account). */
  minLiquidCents: number | null;
  overdraftFees: number;
  salary: boolean;
  retirementIncome: boolean;
  /** Monthly rent (median payment) or null; a mortgage payer is an owner. */
  rent: number | null;
  owner: boolean;
  achTotal: number;
  achOffDay: number;
  presence: Record<PresenceKey, boolean>;
  pending: number;
  /** Electricity dollars and month counts: July-August, and April, May and October. */
  electricity: { summer: number; summerMonths: number; shoulder: number; shoulderMonths: number };
  merchants: string[];
  foodByMerchant: Record<string, number>;
  travelInStore: number;
  travelInStoreHome: number;
  groceries: number;
  eatingOut: number;
  payFrequency: string | null;
  /** Sum of card balances ÷ sum of limits at the window's end (`null`: no card). */
  utilization: number | null;
  cardsWithPayment: number;
  cardsPaidInFull: number;
  streamingServices: number;
  streamingMonthly: number;
  purchases: number;
  /** Purchase amounts of the scored kinds, in cents. */
  amounts: Partial<Record<(typeof AMOUNT_KINDS)[number], number[]>>;
}

const isPurchase = (t: Transaction) =>
  t.amount < 0 && (t.payment_channel === "in store" || t.payment_channel === "online");

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0
    ? Number.NaN
    : s.length % 2 === 1
      ? (s[mid] as number)
      : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** The mean end-of-day balance in cents over the window's days, from a replay (days without transactions keep the balance). */
export function meanDailyCents(replay: AccountReplay, startDate: string, endDate: string): number {
  const start = toDay(startDate);
  const end = toDay(endDate);
  let cents = replay.openingCents;
  let day = start;
  let total = 0;
  for (const d of replay.days) {
    const at = Math.min(Math.max(toDay(d.date), start), end + 1);
    total += cents * (at - day);
    day = at;
    cents = d.cents;
  }
  total += cents * (end + 1 - day);
  return total / (end - start + 1);
}

/** The lowest end-of-day total of several depository accounts (their opening balances count as a day). */
export function minCombinedCents(replays: readonly AccountReplay[]): number | null {
  if (replays.length === 0) return null;
  const current = replays.map((r) => r.openingCents);
  let min = current.reduce((a, b) => a + b, 0);
  const events = replays.flatMap((r, i) => r.days.map((d) => ({ i, date: d.date, cents: d.cents })));
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (let k = 0; k < events.length; k++) {
    const e = events[k] as (typeof events)[number];
    current[e.i] = e.cents;
    const next = events[k + 1];
    if (!next || next.date !== e.date)
      min = Math.min(
        min,
        current.reduce((a, b) => a + b, 0),
      );
  }
  return min;
}

/** Fisher's moment skewness (0 for fewer than three values or no spread). */
export function skewness(values: readonly number[]): number {
  const n = values.length;
  if (n < 3) return 0;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  let m2 = 0;
  let m3 = 0;
  for (const v of values) {
    m2 += (v - mean) ** 2;
    m3 += (v - mean) ** 3;
  }
  m2 /= n;
  m3 /= n;
  return m2 === 0 ? 0 : m3 / m2 ** 1.5;
}

/** Share of values equal to the lowest or the highest value. */
export function shareAtBounds(values: readonly number[]): number {
  if (values.length === 0) return 0;
  // A loop, not Math.min(...values): a large dataset's amounts overflow the call stack as arguments.
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return values.filter((v) => v === lo || v === hi).length / values.length;
}

/** Median over pairs of |A ∩ B| ÷ min(|A|, |B|) (pairs where both sets are non-empty). */
export function medianPairwiseOverlap(sets: readonly (readonly string[])[]): number {
  const list = sets.filter((s) => s.length > 0).map((s) => new Set(s));
  const overlaps: number[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i] as Set<string>;
    for (let j = i + 1; j < list.length; j++) {
      const b = list[j] as Set<string>;
      const [small, large] = a.size <= b.size ? [a, b] : [b, a];
      let shared = 0;
      for (const m of small) if (large.has(m)) shared++;
      overlaps.push(shared / small.size);
    }
  }
  return median(overlaps);
}

/** One customer's summary for the realism figures. */
export function summarizeCustomer(inspected: InspectedCustomer, startDate: string, endDate: string): UserRealism {
  const { valid, replays } = inspected;
  const m = valid.user.metadata;
  const byAccount = new Map<string, Account>(valid.accounts.map((a) => [a.account_id, a]));
  const txns = valid.transactions;
  const detailed = (t: Transaction) => t.personal_finance_category.detailed as string;
  const cards = valid.accounts.filter((a) => a.subtype === "credit card");
  const loans = valid.accounts.filter((a) => a.subtype === "student");
  const liabilityOf = new Map(valid.liabilities.map((l) => [l.account_id, l]));
  const days = toDay(endDate) - toDay(startDate) + 1;

  let cardInterest = 0;
  let cardImplied = 0;
  let revolving = 0;
  let revolvingCharged = 0;
  let withPayment = 0;
  let paidInFull = 0;
  for (const card of cards) {
    const own = txns.filter((t) => t.account_id === card.account_id);
    const interest = own.filter((t) => detailed(t) === "BANK_FEES_INTEREST_CHARGE");
    cardInterest += interest.reduce((s, t) => s + Math.abs(t.amount), 0);
    const replay = replays.find((r) => r.account.account_id === card.account_id);
    const apr = liabilityOf.get(card.account_id)?.apr_percentage ?? null;
    if (replay && apr !== null)
      cardImplied += ((meanDailyCents(replay, startDate, endDate) / 100) * apr * days) / 36_500;
    if (card.opening_balance > 0) {
      revolving++;
      if (interest.length > 0) revolvingCharged++;
    }
    const last = liabilityOf.get(card.account_id)?.last_payment_amount ?? null;
    if (last !== null && last > 0) {
      withPayment++;
      if (card.current_balance <= last + 0.005) paidInFull++;
    }
  }

  let below = 0;
  for (const loan of loans) {
    const rate = liabilityOf.get(loan.account_id)?.interest_rate_percentage ?? null;
    const monthly = new Map<string, number>();
    for (const t of txns)
      if (t.account_id === loan.account_id && t.amount > 0)
        monthly.set(t.date.slice(0, 7), (monthly.get(t.date.slice(0, 7)) ?? 0) + t.amount);
    if (rate === null || monthly.size === 0) continue;
    if (median([...monthly.values()]) < (loan.opening_balance * rate) / 1200) below++;
  }

  const depository = replays.filter((r) => r.account.subtype === "checking" || r.account.subtype === "savings");
  const presence = Object.fromEntries(
    Object.entries(PRESENCE).map(([k, list]) => [
      k,
      txns.some((t) => (list as readonly string[]).includes(detailed(t)) && (k !== "p2p" || t.transfer_id === null)),
    ]),
  ) as Record<PresenceKey, boolean>;

  const rents = txns.filter((t) => detailed(t) === "RENT_AND_UTILITIES_RENT").map((t) => Math.abs(t.amount));
  let achTotal = 0;
  let achOffDay = 0;
  const electricity = { summer: 0, summerMonths: 0, shoulder: 0, shoulderMonths: 0 };
  const elecMonths = new Map<number, number>();
  const merchants = new Set<string>();
  const foodByMerchant: Record<string, number> = {};
  let travelInStore = 0;
  let travelInStoreHome = 0;
  let groceries = 0;
  let eatingOut = 0;
  let purchases = 0;
  let pending = 0;
  let overdraftFees = 0;
  const amounts: UserRealism["amounts"] = {};
  for (const t of txns) {
    const d = detailed(t);
    const account = byAccount.get(t.account_id);
    if (t.pending) pending++;
    if (d === "BANK_FEES_OVERDRAFT_FEES") overdraftFees++;
    if (account?.type === "depository" && t.payment_channel === "other" && isAchCategory(d)) {
      achTotal++;
      if (!isBusinessDay(toDay(t.date))) achOffDay++;
    }
    if (d === "RENT_AND_UTILITIES_GAS_AND_ELECTRICITY" && t.amount < 0) {
      const month = Number(t.date.slice(5, 7));
      elecMonths.set(month, (elecMonths.get(month) ?? 0) + Math.abs(t.amount));
    }
    if (!isPurchase(t)) continue;
    purchases++;
    if (t.merchant_name) merchants.add(t.merchant_name);
    if (t.personal_finance_category.primary === "FOOD_AND_DRINK") {
      const key = t.merchant_name ?? t.name;
      foodByMerchant[key] = (foodByMerchant[key] ?? 0) + 1;
      if (d === "FOOD_AND_DRINK_GROCERIES") groceries += Math.abs(t.amount);
      else eatingOut += Math.abs(t.amount);
    }
    if ((d === "TRAVEL_LODGING" || d === "TRAVEL_RENTAL_CARS") && t.payment_channel === "in store") {
      travelInStore++;
      if (t.location.city !== null && t.location.city === m.home?.city) travelInStoreHome++;
    }
    if ((AMOUNT_KINDS as readonly string[]).includes(d)) {
      const kind = d as (typeof AMOUNT_KINDS)[number];
      (amounts[kind] ??= []).push(toCents(Math.abs(t.amount)));
    }
  }
  for (const [month, dollars] of elecMonths) {
    if (month === 7 || month === 8) {
      electricity.summer += dollars;
      electricity.summerMonths++;
    } else if (month === 4 || month === 5 || month === 10) {
      electricity.shoulder += dollars;
      electricity.shoulderMonths++;
    }
  }

  const salaryStream = valid.recurringStreams.find((s) => s.personal_finance_category.detailed === "INCOME_SALARY");
  const streaming = valid.recurringStreams.filter(
    (s) =>
      s.average_amount < 0 &&
      (STREAMING_PFC.has(s.personal_finance_category.detailed) ||
        (s.merchant_name !== null && STREAMING_MERCHANTS.has(s.merchant_name))),
  );
  const limits = cards.reduce((s, c) => s + (c.credit_limit ?? 0), 0);
  const balances = cards.reduce((s, c) => s + c.current_balance, 0);

  return {
    userId: valid.user.user_id,
    age: m.age,
    income: m.income,
    homeCity: m.home?.city ?? null,
    cards: cards.length,
    cardInterest,
    cardImpliedInterest: cardImplied,
    revolvingCards: revolving,
    revolvingCardsCharged: revolvingCharged,
    studentLoans: loans.length,
    studentLoansBelowInterest: below,
    minLiquidCents: minCombinedCents(depository),
    overdraftFees,
    salary: txns.some((t) => detailed(t) === "INCOME_SALARY"),
    retirementIncome: txns.some((t) => detailed(t) === "INCOME_RETIREMENT_PENSION"),
    rent: rents.length ? median(rents) : null,
    owner: txns.some((t) => detailed(t) === "LOAN_PAYMENTS_MORTGAGE_PAYMENT"),
    achTotal,
    achOffDay,
    presence,
    pending,
    electricity,
    merchants: [...merchants].sort(),
    foodByMerchant,
    travelInStore,
    travelInStoreHome,
    groceries,
    eatingOut,
    payFrequency: salaryStream?.frequency ?? null,
    utilization: limits > 0 ? balances / limits : null,
    cardsWithPayment: withPayment,
    cardsPaidInFull: paidInFull,
    streamingServices: streaming.length,
    streamingMonthly: streaming.reduce((s, x) => s + Math.abs(x.average_amount), 0),
    purchases,
    amounts,
  };
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const ratio = (a: number, b: number) => (b === 0 ? Number.NaN : a / b);
const pct1 = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : "-");
const num = (x: number, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : "-");
const usd = (x: number) => `$${Math.round(x).toLocaleString("en-US")}`;

function judge(value: number, target: Target, users: number): Verdict {
  if (!Number.isFinite(value)) return "not measured";
  let min = target.min;
  for (const step of target.minByUsers ?? []) if (users >= step.users) min = step.min;
  if (min !== undefined && value < min - 1e-9) return "outside target";
  if (target.max !== undefined && value > target.max + 1e-9) return "outside target";
  return "within target";
}

/** Every realism figure from the users' summaries (in any order), for a profile. */
export function realismFigures(
  summaries: readonly UserRealism[],
  profile: string,
  startDate: string,
  endDate: string,
): RealismFigure[] {
  const users = [...summaries].sort((a, b) => naturalCompare(a.userId, b.userId));
  const n = users.length;
  const months = (toDay(endDate) - toDay(startDate) + 1) / AVERAGE_MONTH_DAYS;
  const values = new Map<string, { value: number; measured: string }>();
  const set = (id: string, value: number, measured: string) => values.set(id, { value, measured });
  const share = (xs: readonly UserRealism[], pred: (u: UserRealism) => boolean) =>
    ratio(xs.filter(pred).length, xs.length);

  const charged = sum(users.map((u) => u.cardInterest));
  const implied = sum(users.map((u) => u.cardImpliedInterest));
  const cardholders = users.filter((u) => u.cards > 0);
  set(
    "R-1",
    ratio(charged, implied),
    `${usd(charged / Math.max(1, cardholders.length))} charged vs ${usd(implied / Math.max(1, cardholders.length))} implied per cardholder (${usd(charged / Math.max(1, n))} per user)`,
  );
  const revolving = sum(users.map((u) => u.revolvingCards));
  const revCharged = sum(users.map((u) => u.revolvingCardsCharged));
  set("R-2", ratio(revCharged, revolving), `${revCharged} of ${revolving} revolving cards`);
  const loans = sum(users.map((u) => u.studentLoans));
  const below = sum(users.map((u) => u.studentLoansBelowInterest));
  set("R-3", ratio(below, loans), `${below} of ${loans} loans`);
  const liquid = users.filter((u) => u.minLiquidCents !== null);
  const dips = liquid.filter((u) => (u.minLiquidCents as number) < LOW_BALANCE_CENTS).length;
  set("R-4", ratio(dips, liquid.length), `${dips} of ${liquid.length} users`);
  const fees = sum(users.map((u) => u.overdraftFees));
  set("R-5", ratio(fees * 100, n), `${fees} fees over ${n} users`);

  const brackets: [string, (age: number) => boolean][] = [
    ["18-25", (a) => a <= 25],
    ["26-35", (a) => a >= 26 && a <= 35],
    ["36-50", (a) => a >= 36 && a <= 50],
    ["51+", (a) => a >= 51],
  ];
  const medians = brackets.map(
    ([name, f]) => [name, median(users.filter((u) => f(u.age)).map((u) => u.income))] as const,
  );
  const medianOf = (name: string) => medians.find(([b]) => b === name)?.[1] ?? Number.NaN;
  set(
    "R-6",
    ratio(medianOf("51+"), medianOf("36-50")),
    medians.map(([b, v]) => `${b} ${Number.isFinite(v) ? usd(v) : "-"}`).join(", "),
  );
  const seniors = users.filter((u) => u.age >= 65);
  set(
    "R-7",
    share(seniors, (u) => u.retirementIncome),
    `${seniors.filter((u) => u.retirementIncome).length} of ${seniors.length} users 65+ (payroll: ${seniors.filter((u) => u.salary).length})`,
  );
  const housed = users.filter((u) => u.rent !== null || u.owner);
  const renters = users.filter((u) => u.rent !== null);
  set("R-8", ratio(renters.length, housed.length), `${renters.length} renters of ${housed.length}`);
  const ach = sum(users.map((u) => u.achTotal));
  const off = sum(users.map((u) => u.achOffDay));
  set("R-9", ratio(off, ach), `${off} of ${ach} on a weekend or federal holiday`);
  for (const [key, id] of Object.entries(PRESENCE_FIGURES)) {
    const have = users.filter((u) => u.presence[key as PresenceKey]).length;
    set(id, ratio(have, n), `${have} of ${n} users`);
  }
  const pending = sum(users.map((u) => u.pending));
  set("R-17", ratio(pending, n), `${pending} pending over ${n} users`);
  const e = users.map((u) => u.electricity);
  const summer = ratio(sum(e.map((x) => x.summer)), sum(e.map((x) => x.summerMonths)));
  const shoulder = ratio(sum(e.map((x) => x.shoulder)), sum(e.map((x) => x.shoulderMonths)));
  set("R-18", ratio(summer, shoulder), `${num(summer)} vs ${num(shoulder)} $ a bill`);
  const merchants = new Set(users.flatMap((u) => u.merchants));
  set("R-19", n === 0 ? Number.NaN : merchants.size, `${merchants.size} merchants over ${n} users`);
  const overlapUsers = users.slice(0, OVERLAP_USERS);
  set(
    "R-20",
    medianPairwiseOverlap(overlapUsers.map((u) => u.merchants)),
    `over the first ${overlapUsers.length} users`,
  );
  const food = new Map<string, number>();
  for (const u of users) for (const [k, v] of Object.entries(u.foodByMerchant)) food.set(k, (food.get(k) ?? 0) + v);
  const top = [...food.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3);
  const foodTotal = sum([...food.values()]);
  set(
    "R-21",
    ratio(sum(top.map(([, v]) => v)), foodTotal),
    `${top.map(([k, v]) => `${k} ${v}`).join(", ")} of ${foodTotal}`,
  );
  const travel = sum(users.map((u) => u.travelInStore));
  const travelHome = sum(users.map((u) => u.travelInStoreHome));
  set("R-22", ratio(travelHome, travel), `${travelHome} of ${travel} charges`);
  const kinds = AMOUNT_KINDS.map((k) => [k, users.flatMap((u) => u.amounts[k] ?? [])] as const).filter(
    ([, v]) => v.length >= MIN_AMOUNTS,
  );
  const short = (k: string) => k.replace(/^FOOD_AND_DRINK_|^TRANSPORTATION_/, "").toLowerCase();
  const skews = kinds.map(([k, v]) => [short(k), skewness(v)] as const);
  const bounds = kinds.map(([k, v]) => [short(k), shareAtBounds(v)] as const);
  set(
    "R-23",
    skews.length ? Math.min(...skews.map(([, s]) => s)) : Number.NaN,
    skews.map(([k, s]) => `${k} ${num(s)}`).join(", "),
  );
  set(
    "R-24",
    bounds.length ? Math.max(...bounds.map(([, s]) => s)) : Number.NaN,
    bounds.map(([k, s]) => `${k} ${pct1(s)}`).join(", "),
  );
  const byIncome = [...users].sort((a, b) => a.income - b.income || naturalCompare(a.userId, b.userId));
  const quintile = (q: number) => byIncome.slice(Math.floor((q * n) / 5), Math.floor(((q + 1) * n) / 5));
  const foodRatio = (xs: readonly UserRealism[]) =>
    ratio(sum(xs.map((u) => u.groceries)), sum(xs.map((u) => u.eatingOut)));
  const quintileRatios = [0, 1, 2, 3, 4].map((q) => foodRatio(quintile(q)));
  const quintileText = `quintiles 1-5: ${quintileRatios.map((r) => num(r)).join(", ")}`;
  set("R-25", quintileRatios[0] as number, quintileText);
  set("R-26", quintileRatios[4] as number, quintileText);
  const loanShare = (f: (age: number) => boolean) => {
    const group = users.filter((u) => f(u.age));
    return [
      share(group, (u) => u.studentLoans > 0),
      `${group.filter((u) => u.studentLoans > 0).length} of ${group.length} users`,
    ] as const;
  };
  set("R-27", ...loanShare((a) => a < 40));
  set("R-28", ...loanShare((a) => a >= 40 && a <= 49));
  set("R-29", ...loanShare((a) => a >= 50));
  const burdens = renters.map((u) => ((u.rent as number) * 12) / u.income);
  set("R-30", median(burdens), `${renters.length} renters`);
  set(
    "R-31",
    ratio(burdens.filter((b) => b > 0.3).length, burdens.length),
    `${burdens.filter((b) => b > 0.3).length} of ${burdens.length} renters`,
  );
  set(
    "R-32",
    ratio(burdens.filter((b) => b > 0.5).length, burdens.length),
    `${burdens.filter((b) => b > 0.5).length} of ${burdens.length} renters`,
  );
  set(
    "R-33",
    ratio(sum(cardholders.map((u) => u.cards)), cardholders.length),
    `${sum(cardholders.map((u) => u.cards))} cards over ${cardholders.length} cardholders`,
  );
  const utilizations = cardholders.map((u) => u.utilization).filter((x): x is number => x !== null);
  set("R-34", ratio(sum(utilizations), utilizations.length), `median ${pct1(median(utilizations))}`);
  const paying = sum(users.map((u) => u.cardsWithPayment));
  const inFull = sum(users.map((u) => u.cardsPaidInFull));
  set("R-35", ratio(inFull, paying), `${inFull} of ${paying} cards with a payment`);
  const paid = users.filter((u) => u.payFrequency !== null);
  const freqShares = Object.fromEntries(
    ["WEEKLY", "BIWEEKLY", "SEMI_MONTHLY", "MONTHLY"].map((f) => [f, share(paid, (u) => u.payFrequency === f)]),
  );
  const freqTarget = (REFERENCE_FIGURES.find((f) => f.id === "R-36") as ReferenceFigure).targets;
  const wanted = (freqTarget[profile] ?? freqTarget.default).shares ?? {};
  set(
    "R-36",
    paid.length
      ? Math.max(...Object.keys(freqShares).map((f) => Math.abs((freqShares[f] ?? 0) - (wanted[f] ?? 0))))
      : Number.NaN,
    Object.entries(freqShares)
      .map(([f, s]) => `${f.toLowerCase()} ${pct1(s)}`)
      .join(", "),
  );
  const streamers = users.filter((u) => u.streamingServices > 0);
  set(
    "R-37",
    ratio(sum(streamers.map((u) => u.streamingServices)), streamers.length),
    `${streamers.length} streaming users of ${n}`,
  );
  set(
    "R-38",
    ratio(sum(streamers.map((u) => u.streamingMonthly)), streamers.length),
    `${streamers.length} streaming users of ${n}`,
  );
  set(
    "R-39",
    ratio(sum(users.map((u) => u.purchases)), n * months),
    `${sum(users.map((u) => u.purchases))} purchases over ${n} users, ${num(months, 1)} months`,
  );

  return REFERENCE_FIGURES.map((f) => {
    const target = figureTarget(f, profile);
    const v = values.get(f.id) ?? { value: Number.NaN, measured: "not measured" };
    const verdict = judge(v.value, target, n);
    const shown = !Number.isFinite(v.value)
      ? "-"
      : f.unit === "share"
        ? pct1(v.value)
        : f.unit === "usd"
          ? `$${num(v.value)}`
          : f.unit === "count"
            ? String(v.value)
            : num(v.value);
    return {
      id: f.id,
      figure: f.figure,
      reference: f.reference,
      source: f.source,
      target: target.text,
      tolerance: target.tolerance,
      value: Number.isFinite(v.value) ? v.value : null,
      measured: `${shown} (${v.measured})`,
      verdict,
    };
  });
}

/** Accumulates customers' realism summaries; merges exactly (figures are computed from all summaries). */
export class RealismFamily {
  private summaries: UserRealism[] = [];

  constructor(
    private readonly startDate: string,
    private readonly endDate: string,
  ) {}

  add(customer: InspectedCustomer): void {
    this.summaries.push(summarizeCustomer(customer, this.startDate, this.endDate));
  }

  merge(other: RealismFamily): void {
    this.summaries.push(...other.summaries);
  }

  figures(profile: string): RealismFigure[] {
    return realismFigures(this.summaries, profile, this.startDate, this.endDate);
  }
}
