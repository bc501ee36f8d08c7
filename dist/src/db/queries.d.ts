import type { PrismaClient } from "./client.ts";
/** A user's transactions in one month (`YYYY-MM`), newest first. */
export declare function transactionsInMonth(prisma: PrismaClient, userId: string, month: string): import("../generated/prisma/internal/prismaNamespace.ts").PrismaPromise<{
    date: string;
    name: string;
    merchant_name: string | null;
    user_id: string;
    iso_currency_code: string;
    account_id: string;
    amount: number;
    payment_channel: string;
    transaction_id: string;
    authorized_date: string | null;
    pending: boolean;
    transfer_id: string | null;
    stream_id: string | null;
    pfc_primary: string;
    pfc_detailed: string;
    pfc_confidence_level: string;
    location_city: string | null;
    location_postal_code: string | null;
    location_lat: number | null;
    location_lon: number | null;
    location_region: string | null;
    location_address: string | null;
    location_country: string | null;
    location_store_number: string | null;
}[]>;
/** A user's spending (money out, in dollars, as a positive number) per PFC primary category between two dates. */
export declare function spendingByCategory(prisma: PrismaClient, userId: string, from: string, to: string): Promise<{
    category: string;
    spent: number;
    count: number;
}[]>;
/** A user's accounts with their balances. */
export declare function accountsWithBalances(prisma: PrismaClient, userId: string): import("../generated/prisma/internal/prismaNamespace.ts").PrismaPromise<{
    type: string;
    name: string;
    current_balance: number;
    account_id: string;
    subtype: string;
    mask: string;
    available_balance: number | null;
    credit_limit: number | null;
}[]>;
/** Liabilities due within `days` days after `asOf` (`YYYY-MM-DD`), or already overdue, soonest first. */
export declare function liabilitiesDueSoon(prisma: PrismaClient, asOf: string, days: number): import("../generated/prisma/internal/prismaNamespace.ts").PrismaPromise<({
    account: {
        name: string;
        current_balance: number;
        mask: string;
    };
} & {
    type: string;
    user_id: string;
    account_id: string;
    minimum_payment_amount: number;
    liability_id: string;
    apr_percentage: number | null;
    apr_type: string | null;
    interest_rate_percentage: number | null;
    last_payment_amount: number | null;
    last_payment_date: string | null;
    last_statement_balance: number | null;
    next_payment_due_date: string | null;
    is_overdue: boolean;
})[]>;
//# sourceMappingURL=queries.d.ts.map