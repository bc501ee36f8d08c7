import { type DeepPartial, Factory } from "fishery";
import type { z } from "zod";
import type { ProfileData } from "../src/data/profile.ts";
/** Transient params every factory understands. */
export interface KeyTransient {
    /**
     * Pin the record: with `seed` set, the record no longer depends on the factory's sequence or the
     * global seed; it is record `index` (default 1) of that seed.
     */
    seed?: number;
    /** Which record of the seed to build (1-based); defaults to the factory's sequence. */
    index?: number;
    /** The data window dates are drawn from (default: `configureFixtures`' window). */
    window?: {
        startDate: string;
        endDate: string;
    };
    /** The profile to draw from (default: `configureFixtures`' profile). */
    profile?: ProfileData;
}
/** The profile of a build: its own, or the global one. */
export declare function profileOf(transient: KeyTransient): ProfileData;
/**
 * The annual income a build assumes when no user or income is given: drawn from the profile's
 * `personas.factoryIncome` on its own keyed stream, so it does not move the record's other draws.
 */
export declare function factoryIncome(profile: ProfileData, key: {
    seed: number;
    index: number;
}): number;
/** The data window of a build: its own, or the global one. */
export declare function windowOf(transient: KeyTransient): {
    startDate: string;
    endDate: string;
};
/** The key a build draws from: the global (or pinned) seed and the record's index. */
export declare function recordKey(sequence: number, transient: KeyTransient): {
    seed: number;
    index: number;
};
/** Build options with the parent records a factory accepts in `associations`. */
export interface FixtureBuildOptions<T, I, A> {
    transient?: Partial<I>;
    associations?: Partial<T> & A;
}
/**
 * A fishery factory for one entity. `A` names the parent records accepted in `associations`
 * (for example `{ user?: User }`); they are read by the generator and never left on the record.
 */
export declare class FixtureFactory<T, I extends KeyTransient, A extends object = object> extends Factory<T, I> {
    build(params?: DeepPartial<T>, options?: FixtureBuildOptions<T, I, A>): T;
    buildList(count: number, params?: DeepPartial<T>, options?: FixtureBuildOptions<T, I, A>): T[];
    create(params?: DeepPartial<T>, options?: FixtureBuildOptions<T, I, A>): Promise<T>;
    createList(count: number, params?: DeepPartial<T>, options?: FixtureBuildOptions<T, I, A>): Promise<T[]>;
    /**
     * A copy with its own sequence counter, starting where this factory's is: builds on it never move
     * this factory's sequence (fishery shares one counter between a factory and its trait copies).
     */
    detached(): this;
    /**
     * Add the hook that removes parent records merged in by fishery and validates the result, so a
     * bad override fails at `build()` with an error naming the field.
     */
    validatedAs(schema: z.ZodType, entity: string, parentKeys?: readonly string[]): this;
}
//# sourceMappingURL=fixture-factory.d.ts.map