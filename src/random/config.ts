// The global fixture settings that factories read at build time: the seed, the data window and the
// profile. Datasets do not read these; `buildDataset` takes its own options.
import { PROFILE_NAMES, PROFILES, type ProfileData, type ProfileName } from "../data/profile.ts";

export interface FixtureConfig {
  /** The global seed that every factory build mixes into its key. */
  seed: number;
  /** First day of the data window, `YYYY-MM-DD`. */
  startDate: string;
  /** Last day of the data window, `YYYY-MM-DD`, inclusive. */
  endDate: string;
  /** The profile whose numbers every factory draws from (default `"default"`, the spec's). */
  profile: ProfileName;
}

export const DEFAULT_FIXTURE_CONFIG: Readonly<FixtureConfig> = Object.freeze({
  seed: 42,
  startDate: "2025-05-01",
  endDate: "2025-10-31",
  profile: "default",
});

let current: FixtureConfig = { ...DEFAULT_FIXTURE_CONFIG };

/**
 * Set the global seed (and optionally the data window) for every factory, in one call.
 *
 * @example
 * configureFixtures({ seed: 7 }); // every later build draws from seed 7
 */
export function configureFixtures(options: Partial<FixtureConfig>): FixtureConfig {
  if (options.profile !== undefined && !PROFILE_NAMES.includes(options.profile)) {
    throw new RangeError(
      `configureFixtures: unknown profile "${String(options.profile)}"; expected one of ${PROFILE_NAMES.join(", ")}`,
    );
  }
  current = { ...current, ...options };
  return { ...current };
}

/** Restore the defaults (seed 42, window 2025-05-01 to 2025-10-31). */
export function resetFixtureConfig(): void {
  current = { ...DEFAULT_FIXTURE_CONFIG };
}

export function fixtureConfig(): Readonly<FixtureConfig> {
  return current;
}

/** The profile the factories currently draw from. */
export function fixtureProfile(): ProfileData {
  return PROFILES[current.profile];
}
