// The global fixture settings that factories read at build time: the seed and the data window.
// Datasets do not read these; `buildDataset` takes its own options.

export interface FixtureConfig {
  /** The global seed that every factory build mixes into its key. */
  seed: number;
  /** First day of the data window, `YYYY-MM-DD`. */
  startDate: string;
  /** Last day of the data window, `YYYY-MM-DD`, inclusive. */
  endDate: string;
}

export const DEFAULT_FIXTURE_CONFIG: Readonly<FixtureConfig> = Object.freeze({
  seed: 42,
  startDate: "2025-05-01",
  endDate: "2025-10-31",
});

let current: FixtureConfig = { ...DEFAULT_FIXTURE_CONFIG };

/**
 * Set the global seed (and optionally the data window) for every factory, in one call.
 *
 * @example
 * configureFixtures({ seed: 7 }); // every later build draws from seed 7
 */
export function configureFixtures(options: Partial<FixtureConfig>): FixtureConfig {
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
