import { z } from "zod";
/** A card's minimum payment: `LIABILITIES.cardMinimumShare` (the spec's 2 %) of what the statement says is owed. */
export declare function cardMinimumPaymentCents(statementCents: number, share?: number): number;
export declare const LiabilitySchema: z.ZodObject<{
    liability_id: z.ZodString;
    account_id: z.ZodString;
    user_id: z.ZodString;
    type: z.ZodEnum<{
        credit_card: "credit_card";
        student_loan: "student_loan";
    }>;
    apr_percentage: z.ZodNullable<z.ZodNumber>;
    apr_type: z.ZodNullable<z.ZodEnum<{
        balance_transfer_apr: "balance_transfer_apr";
        cash_apr: "cash_apr";
        purchase_apr: "purchase_apr";
        special: "special";
    }>>;
    interest_rate_percentage: z.ZodNullable<z.ZodNumber>;
    minimum_payment_amount: z.ZodNumber;
    last_payment_amount: z.ZodNullable<z.ZodNumber>;
    last_payment_date: z.ZodNullable<z.ZodString>;
    last_statement_balance: z.ZodNullable<z.ZodNumber>;
    next_payment_due_date: z.ZodNullable<z.ZodString>;
    is_overdue: z.ZodBoolean;
}, z.core.$strip>;
export type Liability = z.infer<typeof LiabilitySchema>;
//# sourceMappingURL=liability.d.ts.map