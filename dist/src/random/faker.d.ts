import { Faker } from "@faker-js/faker";
import type { Rng } from "./rng.ts";
/**
 * Run `draw` with a Faker whose every random value comes from `rng`. Synchronous and re-entrant:
 * the previous stream is restored afterwards.
 *
 * @example
 * const name = fakerDraw(keyedRng(42, "user", 1), (faker) => faker.person.fullName());
 */
export declare function fakerDraw<T>(rng: Rng, draw: (faker: Faker) => T): T;
/**
 * A Faker of its own whose every draw comes from `rng` (about 0.1 ms to construct): for code that
 * keeps a Faker across calls.
 */
export declare function seededFaker(rng: Rng): Faker;
//# sourceMappingURL=faker.d.ts.map