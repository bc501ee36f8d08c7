import type { PfcDetailed } from "./pfc-taxonomy.ts";
export interface Merchant {
    merchant_name: string;
    /** The raw statement descriptor (Plaid's `name`); a store number is appended for in-store visits. */
    name: string;
    pfc: PfcDetailed;
    /** Share of this merchant's purchases made online; the rest are in store. */
    online_share: number;
}
export interface SpendCategory {
    merchants: readonly Merchant[];
    price_cents: {
        min: number;
        max: number;
    };
}
export declare const SPEND_KINDS: readonly ["groceries", "restaurant", "coffee", "shopping", "online", "entertainment", "gas", "travel", "back_to_school", "holiday"];
export type SpendKind = (typeof SPEND_KINDS)[number];
export declare const SPEND_CATEGORIES: Readonly<Record<SpendKind, SpendCategory>>;
/** Monthly bill payees for the utilities stream. */
export declare const UTILITY_PROVIDERS: readonly {
    merchant_name: string;
    name: string;
    pfc: PfcDetailed;
}[];
export declare const LANDLORDS: readonly {
    merchant_name: string;
    name: string;
}[];
export declare const MORTGAGE_LENDERS: readonly {
    merchant_name: string;
    name: string;
}[];
export declare const MEDICAL_PROVIDERS: readonly {
    merchant_name: string;
    name: string;
    pfc: PfcDetailed;
}[];
export declare const LARGE_PURCHASES: readonly {
    merchant_name: string;
    name: string;
    pfc: PfcDetailed;
}[];
/** Employers whose names appear on payroll deposits (`<EMPLOYER> PAYROLL DIR DEP`). */
export declare const EMPLOYERS: readonly string[];
/**
 * The spending concern of the profile: what everyday purchases cost, how often each kind happens and
 * on which days (spec tasks 4.5-4.7).
 */
export declare const SPENDING: {
    readonly categories: Readonly<Record<"groceries" | "restaurant" | "coffee" | "shopping" | "online" | "entertainment" | "gas" | "travel" | "back_to_school" | "holiday", SpendCategory>>;
    /** Relative weights of everyday categories (the spec's per-day chances, used as weights: AC-2 ruling). */
    readonly weights: {
        readonly groceries: 0.4;
        readonly restaurant: 0.5;
        readonly coffee: 0.6;
        readonly shopping: 0.12;
        readonly online: 0.2;
        readonly entertainment: 0.08;
        readonly gas: 0.15;
    };
    /** Seasonal categories and the months (1-12) they appear in, with their weight then. */
    readonly seasonal: readonly [{
        readonly kind: "travel";
        readonly months: readonly [6, 7];
        readonly weight: 0.06;
    }, {
        readonly kind: "back_to_school";
        readonly months: readonly [8, 9];
        readonly weight: 0.08;
    }, {
        readonly kind: "holiday";
        readonly months: readonly [11, 12];
        readonly weight: 0.15;
    }];
    /** Restaurants are this many times likelier on Friday to Sunday. */
    readonly weekendRestaurantUplift: 1.8;
    /** Any purchase is this many times likelier on Friday to Sunday, and in a seasonal month. */
    readonly weekendDayUplift: 1.25;
    readonly seasonalDayUplift: 1.2;
    /**
     * Who buys coffee (the spec: "60 % chance per day for students/high-income"): users whose life stage
     * or income tier is listed. Everyone else never buys coffee.
     */
    readonly coffeeDrinkers: {
        readonly lifeStages: readonly ["student"];
        readonly incomeTiers: readonly ["high"];
    };
    /** Chance that a purchase of a kind goes on a card when the customer has one. */
    readonly cardPreference: {
        readonly groceries: 0.4;
        readonly restaurant: 0.4;
        readonly coffee: 0.35;
    };
    readonly cardPreferenceDefault: 0.8;
    /**
     * Where a price falls inside its category's range: `base + incomeWeight * incomeFactor - frugalWeight
     * * frugality`, plus a uniform spread of `spread` around it, clamped to the range. The income factor
     * is 0 at `incomeFloor` and 1 at `incomeCeiling` dollars, on a log scale.
     */
    readonly pricePosition: {
        readonly base: 0.15;
        readonly incomeWeight: 0.6;
        readonly frugalWeight: 0.35;
        readonly spread: 0.5;
        readonly incomeFloor: 15000;
        readonly incomeCeiling: 400000;
    };
    /** Days between authorization and posting. */
    readonly authLagDays: {
        readonly inStore: {
            readonly min: 0;
            readonly max: 2;
        };
        readonly online: {
            readonly min: 0;
            readonly max: 1;
        };
    };
    /** Stores near home: a store number, a street number, and coordinates within this many degrees. */
    readonly stores: {
        readonly storeNumber: {
            readonly min: 100;
            readonly max: 9999;
        };
        readonly streetNumber: {
            readonly min: 100;
            readonly max: 9899;
        };
        readonly coordinateJitterDegrees: 0.05;
    };
    /** How sure Plaid is of a purchase's category: cumulative shares of VERY_HIGH, then HIGH; the rest MEDIUM. */
    readonly confidence: {
        readonly veryHigh: 0.75;
        readonly high: 0.2;
    };
};
export type Spending = typeof SPENDING;
//# sourceMappingURL=merchants.d.ts.map