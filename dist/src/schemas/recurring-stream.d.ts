import { z } from "zod";
export declare const STREAM_FREQUENCIES: readonly ["UNKNOWN", "WEEKLY", "BIWEEKLY", "SEMI_MONTHLY", "MONTHLY", "ANNUALLY"];
export declare const STREAM_STATUSES: readonly ["UNKNOWN", "MATURE", "EARLY_DETECTION", "TOMBSTONED"];
export declare const RecurringStreamSchema: z.ZodObject<{
    stream_id: z.ZodString;
    account_id: z.ZodString;
    user_id: z.ZodString;
    description: z.ZodString;
    merchant_name: z.ZodNullable<z.ZodString>;
    frequency: z.ZodEnum<{
        UNKNOWN: "UNKNOWN";
        BIWEEKLY: "BIWEEKLY";
        MONTHLY: "MONTHLY";
        WEEKLY: "WEEKLY";
        SEMI_MONTHLY: "SEMI_MONTHLY";
        ANNUALLY: "ANNUALLY";
    }>;
    first_date: z.ZodString;
    last_date: z.ZodString;
    average_amount: z.ZodNumber;
    last_amount: z.ZodNumber;
    iso_currency_code: z.ZodLiteral<"USD">;
    is_active: z.ZodBoolean;
    status: z.ZodEnum<{
        UNKNOWN: "UNKNOWN";
        MATURE: "MATURE";
        EARLY_DETECTION: "EARLY_DETECTION";
        TOMBSTONED: "TOMBSTONED";
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
    transaction_ids: z.ZodArray<z.ZodString>;
}, z.core.$strip>;
export type RecurringStream = z.infer<typeof RecurringStreamSchema>;
export type StreamFrequency = (typeof STREAM_FREQUENCIES)[number];
//# sourceMappingURL=recurring-stream.d.ts.map