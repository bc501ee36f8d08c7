import type { PfcDetailed } from "../../data/pfc-taxonomy.ts";
import type { ProfileData } from "../../data/profile.ts";
import type { Rng } from "../../random/rng.ts";
import type { PaymentChannelName } from "../../schemas/common.ts";
import { type Transaction, type TransactionLocation } from "../../schemas/transaction.ts";
import type { HomeLocation } from "../../schemas/user.ts";
type ConfidenceLevel = Transaction["personal_finance_category"]["confidence_level"];
export declare const NULL_LOCATION: Readonly<TransactionLocation>;
/** Everything a rule needs to place a transaction on an account. */
export interface TxnContext {
    rng: Rng;
    /** The numbers every rule reads. */
    profile: ProfileData;
    accountId: string;
    userId: string;
    /** Where in-store purchases happen. */
    stores: StoreLocator;
}
/** The fields a rule decides; `makeTransaction` fills in the rest. */
export interface TxnDraft {
    day: number;
    /** Days between authorization and posting (0 for transfers and deposits). */
    authLagDays?: number;
    amountCents: number;
    name: string;
    merchantName: string | null;
    channel: PaymentChannelName;
    pfc: PfcDetailed;
    confidence?: ConfidenceLevel;
    /** Merchant whose store location an in-store purchase uses. */
    storeKey?: string;
    transferId?: string | null;
    streamId?: string | null;
    pending?: boolean;
}
/** Store addresses near the user's home, one per merchant, stable for the whole ledger. */
export declare class StoreLocator {
    private readonly home;
    private readonly rng;
    private readonly stores;
    private readonly cache;
    constructor(home: HomeLocation, rng: Rng, stores: ProfileData["spending"]["stores"]);
    locate(merchantKey: string): {
        location: TransactionLocation;
        storeNumber: string;
    };
}
/** Turn a draft into a full transaction record. */
export declare function makeTransaction(ctx: TxnContext, draft: TxnDraft): Transaction;
export {};
//# sourceMappingURL=base.d.ts.map