// Money moving between a user's own accounts: two legs with the same date and amount, opposite
// signs, and a shared `transfer_id`. Transfers have no merchant and channel `other`.
import type { PfcDetailed } from "../../data/pfc-taxonomy.ts";
import type { Transaction } from "../../schemas/transaction.ts";
import { makeTransaction, type TxnContext } from "./base.ts";

export const TRANSFER_KINDS = {
  card_payment: {
    from: { pfc: "LOAN_PAYMENTS_CREDIT_CARD_PAYMENT", name: (mask: string) => `PAYMENT TO CREDIT CARD ...${mask}` },
    to: { pfc: "LOAN_PAYMENTS_CREDIT_CARD_PAYMENT", name: () => "PAYMENT - THANK YOU" },
  },
  savings_deposit: {
    from: { pfc: "TRANSFER_OUT_SAVINGS", name: (mask: string) => `ONLINE TRANSFER TO SAVINGS ...${mask}` },
    to: { pfc: "TRANSFER_IN_SAVINGS", name: (mask: string) => `ONLINE TRANSFER FROM CHECKING ...${mask}` },
  },
  savings_withdrawal: {
    from: { pfc: "TRANSFER_OUT_ACCOUNT_TRANSFER", name: (mask: string) => `ONLINE TRANSFER TO CHECKING ...${mask}` },
    to: { pfc: "TRANSFER_IN_ACCOUNT_TRANSFER", name: (mask: string) => `ONLINE TRANSFER FROM SAVINGS ...${mask}` },
  },
  loan_payment: {
    from: { pfc: "LOAN_PAYMENTS_STUDENT_LOAN_PAYMENT", name: (mask: string) => `STUDENT LOAN PAYMENT ...${mask}` },
    to: { pfc: "LOAN_PAYMENTS_STUDENT_LOAN_PAYMENT", name: () => "PAYMENT RECEIVED - THANK YOU" },
  },
} as const satisfies Record<
  string,
  {
    from: { pfc: PfcDetailed; name: (mask: string) => string };
    to: { pfc: PfcDetailed; name: (mask: string) => string };
  }
>;

export type TransferKind = keyof typeof TRANSFER_KINDS;

export interface TransferInput {
  kind: TransferKind;
  from: TxnContext & { mask: string };
  to: TxnContext & { mask: string };
  amountCents: number;
  day: number;
  transferId: string;
  /** The recurring streams each leg belongs to, if any. */
  fromStreamId?: string | null;
  toStreamId?: string | null;
}

/**
 * Both legs of a transfer: `[out of from, into to]`.
 *
 * @example
 * const [checkingLeg, cardLeg] = transferLegs({ kind: "card_payment", from, to, amountCents: 25000, day, transferId });
 * // checkingLeg.amount === -250, cardLeg.amount === 250
 */
export function transferLegs(input: TransferInput): [Transaction, Transaction] {
  const spec = TRANSFER_KINDS[input.kind];
  const amount = Math.abs(input.amountCents);
  const out = makeTransaction(input.from, {
    day: input.day,
    amountCents: -amount,
    name: spec.from.name(input.to.mask),
    merchantName: null,
    channel: "other",
    pfc: spec.from.pfc,
    confidence: "VERY_HIGH",
    transferId: input.transferId,
    streamId: input.fromStreamId ?? null,
  });
  const into = makeTransaction(input.to, {
    day: input.day,
    amountCents: amount,
    name: spec.to.name(input.from.mask),
    merchantName: null,
    channel: "other",
    pfc: spec.to.pfc,
    confidence: "VERY_HIGH",
    transferId: input.transferId,
    streamId: input.toStreamId ?? null,
  });
  return [out, into];
}

/** Money sent to an outside investment account: one leg, negative. */
export function investmentTransferTransaction(
  ctx: TxnContext,
  amountCents: number,
  day: number,
  streamId: string | null = null,
): Transaction {
  return makeTransaction(ctx, {
    day,
    amountCents: -Math.abs(amountCents),
    name: "VANGUARD BUY INVESTMENT TRANSFER",
    merchantName: null,
    channel: "other",
    pfc: "TRANSFER_OUT_INVESTMENT_AND_RETIREMENT_FUNDS",
    confidence: "HIGH",
    streamId,
  });
}
