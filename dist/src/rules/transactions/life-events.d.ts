import type { PfcDetailed } from "../../data/pfc-taxonomy.ts";
import type { Transaction } from "../../schemas/transaction.ts";
import { type TxnContext } from "./base.ts";
/** A large one-off purchase or bill, paid in store or online. */
export declare function oneOffExpenseTransaction(ctx: TxnContext, payee: {
    merchant_name: string;
    name: string;
    pfc: PfcDetailed;
}, amountCents: number, day: number): Transaction;
//# sourceMappingURL=life-events.d.ts.map