import type { Transaction } from "../../schemas/transaction.ts";
import { type TxnContext } from "./base.ts";
export declare const TRANSFER_KINDS: {
    readonly card_payment: {
        readonly from: {
            readonly pfc: "LOAN_PAYMENTS_CREDIT_CARD_PAYMENT";
            readonly name: (mask: string) => string;
        };
        readonly to: {
            readonly pfc: "LOAN_PAYMENTS_CREDIT_CARD_PAYMENT";
            readonly name: () => string;
        };
    };
    readonly savings_deposit: {
        readonly from: {
            readonly pfc: "TRANSFER_OUT_SAVINGS";
            readonly name: (mask: string) => string;
        };
        readonly to: {
            readonly pfc: "TRANSFER_IN_SAVINGS";
            readonly name: (mask: string) => string;
        };
    };
    readonly savings_withdrawal: {
        readonly from: {
            readonly pfc: "TRANSFER_OUT_ACCOUNT_TRANSFER";
            readonly name: (mask: string) => string;
        };
        readonly to: {
            readonly pfc: "TRANSFER_IN_ACCOUNT_TRANSFER";
            readonly name: (mask: string) => string;
        };
    };
    readonly loan_payment: {
        readonly from: {
            readonly pfc: "LOAN_PAYMENTS_STUDENT_LOAN_PAYMENT";
            readonly name: (mask: string) => string;
        };
        readonly to: {
            readonly pfc: "LOAN_PAYMENTS_STUDENT_LOAN_PAYMENT";
            readonly name: () => string;
        };
    };
};
export type TransferKind = keyof typeof TRANSFER_KINDS;
export interface TransferInput {
    kind: TransferKind;
    from: TxnContext & {
        mask: string;
    };
    to: TxnContext & {
        mask: string;
    };
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
export declare function transferLegs(input: TransferInput): [Transaction, Transaction];
/** Money sent to an outside investment account: one leg, negative. */
export declare function investmentTransferTransaction(ctx: TxnContext, amountCents: number, day: number, streamId?: string | null): Transaction;
//# sourceMappingURL=transfers.d.ts.map