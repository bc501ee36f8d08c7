// The global fixture settings that factories read at build time: the seed, the data window and the
// profile. Datasets do not read these; `buildDataset` takes its own options.
import { PROFILE_NAMES, PROFILES } from "../data/profile.js";
export const DEFAULT_FIXTURE_CONFIG = Object.freeze({
    seed: 42,
    startDate: "2025-05-01",
    endDate: "2025-10-31",
    profile: "default",
});
let current = { ...DEFAULT_FIXTURE_CONFIG };
/**
 * Set the global seed (and optionally the data window) for every factory, in one call.
 *
 * @example
 * configureFixtures({ seed: 7 }); // every later build draws from seed 7
 */
export function configureFixtures(options) {
    if (options.profile !== undefined && !PROFILE_NAMES.includes(options.profile)) {
        throw new RangeError(`configureFixtures: unknown profile "${String(options.profile)}"; expected one of ${PROFILE_NAMES.join(", ")}`);
    }
    current = { ...current, ...options };
    return { ...current };
}
/** Restore the defaults (seed 42, window 2025-05-01 to 2025-10-31). */
export function resetFixtureConfig() {
    current = { ...DEFAULT_FIXTURE_CONFIG };
}
export function fixtureConfig() {
    return current;
}
/** The profile the factories currently draw from. */
export function fixtureProfile() {
    return PROFILES[current.profile];
}
//# sourceMappingURL=config.js.map