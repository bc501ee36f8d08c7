import type { PfcDetailed } from "../../data/pfc-taxonomy.ts";
import type { ProfileData } from "../../data/profile.ts";
import type { Rng } from "../../random/rng.ts";
import { type IncomeTier } from "../../schemas/brackets.ts";
import type { UserMetadata } from "../../schemas/user.ts";
import type { Transaction } from "../../schemas/transaction.ts";
import { type TxnContext } from "./base.ts";
/** A payroll deposit: positive, `INCOME_SALARY`, channel `other`, no merchant name (Plaid gives none). */
export declare function payrollTransaction(ctx: TxnContext, employer: string, amountCents: number, day: number, streamId?: string | null, pfc?: PfcDetailed): Transaction;
/** A rent or mortgage payment: negative, channel `other`. */
export declare function housingTransaction(ctx: TxnContext, payee: {
    merchant_name: string;
    name: string;
}, mortgage: boolean, amountCents: number, day: number, streamId?: string | null): Transaction;
/** A utility bill paid online: negative. */
export declare function utilityTransaction(ctx: TxnContext, provider: {
    merchant_name: string;
    name: string;
    pfc: PfcDetailed;
}, amountCents: number, day: number, streamId?: string | null): Transaction;
/** Interest paid into a savings account: positive, `INCOME_INTEREST_EARNED`. */
export declare function interestTransaction(ctx: TxnContext, amountCents: number, day: number, streamId?: string | null): Transaction;
export type PayFrequency = "BIWEEKLY" | "MONTHLY";
/** Whether a user is paid biweekly or monthly (`BUDGET.payroll.biweeklyShare`). */
export declare function drawPayFrequency(profile: ProfileData, rng: Rng): PayFrequency;
/** Take-home pay per period, in cents, before the deposit's own variance: net share of gross income by tier. */
export declare function netPayPerPeriodCents(profile: ProfileData, income: number, frequency: PayFrequency, tier?: IncomeTier): number;
/** One deposit of a pay period: the period's pay within the spec's ±2 % (`BUDGET.payroll.variance`). */
export declare function payDepositCents(profile: ProfileData, rng: Rng, perPeriodCents: number): number;
/** Whether a user owns their home (and pays a mortgage) rather than renting. */
export declare function drawHomeowner(profile: ProfileData, rng: Rng, user: Pick<UserMetadata, "life_stage" | "income">): boolean;
/** The monthly rent or mortgage, in cents: the spec's 25-35 % of gross monthly income, in whole dollars. */
export declare function housingCents(profile: ProfileData, rng: Rng, income: number, frugal?: number): number;
/** A customer's own utility base, in cents, chosen so every monthly bill around it stays in the spec's range. */
export declare function utilityBaseCents(profile: ProfileData, rng: Rng, frugal?: number): number;
/** One month's utility bill around the customer's base (`BUDGET.utilities.monthlyVariance`). */
export declare function utilityBillCents(profile: ProfileData, rng: Rng, baseCents: number): number;
//# sourceMappingURL=bills.d.ts.map