import type { Account } from "../src/schemas/account.ts";
import { type Liability } from "../src/schemas/liability.ts";
import { FixtureFactory, type KeyTransient } from "./fixture-factory.ts";
export type LiabilityTransient = KeyTransient & {
    type?: Liability["type"];
    overdue?: boolean;
    /** Annual income in dollars that balances and a student loan's payment scale with. */
    income?: number;
};
export interface LiabilityParents {
    account?: Account;
}
export declare class LiabilityFactory extends FixtureFactory<Liability, LiabilityTransient, LiabilityParents> {
    creditCard(): this;
    studentLoan(): this;
    /** Past its due date and flagged `is_overdue`. */
    overdue(): this;
}
/**
 * Liabilities. With an associated account the type and balance come from it.
 *
 * @example
 * const liability = liabilityFactory.overdue().build({}, { associations: { account: card } });
 * liability.is_overdue; // true
 */
export declare const liabilityFactory: LiabilityFactory;
//# sourceMappingURL=liability-factory.d.ts.map