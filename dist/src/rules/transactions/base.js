import { STREET_NAMES } from "../../data/places.js";
import { uuidFrom } from "../../random/ids.js";
import { pfcPrimaryOf } from "../../schemas/transaction.js";
import { fromDay } from "../../units/dates.js";
import { toDollars } from "../../units/money.js";
export const NULL_LOCATION = Object.freeze({
    address: null,
    city: null,
    region: null,
    postal_code: null,
    country: null,
    lat: null,
    lon: null,
    store_number: null,
});
/** Store addresses near the user's home, one per merchant, stable for the whole ledger. */
export class StoreLocator {
    home;
    rng;
    stores;
    cache = new Map();
    constructor(home, rng, stores) {
        this.home = home;
        this.rng = rng;
        this.stores = stores;
    }
    locate(merchantKey) {
        let hit = this.cache.get(merchantKey);
        if (!hit) {
            const { storeNumber: numbers, streetNumber, coordinateJitterDegrees: degrees } = this.stores;
            const storeNumber = String(this.rng.int(numbers.min, numbers.max));
            const jitter = () => Math.round(this.rng.float(-degrees, degrees) * 10_000) / 10_000;
            hit = {
                storeNumber,
                location: {
                    address: `${this.rng.int(streetNumber.min, streetNumber.max)} ${this.rng.pick(STREET_NAMES)}`,
                    city: this.home.city,
                    region: this.home.state,
                    postal_code: this.home.postal_code,
                    country: "US",
                    lat: Math.round((this.home.lat + jitter()) * 10_000) / 10_000,
                    lon: Math.round((this.home.lon + jitter()) * 10_000) / 10_000,
                    store_number: storeNumber,
                },
            };
            this.cache.set(merchantKey, hit);
        }
        return hit;
    }
}
/** Confidence Plaid would report: mostly very high for known merchants. */
function drawConfidence(rng, shares) {
    const u = rng.next();
    return u < shares.veryHigh ? "VERY_HIGH" : u < shares.veryHigh + shares.high ? "HIGH" : "MEDIUM";
}
/** Turn a draft into a full transaction record. */
export function makeTransaction(ctx, draft) {
    const primary = pfcPrimaryOf(draft.pfc);
    const inStore = draft.channel === "in store";
    const store = inStore ? ctx.stores.locate(draft.storeKey ?? draft.merchantName ?? draft.name) : null;
    return {
        transaction_id: `txn_${uuidFrom(ctx.rng)}`,
        account_id: ctx.accountId,
        user_id: ctx.userId,
        date: fromDay(draft.day),
        authorized_date: fromDay(draft.day - (draft.authLagDays ?? 0)),
        amount: toDollars(draft.amountCents),
        iso_currency_code: "USD",
        name: store ? `${draft.name} #${store.storeNumber}` : draft.name,
        merchant_name: draft.merchantName,
        payment_channel: draft.channel,
        personal_finance_category: { primary, detailed: draft.pfc, confidence_level: draft.confidence ?? drawConfidence(ctx.rng, ctx.profile.spending.confidence) },
        pending: draft.pending ?? false,
        location: store ? { ...store.location } : { ...NULL_LOCATION },
        transfer_id: draft.transferId ?? null,
        stream_id: draft.streamId ?? null,
    };
}
//# sourceMappingURL=base.js.map