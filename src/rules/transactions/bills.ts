// Income and recurring bills: payroll, rent or mortgage, utilities, and interest on savings.
import type { PfcDetailed } from "../../data/pfc-taxonomy.ts";
import type { ProfileData } from "../../data/profile.ts";
import type { Rng } from "../../random/rng.ts";
import { type IncomeTier, incomeTierOf } from "../../schemas/brackets.ts";
import type { UserMetadata } from "../../schemas/user.ts";
import type { Transaction } from "../../schemas/transaction.ts";
import { makeTransaction, type TxnContext } from "./base.ts";

/** A payroll deposit: positive, `INCOME_SALARY`, channel `other`, no merchant name (Plaid gives none). */
export function payrollTransaction(
  ctx: TxnContext,
  employer: string,
  amountCents: number,
  day: number,
  streamId: string | null = null,
  pfc: PfcDetailed = "INCOME_SALARY",
): Transaction {
  return makeTransaction(ctx, {
    day,
    amountCents: Math.abs(amountCents),
    name: pfc === "INCOME_SALARY" ? `${employer.toUpperCase()} PAYROLL DIR DEP` : employer.toUpperCase(),
    merchantName: null,
    channel: "other",
    pfc,
    confidence: "VERY_HIGH",
    streamId,
  });
}

/** A rent or mortgage payment: negative, channel `other`. */
export function housingTransaction(
  ctx: TxnContext,
  payee: { merchant_name: string; name: string },
  mortgage: boolean,
  amountCents: number,
  day: number,
  streamId: string | null = null,
): Transaction {
  return makeTransaction(ctx, {
    day,
    amountCents: -Math.abs(amountCents),
    name: payee.name,
    merchantName: payee.merchant_name,
    channel: "other",
    pfc: mortgage ? "LOAN_PAYMENTS_MORTGAGE_PAYMENT" : "RENT_AND_UTILITIES_RENT",
    confidence: "HIGH",
    streamId,
  });
}

/** A utility bill paid online: negative. */
export function utilityTransaction(
  ctx: TxnContext,
  provider: { merchant_name: string; name: string; pfc: PfcDetailed },
  amountCents: number,
  day: number,
  streamId: string | null = null,
): Transaction {
  return makeTransaction(ctx, {
    day,
    amountCents: -Math.abs(amountCents),
    name: provider.name,
    merchantName: provider.merchant_name,
    channel: "online",
    pfc: provider.pfc,
    confidence: "VERY_HIGH",
    streamId,
  });
}

/** Interest paid into a savings account: positive, `INCOME_INTEREST_EARNED`. */
export function interestTransaction(
  ctx: TxnContext,
  amountCents: number,
  day: number,
  streamId: string | null = null,
): Transaction {
  return makeTransaction(ctx, {
    day,
    amountCents: Math.abs(amountCents),
    name: "INTEREST PAYMENT",
    merchantName: null,
    channel: "other",
    pfc: "INCOME_INTEREST_EARNED",
    confidence: "VERY_HIGH",
    streamId,
  });
}

export type PayFrequency = "WEEKLY" | "BIWEEKLY" | "SEMI_MONTHLY" | "MONTHLY";
export const PAY_FREQUENCIES: readonly PayFrequency[] = ["WEEKLY", "BIWEEKLY", "SEMI_MONTHLY", "MONTHLY"];
const PERIODS_PER_YEAR: Record<PayFrequency, number> = { WEEKLY: 52, BIWEEKLY: 26, SEMI_MONTHLY: 24, MONTHLY: 12 };

/**
 * How often a user is paid (`BUDGET.payroll.frequencyShares`), with one draw: the cumulative shares in
 * the order weekly, biweekly, semi-monthly, monthly.
 */
