import { type ProfileData, type ProfileName } from "../data/profile.ts";
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
export declare const DEFAULT_FIXTURE_CONFIG: Readonly<FixtureConfig>;
/**
 * Set the global seed (and optionally the data window) for every factory, in one call.
 *
 * @example
 * configureFixtures({ seed: 7 }); // every later build draws from seed 7
 */
export declare function configureFixtures(options: Partial<FixtureConfig>): FixtureConfig;
/** Restore the defaults (seed 42, window 2025-05-01 to 2025-10-31). */
export declare function resetFixtureConfig(): void;
export declare function fixtureConfig(): Readonly<FixtureConfig>;
/** The profile the factories currently draw from. */
export declare function fixtureProfile(): ProfileData;
//# sourceMappingURL=config.d.ts.map