// Seeded Faker draws fed by a keyed Rng. Constructing a Faker costs about 0.1 ms, so one shared
// instance serves every record: its randomizer delegates to the Rng of the draw in progress.
import { Faker, base, en, en_US } from "@faker-js/faker";
let current = null;
const delegating = {
    next: () => {
        if (current === null)
            throw new Error("fakerDraw: the shared Faker was used outside a draw");
        return current.next();
    },
    seed: () => {
        throw new Error("fakerDraw: reseeding is not allowed; derive a new keyed Rng instead");
    },
};
const shared = new Faker({ locale: [en_US, en, base], randomizer: delegating });
/**
 * Run `draw` with a Faker whose every random value comes from `rng`. Synchronous and re-entrant:
 * the previous stream is restored afterwards.
 *
 * @example
 * const name = fakerDraw(keyedRng(42, "user", 1), (faker) => faker.person.fullName());
 */
export function fakerDraw(rng, draw) {
    const previous = current;
    current = rng;
    try {
        return draw(shared);
    }
    finally {
        current = previous;
    }
}
/**
 * A Faker of its own whose every draw comes from `rng` (about 0.1 ms to construct): for code that
 * keeps a Faker across calls.
 */
export function seededFaker(rng) {
    const randomizer = {
        next: () => rng.next(),
        seed: () => {
            throw new Error("seededFaker: reseeding is not allowed; derive a new keyed Rng instead");
        },
    };
    return new Faker({ locale: [en_US, en, base], randomizer });
}
//# sourceMappingURL=faker.js.map