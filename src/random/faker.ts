// Seeded Faker instances fed by a keyed Rng. One instance serves one record (a customer, a user):
// constructing one costs about 0.1 ms, so hot loops draw from the Rng directly instead.
import { Faker, base, en, en_US, type Randomizer } from "@faker-js/faker";
import type { Rng } from "./rng.ts";

/**
 * A Faker whose every draw comes from `rng`.
 *
 * @example
 * const faker = seededFaker(keyedRng(42, "user", 1));
 * faker.person.fullName(); // the same name for seed 42, user 1, on every machine
 */
export function seededFaker(rng: Rng): Faker {
  const randomizer: Randomizer = {
    next: () => rng.next(),
    seed: () => {
      throw new Error("seededFaker: reseeding is not allowed; derive a new keyed Rng instead");
    },
  };
  return new Faker({ locale: [en_US, en, base], randomizer });
}
