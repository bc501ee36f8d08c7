import type { DeepPartial } from "fishery";
import { type ProfileData } from "../data/profile.ts";
import type { UserWishes } from "../rules/user.ts";
import type { Account } from "../schemas/account.ts";
import type { Liability } from "../schemas/liability.ts";
import type { LifeEvent } from "../schemas/life-event.ts";
import type { RecurringStream } from "../schemas/recurring-stream.ts";
import type { Transaction } from "../schemas/transaction.ts";
import type { User } from "../schemas/user.ts";
import { type DataWindow } from "./window.ts";
export interface Customer {
    user: User;
    accounts: Account[];
    transactions: Transaction[];
    liabilities: Liability[];
    recurringStreams: RecurringStream[];
    lifeEvents: LifeEvent[];
}
export interface CustomerInput {
    seed: number;
    index: number;
    window: DataWindow;
    /** The numbers to draw from (default: the spec's). */
    profile?: ProfileData;
    /** Traits, as `userFactory` takes them. */
    wishes?: UserWishes;
    /** Overrides for the user record. */
    user?: DeepPartial<User>;
}
/**
 * Build one customer. Pure: the same input gives the same customer.
 *
 * @example
 * const c = buildCustomer({ seed: 42, index: 1, window: dataWindow("2025-05-01", "2025-10-31") });
 * c.transactions.length; // between 150 and 200
 */
export declare function buildCustomer(input: CustomerInput): Customer;
//# sourceMappingURL=customer.d.ts.map