export function drawPayFrequency(profile: ProfileData, rng: Rng): PayFrequency {
  const shares = profile.budget.payroll.frequencyShares;
  const r = rng.next();
  let cumulative = 0;
  for (const frequency of PAY_FREQUENCIES) {
    cumulative += shares[frequency];
    if (r < cumulative) return frequency;
  }
  return [...PAY_FREQUENCIES].reverse().find((f) => shares[f] > 0) ?? "MONTHLY";
}

/** Take-home pay per period, in cents, before the deposit's own variance: net share of gross income by tier. */
export function netPayPerPeriodCents(
  profile: ProfileData,
  income: number,
  frequency: PayFrequency,
  tier: IncomeTier = incomeTierOf(income),
): number {
  return (income * 100 * profile.budget.payroll.netShareByTier[tier]) / PERIODS_PER_YEAR[frequency];
}

/** One deposit of a pay period: the period's pay within the spec's ±2 % (`BUDGET.payroll.variance`). */
export function payDepositCents(profile: ProfileData, rng: Rng, perPeriodCents: number): number {
  const v = profile.budget.payroll.variance;
  return Math.round(perPeriodCents * (1 + rng.float(-v, v)));
}

/** Whether a user owns their home (and pays a mortgage) rather than renting (`BUDGET.housing.ownerShareByAge`). */
export function drawHomeowner(profile: ProfileData, rng: Rng, user: Pick<UserMetadata, "age_bracket">): boolean {
  return rng.chance(profile.budget.housing.ownerShareByAge[user.age_bracket]);
}

/**
 * The monthly rent or mortgage, in cents, in whole dollars: a burden band drawn by weight (no draw when
 * there is one band), then a share of gross monthly income inside it (the spec's 25-35 % by default).
 */
export function housingCents(profile: ProfileData, rng: Rng, income: number, frugal = 0, lowestBand = false): number {
  const bands = profile.budget.housing.burdenBands;
  const drawn = (bands.length > 1 ? rng.weighted(bands, (b) => b.weight) : bands[0]) as (typeof bands)[number];
  // A last re-plan (a customer no plan could carry) rents in the lowest band.
  const band = lowestBand ? (bands[0] as (typeof bands)[number]) : drawn;
  const share = band.min + (band.max - band.min) * rng.next() * (1 - frugal);
  return Math.round((income * 100 * share) / 12 / 100) * 100;
}

/** The seasonal factor of a month's electricity bill (`BUDGET.utilities.monthShape`, `seasonalAmplitude`). */
export function utilitySeasonalFactor(profile: ProfileData, month: number): number {
  const { monthShape, seasonalAmplitude } = profile.budget.utilities;
  return 1 + seasonalAmplitude * ((monthShape[month - 1] as number) - 1);
}

function seasonalRange(profile: ProfileData): { low: number; high: number } {
  const factors = profile.budget.utilities.monthShape.map((_, m) => utilitySeasonalFactor(profile, m + 1));
  return { low: Math.min(...factors), high: Math.max(...factors) };
}

/** A customer's own utility base, in cents, chosen so every monthly bill around it stays in the spec's range in any month. */
export function utilityBaseCents(profile: ProfileData, rng: Rng, frugal = 0): number {
  const { cents, monthlyVariance: v } = profile.budget.utilities;
  const { low, high } = seasonalRange(profile);
  const lo = Math.ceil(cents.min / ((1 - v) * low));
  const hi = Math.floor(cents.max / ((1 + v) * high));
  return lo + Math.round((hi - lo) * rng.next() * (1 - frugal));
}

/**
 * One month's utility bill: the customer's base times the month's seasonal factor (a summer peak),
 * varied by `BUDGET.utilities.monthlyVariance`. `month` is 1-12; without it the factor is 1.
 */
export function utilityBillCents(profile: ProfileData, rng: Rng, baseCents: number, month?: number): number {
  const v = profile.budget.utilities.monthlyVariance;
  const seasonal = month === undefined ? 1 : utilitySeasonalFactor(profile, month);
  return Math.round(baseCents * seasonal * (1 + rng.float(-v, v)));
}

