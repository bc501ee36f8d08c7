import type { Account } from "../schemas/account.ts";
import type { Liability } from "../schemas/liability.ts";
import type { LifeEvent } from "../schemas/life-event.ts";
import type { RecurringStream } from "../schemas/recurring-stream.ts";
import type { Transaction } from "../schemas/transaction.ts";
import type { User } from "../schemas/user.ts";
import type { TableSpec } from "./columns.ts";
export declare const usersTable: TableSpec<User>;
export declare const accountsTable: TableSpec<Account>;
export declare const transactionsTable: TableSpec<Transaction>;
export declare const liabilitiesTable: TableSpec<Liability>;
export declare const recurringStreamsTable: TableSpec<RecurringStream>;
export declare const lifeEventsTable: TableSpec<LifeEvent>;
/** Every table, parents before children (the order to load and persist in). */
export declare const TABLES: readonly [TableSpec<{
    user_id: string;
    name: string;
    email: string;
    created_at: string;
    metadata: {
        age: number;
        age_bracket: "18-25" | "26-35" | "36-50" | "51+";
        income: number;
        income_bracket: "low" | "middle" | "upper_middle" | "high";
        region: "urban" | "suburban" | "rural";
        life_stage: "student" | "early_career" | "mid_career" | "pre_retirement" | "retiree";
        life_event: "medical" | "job_change" | "large_purchase" | null;
        home: {
            city: string;
            state: string;
            postal_code: string;
            lat: number;
            lon: number;
        };
    };
}>, TableSpec<{
    account_id: string;
    user_id: string;
    type: "depository" | "credit" | "loan";
    subtype: "student" | "savings" | "checking" | "credit card";
    name: string;
    official_name: string | null;
    mask: string;
    current_balance: number;
    available_balance: number | null;
    credit_limit: number | null;
    iso_currency_code: "USD";
    opening_balance: number;
}>, TableSpec<{
    stream_id: string;
    account_id: string;
    user_id: string;
    description: string;
    merchant_name: string | null;
    frequency: "UNKNOWN" | "BIWEEKLY" | "MONTHLY" | "WEEKLY" | "SEMI_MONTHLY" | "ANNUALLY";
    first_date: string;
    last_date: string;
    average_amount: number;
    last_amount: number;
    iso_currency_code: "USD";
    is_active: boolean;
    status: "UNKNOWN" | "MATURE" | "EARLY_DETECTION" | "TOMBSTONED";
    personal_finance_category: {
        primary: string;
        detailed: string;
        confidence_level: "VERY_HIGH" | "HIGH" | "MEDIUM" | "LOW" | "UNKNOWN";
    };
    transaction_ids: string[];
}>, TableSpec<{
    transaction_id: string;
    account_id: string;
    user_id: string;
    date: string;
    authorized_date: string | null;
    amount: number;
    iso_currency_code: "USD";
    name: string;
    merchant_name: string | null;
    payment_channel: "online" | "in store" | "other";
    personal_finance_category: {
        primary: string;
        detailed: string;
        confidence_level: "VERY_HIGH" | "HIGH" | "MEDIUM" | "LOW" | "UNKNOWN";
    };
    pending: boolean;
    location: {
        address: string | null;
        city: string | null;
        region: string | null;
        postal_code: string | null;
        country: string | null;
        lat: number | null;
        lon: number | null;
        store_number: string | null;
    };
    transfer_id: string | null;
    stream_id: string | null;
}>, TableSpec<{
    liability_id: string;
    account_id: string;
    user_id: string;
    type: "credit_card" | "student_loan";
    apr_percentage: number | null;
    apr_type: "balance_transfer_apr" | "cash_apr" | "purchase_apr" | "special" | null;
    interest_rate_percentage: number | null;
    minimum_payment_amount: number;
    last_payment_amount: number | null;
    last_payment_date: string | null;
    last_statement_balance: number | null;
    next_payment_due_date: string | null;
    is_overdue: boolean;
}>, TableSpec<{
    life_event_id: string;
    user_id: string;
    kind: "medical" | "job_change" | "large_purchase";
    start_date: string;
    end_date: string;
    amount: number;
    transaction_ids: string[];
}>];
//# sourceMappingURL=tables.d.ts.map