import type { PfcDetailed } from "./pfc-taxonomy.ts";
export interface SubscriptionService {
    /** The service as the spec names it; `transactionFactory.subscription(name)` takes this. */
    service: string;
    merchant_name: string;
    /** The raw description a bank statement shows. */
    name: string;
    price_cents: number;
    pfc: PfcDetailed;
}
export declare const SUBSCRIPTIONS: readonly SubscriptionService[];
export declare const SUBSCRIPTION_NAMES: readonly ["Netflix", "Spotify", "Amazon Prime", "Gym Membership", "Cloud Storage"];
export type SubscriptionName = (typeof SUBSCRIPTION_NAMES)[number];
//# sourceMappingURL=subscriptions.d.ts.map