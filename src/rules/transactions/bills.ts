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

export type PayFrequency = "BIWEEKLY" | "MONTHLY";

/** Whether a user is paid biweekly or monthly (`BUDGET.payroll.biweeklyShare`). */
export function drawPayFrequency(profile: ProfileData, rng: Rng): PayFrequency {
  return rng.chance(profile.budget.payroll.biweeklyShare) ? "BIWEEKLY" : "MONTHLY";
}

/** Take-home pay per period, in cents, before the deposit's own variance: net share of gross income by tier. */
export function netPayPerPeriodCents(
  profile: ProfileData,
  income: number,
  frequency: PayFrequency,
  tier: IncomeTier = incomeTierOf(income),
): number {
  const periodsPerYear = frequency === "BIWEEKLY" ? 26 : 12;
  return (income * 100 * profile.budget.payroll.netShareByTier[tier]) / periodsPerYear;
}

/** One deposit of a pay period: the period's pay within the spec's ±2 % (`BUDGET.payroll.variance`). */
export function payDepositCents(profile: ProfileData, rng: Rng, perPeriodCents: number): number {
  const v = profile.budget.payroll.variance;
  return Math.round(perPeriodCents * (1 + rng.float(-v, v)));
}

/** Whether a user owns their home (and pays a mortgage) rather than renting. */
export function drawHomeowner(
  profile: ProfileData,
  rng: Rng,
  user: Pick<UserMetadata, "life_stage" | "income">,
): boolean {
  const h = profile.budget.housing;
  const eligible =
    (h.ownerLifeStages as readonly string[]).includes(user.life_stage) && user.income >= h.ownerMinIncome;
  return eligible && rng.chance(h.ownerShare);
}

/** The monthly rent or mortgage, in cents: the spec's 25-35 % of gross monthly income, in whole dollars. */
export function housingCents(profile: ProfileData, rng: Rng, income: number, frugal = 0): number {
  const { min, max } = profile.budget.housing.shareOfGrossMonthly;
  const share = min + (max - min) * rng.next() * (1 - frugal);
  return Math.round((income * 100 * share) / 12 / 100) * 100;
}

/** A customer's own utility base, in cents, chosen so every monthly bill around it stays in the spec's range. */
export function utilityBaseCents(profile: ProfileData, rng: Rng, frugal = 0): number {
  const { cents, monthlyVariance: v } = profile.budget.utilities;
  const lo = Math.ceil(cents.min / (1 - v));
  const hi = Math.floor(cents.max / (1 + v));
  return lo + Math.round((hi - lo) * rng.next() * (1 - frugal));
}

/** One month's utility bill around the customer's base (`BUDGET.utilities.monthlyVariance`). */
export function utilityBillCents(profile: ProfileData, rng: Rng, baseCents: number): number {
  const v = profile.budget.utilities.monthlyVariance;
  return Math.round(baseCents * (1 + rng.float(-v, v)));
}
