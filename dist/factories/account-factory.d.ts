import { type Account, type AccountKind } from "../src/schemas/account.ts";
import type { User } from "../src/schemas/user.ts";
import { FixtureFactory, type KeyTransient } from "./fixture-factory.ts";
import type { ProfileData } from "../src/data/profile.ts";
export type AccountTransient = KeyTransient & {
    kind?: AccountKind;
    /** Annual income in dollars that balances scale with, when no user is associated. */
    income?: number;
};
export interface AccountParents {
    user?: User;
}
export declare class AccountFactory extends FixtureFactory<Account, AccountTransient, AccountParents> {
    checking(): this;
    savings(): this;
    creditCard(): this;
    studentLoan(): this;
}
/** The id account #index of a seed gets, whatever its kind; standalone transactions and liabilities use it. */
export declare function defaultAccountId(profile: ProfileData, seed: number, index: number): string;
/**
 * Accounts. Build #n belongs to `user_00n` unless a user is associated.
 *
 * @example
 * const card = accountFactory.creditCard().build({ current_balance: 1200 }, { associations: { user } });
 * card.available_balance === card.credit_limit! - 1200; // true
 */
export declare const accountFactory: AccountFactory;
//# sourceMappingURL=account-factory.d.ts.map