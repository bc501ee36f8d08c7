// `userFactory`: users with demographics, traits for personas, and derived fields kept consistent.
import { drawUser } from "../src/rules/user.js";
import { UserSchema } from "../src/schemas/user.js";
import { lifeEventWish, PERSONAS } from "./persona-traits.js";
import { FixtureFactory, profileOf, recordKey, windowOf } from "./fixture-factory.js";
export class UserFactory extends FixtureFactory {
    /** Top income tier ($150k+). */
    highIncome() {
        return this.transient(PERSONAS.highIncome);
    }
    /** Bottom income tier (under $35k). */
    lowIncome() {
        return this.transient(PERSONAS.lowIncome);
    }
    /** An 18-23 year old student with a low or lower-middle income. */
    student() {
        return this.transient(PERSONAS.student);
    }
    /** A retiree, 62-80 (the 51+ bracket). */
    retiree() {
        return this.transient(PERSONAS.retiree);
    }
    /** A customer with a life event: `medical`, `job_change` or `large_purchase` (any of them when omitted). */
    withLifeEvent(kind) {
        return this.transient(lifeEventWish(kind));
    }
}
/** Digits of a `user_NNN` id, when an override gives one. */
function indexOfUserId(id) {
    const match = typeof id === "string" ? /^user_(\d+)$/.exec(id) : null;
    return match ? Number(match[1]) : undefined;
}
/**
 * Users. Build #n is user `user_00n` of the global seed; traits and overrides keep brackets and
 * life stage consistent with age and income.
 *
 * @example
 * const user = userFactory.highIncome().build({ metadata: { age: 40 } });
 * user.metadata.income_bracket; // "high"
 */
export const userFactory = UserFactory.define(({ sequence, params, transientParams }) => {
    const key = recordKey(sequence, transientParams);
    const meta = params.metadata ?? {};
    const wishes = { ...transientParams };
    if (meta.age === undefined && meta.age_bracket !== undefined)
        wishes.ageBracket = meta.age_bracket;
    if (meta.income === undefined && meta.income_bracket !== undefined)
        wishes.incomeTier = meta.income_bracket;
    if (meta.life_event !== undefined)
        wishes.lifeEvent = meta.life_event;
    const user = drawUser({
        profile: profileOf(transientParams),
        seed: key.seed,
        index: key.index,
        windowStart: windowOf(transientParams).startDate,
        wishes,
        fixed: { age: meta.age, income: meta.income, region: meta.region, name: params.name, home: meta.home },
    });
    const overriddenIndex = indexOfUserId(params.user_id);
    if (overriddenIndex !== undefined && params.email === undefined) {
        user.email = `user${String(overriddenIndex).padStart(3, "0")}@example.com`;
    }
    return user;
}).validatedAs(UserSchema, "user");
//# sourceMappingURL=user-factory.js.map