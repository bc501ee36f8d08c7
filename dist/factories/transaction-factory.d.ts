import { type SubscriptionName } from "../src/data/subscriptions.ts";
import type { Account } from "../src/schemas/account.ts";
import { type Transaction } from "../src/schemas/transaction.ts";
import type { HomeLocation } from "../src/schemas/user.ts";
import { FixtureFactory, type KeyTransient } from "./fixture-factory.ts";
export declare const TRANSACTION_KINDS: readonly ["payroll", "rent", "utilities", "subscription", "groceries", "restaurant", "coffee", "shopping", "online", "entertainment", "gas", "travel", "back_to_school", "holiday"];
export type TransactionKind = (typeof TRANSACTION_KINDS)[number];
export type TransactionTransient = KeyTransient & {
    kind?: TransactionKind;
    subscription?: SubscriptionName;
    channel?: "online" | "in store";
    pending?: boolean;
    /** Where in-store purchases happen (default: Austin, TX 78701, as in the spec). */
    home?: HomeLocation;
    /** Annual income in dollars that pay, housing and prices scale with (default: drawn from the profile's factory income). */
    income?: number;
};
export interface TransactionParents {
    account?: Account;
}
export declare class TransactionFactory extends FixtureFactory<Transaction, TransactionTransient, TransactionParents> {
    /** A salary deposit: positive, `INCOME_SALARY`, channel `other`. */
    payroll(): this;
    /** Rent on the 1st (±2 days): 25-35 % of gross monthly income (the dataset's housing rule). */
    rent(): this;
    /** A utility bill on the 15th (±2 days): $80-$150. */
    utilities(): this;
    /** One of the spec's five subscriptions at its exact price (any of them when omitted). */
    subscription(name?: SubscriptionName): this;
    groceries(): this;
    restaurant(): this;
    coffee(): this;
    /** Paid online: null location. Without another kind, an online-marketplace purchase. */
    online(): this;
    /** Not yet posted. */
    pending(): this;
}
/**
 * Transactions. Without an associated account, build #n sits on account #n of `accountFactory`
 * (a checking account of `user_00n`).
 *
 * @example
 * const deposit = transactionFactory.payroll().build({}, { associations: { account } });
 * deposit.amount > 0 && deposit.payment_channel === "other"; // true
 */
export declare const transactionFactory: TransactionFactory;
//# sourceMappingURL=transaction-factory.d.ts.map