// --- The rest of a budget (issue 9, people): phone, internet, insurance, retirement income, cash, P2P. ---

export type BillKind = "phone" | "internet" | "insurance";
export const BILL_KINDS: readonly BillKind[] = ["phone", "internet", "insurance"];

/**
 * A customer's monthly amount for a bill, in cents: inside the bill's range, placed higher with income
 * (`BUDGET.bills.incomePosition`) and lower when re-planning frugally, in whole dollars.
 */
export function billCents(profile: ProfileData, rng: Rng, kind: BillKind, income: number, frugal = 0): number {
  const { cents } = profile.budget.bills[kind];
  const { from, to, floor } = profile.budget.bills.incomePosition;
  const incomeFactor = Math.min(1, Math.max(0, (income - from) / (to - from)));
  const position = rng.next() * (floor + (1 - floor) * incomeFactor) * (1 - frugal);
  return Math.round((cents.min + (cents.max - cents.min) * position) / 100) * 100;
}

/** A monthly bill (phone, internet, insurance) paid online from checking: negative. */
export function billTransaction(
  ctx: TxnContext,
  payee: { merchant_name: string; name: string; pfc: PfcDetailed },
  amountCents: number,
  day: number,
  streamId: string | null = null,
): Transaction {
  return utilityTransaction(ctx, payee, amountCents, day, streamId);
}

/** The Social Security deposit's descriptor, as banks show the Treasury's ACH credit. */
export const SOCIAL_SECURITY_NAME = "SSA TREAS 310 XXSOC SEC";

/** A Social Security or pension deposit: positive, `INCOME_RETIREMENT_PENSION`, channel `other`, no merchant. */
export function retirementIncomeTransaction(
  ctx: TxnContext,
  payer: string,
  amountCents: number,
  day: number,
  streamId: string | null = null,
): Transaction {
  return payrollTransaction(ctx, payer, amountCents, day, streamId, "INCOME_RETIREMENT_PENSION");
}

/** An ATM cash withdrawal from checking: negative, `TRANSFER_OUT_WITHDRAWAL`, no merchant. */
export function atmWithdrawalTransaction(ctx: TxnContext, atm: string, amountCents: number, day: number): Transaction {
  return makeTransaction(ctx, {
    day,
    amountCents: -Math.abs(amountCents),
    name: atm,
    merchantName: null,
    channel: "other",
    pfc: "TRANSFER_OUT_WITHDRAWAL",
    confidence: "VERY_HIGH",
  });
}

/** A P2P payment sent (negative) or received (positive) through an app such as Venmo, Zelle or Cash App. */
export function p2pTransaction(
  ctx: TxnContext,
  app: { merchant_name: string; sent: string; received: string },
  amountCents: number,
  day: number,
): Transaction {
  const received = amountCents > 0;
  return makeTransaction(ctx, {
    day,
    amountCents,
    name: received ? app.received : app.sent,
    merchantName: app.merchant_name,
    channel: "other",
    pfc: received ? "TRANSFER_IN_ACCOUNT_TRANSFER" : "TRANSFER_OUT_ACCOUNT_TRANSFER",
    confidence: "HIGH",
  });
}

/** A round cash amount: multiples of `BUDGET.cash.roundCents` inside `BUDGET.cash.cents`. */
export function cashWithdrawalCents(profile: ProfileData, rng: Rng): number {
  const { cents, roundCents } = profile.budget.cash;
  return rng.int(Math.ceil(cents.min / roundCents), Math.floor(cents.max / roundCents)) * roundCents;
}

/** A P2P amount: multiples of `BUDGET.p2p.roundCents` inside `BUDGET.p2p.cents`. */
export function p2pCents(profile: ProfileData, rng: Rng): number {
  const { cents, roundCents } = profile.budget.p2p;
  return rng.int(Math.ceil(cents.min / roundCents), Math.floor(cents.max / roundCents)) * roundCents;
}
