import { z } from "zod";
/** True when (primary, detailed) is a row of the PFCv2 taxonomy. */
export declare function isPfcPair(primary: string, detailed: string): boolean;
/** The primary category of a detailed PFCv2 code. */
export declare function pfcPrimaryOf(detailed: string): string;
export declare const PersonalFinanceCategorySchema: z.ZodObject<{
    primary: z.ZodString;
    detailed: z.ZodString;
    confidence_level: z.ZodEnum<{
        VERY_HIGH: "VERY_HIGH";
        HIGH: "HIGH";
        MEDIUM: "MEDIUM";
        LOW: "LOW";
        UNKNOWN: "UNKNOWN";
    }>;
}, z.core.$strip>;
/** Plaid's `Location`: all eight keys always present, each nullable. */
export declare const LocationSchema: z.ZodObject<{
    address: z.ZodNullable<z.ZodString>;
    city: z.ZodNullable<z.ZodString>;
    region: z.ZodNullable<z.ZodString>;
    postal_code: z.ZodNullable<z.ZodString>;
    country: z.ZodNullable<z.ZodString>;
    lat: z.ZodNullable<z.ZodNumber>;
    lon: z.ZodNullable<z.ZodNumber>;
    store_number: z.ZodNullable<z.ZodString>;
}, z.core.$strip>;
export declare const TransactionSchema: z.ZodObject<{
    transaction_id: z.ZodString;
    account_id: z.ZodString;
    user_id: z.ZodString;
    date: z.ZodString;
    authorized_date: z.ZodNullable<z.ZodString>;
    amount: z.ZodNumber;
    iso_currency_code: z.ZodLiteral<"USD">;
    name: z.ZodString;
    merchant_name: z.ZodNullable<z.ZodString>;
    payment_channel: z.ZodEnum<{
        online: "online";
        "in store": "in store";
        other: "other";
    }>;
    personal_finance_category: z.ZodObject<{
        primary: z.ZodString;
        detailed: z.ZodString;
        confidence_level: z.ZodEnum<{
            VERY_HIGH: "VERY_HIGH";
            HIGH: "HIGH";
            MEDIUM: "MEDIUM";
            LOW: "LOW";
            UNKNOWN: "UNKNOWN";
        }>;
    }, z.core.$strip>;
    pending: z.ZodBoolean;
    location: z.ZodObject<{
        address: z.ZodNullable<z.ZodString>;
        city: z.ZodNullable<z.ZodString>;
        region: z.ZodNullable<z.ZodString>;
        postal_code: z.ZodNullable<z.ZodString>;
        country: z.ZodNullable<z.ZodString>;
        lat: z.ZodNullable<z.ZodNumber>;
        lon: z.ZodNullable<z.ZodNumber>;
        store_number: z.ZodNullable<z.ZodString>;
    }, z.core.$strip>;
    transfer_id: z.ZodNullable<z.ZodString>;
    stream_id: z.ZodNullable<z.ZodString>;
}, z.core.$strip>;
export type Transaction = z.infer<typeof TransactionSchema>;
export type TransactionLocation = z.infer<typeof LocationSchema>;
export type PersonalFinanceCategory = z.infer<typeof PersonalFinanceCategorySchema>;
//# sourceMappingURL=transaction.d.ts.map