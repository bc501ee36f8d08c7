import { type UserWishes } from "../src/rules/user.ts";
import { type LifeEventKind, type User } from "../src/schemas/user.ts";
import { FixtureFactory, type KeyTransient } from "./fixture-factory.ts";
export type UserTransient = KeyTransient & UserWishes;
export declare class UserFactory extends FixtureFactory<User, UserTransient> {
    /** Top income tier ($150k+). */
    highIncome(): this;
    /** Bottom income tier (under $35k). */
    lowIncome(): this;
    /** An 18-23 year old student with a low or lower-middle income. */
    student(): this;
    /** A retiree, 62-80 (the 51+ bracket). */
    retiree(): this;
    /** A customer with a life event: `medical`, `job_change` or `large_purchase` (any of them when omitted). */
    withLifeEvent(kind?: LifeEventKind): this;
}
/**
 * Users. Build #n is user `user_00n` of the global seed; traits and overrides keep brackets and
 * life stage consistent with age and income.
 *
 * @example
 * const user = userFactory.highIncome().build({ metadata: { age: 40 } });
 * user.metadata.income_bracket; // "high"
 */
export declare const userFactory: UserFactory;
//# sourceMappingURL=user-factory.d.ts.map