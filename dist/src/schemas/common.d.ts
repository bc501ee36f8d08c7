import { z } from "zod";
/** A calendar date `YYYY-MM-DD`. */
export declare const IsoDate: z.ZodString;
/** A dollar amount with at most two decimals (Plaid's form). */
export declare const Dollars: z.ZodNumber;
/** A non-negative dollar amount with at most two decimals. */
export declare const NonNegativeDollars: z.ZodNumber;
export declare const CurrencyCode: z.ZodLiteral<"USD">;
export declare const PAYMENT_CHANNELS: readonly ["online", "in store", "other"];
export declare const PaymentChannel: z.ZodEnum<{
    online: "online";
    "in store": "in store";
    other: "other";
}>;
export type PaymentChannelName = (typeof PAYMENT_CHANNELS)[number];
/** Identifier shapes: a prefix and a seed-derived UUID. */
export declare const uuidIdWithPrefix: (prefix: string) => z.ZodString;
export declare const UserId: z.ZodString;
//# sourceMappingURL=common.d.ts.map