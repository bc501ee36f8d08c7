// The base of every factory: a fishery `Factory` whose records are keyed by (seed, index) instead of
// by process state, that accepts parent records through fishery's `associations` option, and that
// validates every built record against its schema.
import { type BuildOptions, type DeepPartial, Factory } from "fishery";
import type { z } from "zod";
import type { ProfileData } from "../src/data/profile.ts";
import { fixtureConfig, fixtureProfile } from "../src/random/config.ts";
import { keyedRng } from "../src/random/rng.ts";
import { assertRecord } from "../src/schemas/validate.ts";

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
  window?: { startDate: string; endDate: string };
  /** The profile to draw from (default: `configureFixtures`' profile). */
  profile?: ProfileData;
}

/** The profile of a build: its own, or the global one. */
export function profileOf(transient: KeyTransient): ProfileData {
  return transient.profile ?? fixtureProfile();
}

/**
 * The annual income a build assumes when no user or income is given: drawn from the profile's
 * `personas.factoryIncome` on its own keyed stream, so it does not move the record's other draws.
 */
export function factoryIncome(profile: ProfileData, key: { seed: number; index: number }): number {
  const { min, max } = profile.personas.factoryIncome;
  const step = profile.population.incomeInTier.roundDollars;
  return Math.round(keyedRng(key.seed, "factory-income", key.index).int(min, max) / step) * step;
}

/** The data window of a build: its own, or the global one. */
export function windowOf(transient: KeyTransient): { startDate: string; endDate: string } {
  const config = fixtureConfig();
  return transient.window ?? { startDate: config.startDate, endDate: config.endDate };
}

/** The key a build draws from: the global (or pinned) seed and the record's index. */
export function recordKey(sequence: number, transient: KeyTransient): { seed: number; index: number } {
  const pinned = transient.seed !== undefined;
  const seed = transient.seed ?? fixtureConfig().seed;
  const index = transient.index ?? (pinned ? 1 : sequence);
  if (!Number.isInteger(seed)) throw new TypeError(`transient.seed must be an integer, got ${String(transient.seed)}`);
  if (!Number.isInteger(index) || index < 1)
    throw new RangeError(`transient.index must be a positive integer, got ${String(transient.index)}`);
  return { seed, index };
}

/** Build options with the parent records a factory accepts in `associations`. */
export interface FixtureBuildOptions<T, I, A> {
  transient?: Partial<I>;
  associations?: Partial<T> & A;
}

/**
 * A fishery factory for one entity. `A` names the parent records accepted in `associations`
 * (for example `{ user?: User }`); they are read by the generator and never left on the record.
 */
export class FixtureFactory<T, I extends KeyTransient, A extends object = object> extends Factory<T, I> {
  override build(params?: DeepPartial<T>, options?: FixtureBuildOptions<T, I, A>): T {
    return super.build(params, options as BuildOptions<T, I>);
  }

  override buildList(count: number, params?: DeepPartial<T>, options?: FixtureBuildOptions<T, I, A>): T[] {
    return super.buildList(count, params, options as BuildOptions<T, I>);
  }

  override create(params?: DeepPartial<T>, options?: FixtureBuildOptions<T, I, A>): Promise<T> {
    return super.create(params, options as BuildOptions<T, I>);
  }

  override createList(count: number, params?: DeepPartial<T>, options?: FixtureBuildOptions<T, I, A>): Promise<T[]> {
    return super.createList(count, params, options as BuildOptions<T, I>);
  }

  /**
   * A copy with its own sequence counter, starting where this factory's is: builds on it never move
   * this factory's sequence (fishery shares one counter between a factory and its trait copies).
   */
  detached(): this {
    const copy = this.clone();
    const id = (this as unknown as { id: { value: number } }).id;
    Object.assign(copy, { id: { value: id.value } });
    return copy;
  }

  /**
   * Add the hook that removes parent records merged in by fishery and validates the result, so a
   * bad override fails at `build()` with an error naming the field.
   */
  validatedAs(schema: z.ZodType, entity: string, parentKeys: readonly string[] = []): this {
    return this.afterBuild((record: T) => {
      const bag = record as Record<string, unknown>;
      for (const key of parentKeys) delete bag[key];
      assertRecord(schema, record, entity);
    });
  }
}
