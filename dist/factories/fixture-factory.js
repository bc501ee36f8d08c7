// The base of every factory: a fishery `Factory` whose records are keyed by (seed, index) instead of
// by process state, that accepts parent records through fishery's `associations` option, and that
// validates every built record against its schema.
import { Factory } from "fishery";
import { fixtureConfig, fixtureProfile } from "../src/random/config.js";
import { keyedRng } from "../src/random/rng.js";
import { assertRecord } from "../src/schemas/validate.js";
/** The profile of a build: its own, or the global one. */
export function profileOf(transient) {
    return transient.profile ?? fixtureProfile();
}
/**
 * The annual income a build assumes when no user or income is given: drawn from the profile's
 * `personas.factoryIncome` on its own keyed stream, so it does not move the record's other draws.
 */
export function factoryIncome(profile, key) {
    const { min, max } = profile.personas.factoryIncome;
    const step = profile.population.incomeInTier.roundDollars;
    return Math.round(keyedRng(key.seed, "factory-income", key.index).int(min, max) / step) * step;
}
/** The data window of a build: its own, or the global one. */
export function windowOf(transient) {
    const config = fixtureConfig();
    return transient.window ?? { startDate: config.startDate, endDate: config.endDate };
}
/** The key a build draws from: the global (or pinned) seed and the record's index. */
export function recordKey(sequence, transient) {
    const pinned = transient.seed !== undefined;
    const seed = transient.seed ?? fixtureConfig().seed;
    const index = transient.index ?? (pinned ? 1 : sequence);
    if (!Number.isInteger(seed))
        throw new TypeError(`transient.seed must be an integer, got ${String(transient.seed)}`);
    if (!Number.isInteger(index) || index < 1)
        throw new RangeError(`transient.index must be a positive integer, got ${String(transient.index)}`);
    return { seed, index };
}
/**
 * A fishery factory for one entity. `A` names the parent records accepted in `associations`
 * (for example `{ user?: User }`); they are read by the generator and never left on the record.
 */
export class FixtureFactory extends Factory {
    build(params, options) {
        return super.build(params, options);
    }
    buildList(count, params, options) {
        return super.buildList(count, params, options);
    }
    create(params, options) {
        return super.create(params, options);
    }
    createList(count, params, options) {
        return super.createList(count, params, options);
    }
    /**
     * A copy with its own sequence counter, starting where this factory's is: builds on it never move
     * this factory's sequence (fishery shares one counter between a factory and its trait copies).
     */
    detached() {
        const copy = this.clone();
        const id = this.id;
        Object.assign(copy, { id: { value: id.value } });
        return copy;
    }
    /**
     * Add the hook that removes parent records merged in by fishery and validates the result, so a
     * bad override fails at `build()` with an error naming the field.
     */
    validatedAs(schema, entity, parentKeys = []) {
        return this.afterBuild((record) => {
            const bag = record;
            for (const key of parentKeys)
                delete bag[key];
            assertRecord(schema, record, entity);
        });
    }
}
//# sourceMappingURL=fixture-factory.js.map