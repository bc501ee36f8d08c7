export interface BankProduct {
    /** The short name Plaid shows as `name`. */
    name: string;
    /** The institution's full product name, Plaid's `official_name`. */
    official_name: string;
}
export declare const CHECKING_PRODUCTS: readonly BankProduct[];
export declare const SAVINGS_PRODUCTS: readonly BankProduct[];
export declare const CREDIT_CARD_PRODUCTS: readonly BankProduct[];
export declare const STUDENT_LOAN_PRODUCTS: readonly BankProduct[];
/**
 * The accounts concern of the profile: which accounts a customer holds and their opening balances
 * (spec tasks 3.1 and 3.2), in months of gross monthly income or shares of a limit.
 */
export declare const ACCOUNTS: {
    readonly checkingMonthsOfIncome: {
        readonly min: 1;
        readonly max: 3;
    };
    readonly savingsMonthsOfIncome: {
        readonly min: 2;
        readonly max: 6;
    };
    /** A card's limit as a share of annual income, rounded down to `creditLimitStepDollars`. */
    readonly creditLimitShareOfIncome: {
        readonly min: 0.1;
        readonly max: 0.3;
    };
    readonly creditLimitStepDollars: 500;
    readonly creditLimitDollars: {
        readonly min: 1000;
        readonly max: 50000;
    };
    readonly creditUtilization: {
        readonly min: 0.3;
        readonly max: 0.7;
    };
    readonly studentLoanDollars: {
        readonly min: 15000;
        readonly max: 60000;
    };
    /** How many credit cards each income tier holds (weights of 0, 1, 2, 3 cards; the spec's 0-3). */
    readonly cardCountWeights: {
        readonly low: readonly [0.5, 0.5, 0, 0];
        readonly middle: readonly [0.1, 0.55, 0.35, 0];
        readonly upper_middle: readonly [0, 0.35, 0.45, 0.2];
        readonly high: readonly [0, 0, 0.4, 0.6];
    };
    /** Chance of a student loan for a customer whose age bracket was set by a trait rather than the block. */
    readonly studentLoanChanceByAge: {
        readonly "18-25": 0.6;
        readonly "26-35": 0.35;
        readonly "36-50": 0.05;
        readonly "51+": 0;
    };
    /** Subscriptions a subscriber pays for (of the five). */
    readonly subscriptionsPerSubscriber: {
        readonly min: 1;
        readonly max: 3;
    };
};
export type Accounts = typeof ACCOUNTS;
//# sourceMappingURL=bank-products.d.ts.map