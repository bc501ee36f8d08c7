// One-off expenses caused by life events (spec task 4.8).
import type { PfcDetailed } from "../../data/pfc-taxonomy.ts";
import type { Transaction } from "../../schemas/transaction.ts";
import { makeTransaction, type TxnContext } from "./base.ts";

/** A large one-off purchase or bill, paid in store or online. */
export function oneOffExpenseTransaction(
  ctx: TxnContext,
  payee: { merchant_name: string; name: string; pfc: PfcDetailed },
  amountCents: number,
  day: number,
): Transaction {
  return makeTransaction(ctx, {
    day,
    authLagDays: ctx.rng.int(0, 2),
    amountCents: -Math.abs(amountCents),
    name: payee.name,
    merchantName: payee.merchant_name,
    channel: "in store",
    pfc: payee.pfc,
    confidence: "HIGH",
  });
}
