// Charges a bank posts to an account: a card's or a student loan's monthly interest, and a checking
// overdraft fee. Each is money out of the account (toolkit sign: negative), `BANK_FEES`, no merchant.
import type { Transaction } from "../../schemas/transaction.ts";
import { makeTransaction, type TxnContext } from "./base.ts";

/** A month's interest on a card or loan balance: `BANK_FEES_INTEREST_CHARGE`, raising the amount owed. */
export function interestChargeTransaction(
  ctx: TxnContext,
  name: string,
  amountCents: number,
  day: number,
): Transaction {
  return makeTransaction(ctx, {
    day,
    amountCents: -Math.abs(amountCents),
    name,
    merchantName: null,
    channel: "other",
    pfc: "BANK_FEES_INTEREST_CHARGE",
    confidence: "VERY_HIGH",
  });
}

/** The fee a bank charges when a payment takes checking below zero: `BANK_FEES_OVERDRAFT_FEES`. */
export function overdraftFeeTransaction(ctx: TxnContext, amountCents: number, day: number): Transaction {
  return makeTransaction(ctx, {
    day,
    amountCents: -Math.abs(amountCents),
    name: "OVERDRAFT FEE",
    merchantName: null,
    channel: "other",
    pfc: "BANK_FEES_OVERDRAFT_FEES",
    confidence: "VERY_HIGH",
  });
}
