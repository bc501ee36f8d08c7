import { z } from "zod";
/** The Plaid (type, subtype) pairs this toolkit generates. */
export declare const ACCOUNT_KINDS: {
    readonly checking: {
        readonly type: "depository";
        readonly subtype: "checking";
    };
    readonly savings: {
        readonly type: "depository";
        readonly subtype: "savings";
    };
    readonly credit_card: {
        readonly type: "credit";
        readonly subtype: "credit card";
    };
    readonly student_loan: {
        readonly type: "loan";
        readonly subtype: "student";
    };
};
export type AccountKind = keyof typeof ACCOUNT_KINDS;
export declare const AccountSchema: z.ZodObject<{
    account_id: z.ZodString;
    user_id: z.ZodString;
    type: z.ZodEnum<{
        depository: "depository";
        credit: "credit";
        loan: "loan";
    }>;
    subtype: z.ZodEnum<{
        student: "student";
        savings: "savings";
        checking: "checking";
        "credit card": "credit card";
    }>;
    name: z.ZodString;
    official_name: z.ZodNullable<z.ZodString>;
    mask: z.ZodString;
    current_balance: z.ZodNumber;
    available_balance: z.ZodNullable<z.ZodNumber>;
    credit_limit: z.ZodNullable<z.ZodNumber>;
    iso_currency_code: z.ZodLiteral<"USD">;
    opening_balance: z.ZodNumber;
}, z.core.$strip>;
export type Account = z.infer<typeof AccountSchema>;
//# sourceMappingURL=account.d.ts.map