// Income and recurring bills: payroll, rent or mortgage, utilities, and interest on savings.
import type { PfcDetailed } from "../../data/pfc-taxonomy.ts";
import type { Transaction } from "../../schemas/transaction.ts";
import { makeTransaction, type TxnContext } from "./base.ts";

/** A payroll deposit: positive, `INCOME_SALARY`, channel `other`, no merchant name (Plaid gives none). */
export function payrollTransaction(ctx: TxnContext, employer: string, amountCents: number, day: number, streamId: string | null = null, pfc: PfcDetailed = "INCOME_SALARY"): Transaction {
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
export function interestTransaction(ctx: TxnContext, amountCents: number, day: number, streamId: string | null = null): Transaction {
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
