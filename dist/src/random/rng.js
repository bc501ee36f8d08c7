// Keyed randomness. Every random value in this toolkit comes from an `Rng` whose stream is a pure
// function of (global seed, entity kind, record key), so a record never depends on what was built
// before it, in this process or another one.
import seedrandom from "seedrandom";
class AleaRng {
    source;
    constructor(key) {
        this.source = seedrandom.alea(key);
    }
    next() {
        return this.source();
    }
    int(min, max) {
        if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
            throw new RangeError(`Rng.int needs integers with min <= max, got ${min}..${max}`);
        }
        return min + Math.floor(this.source() * (max - min + 1));
    }
    float(min, max) {
        return min + this.source() * (max - min);
    }
    chance(p) {
        return this.source() < p;
    }
    pick(items) {
        if (items.length === 0)
            throw new RangeError("Rng.pick needs a non-empty list");
        return items[Math.floor(this.source() * items.length)];
    }
    weighted(items, weight) {
        let total = 0;
        for (const item of items)
            total += weight(item);
        if (!(total > 0))
            throw new RangeError("Rng.weighted needs a positive total weight");
        let target = this.source() * total;
        for (const item of items) {
            target -= weight(item);
            if (target < 0)
                return item;
        }
        return items[items.length - 1];
    }
    shuffle(items) {
        const out = items.slice();
        for (let i = out.length - 1; i > 0; i--) {
            const j = Math.floor(this.source() * (i + 1));
            const tmp = out[i];
            out[i] = out[j];
            out[j] = tmp;
        }
        return out;
    }
}
/**
 * The random stream for one record: a pure function of its key parts.
 *
 * @example
 * const rng = keyedRng(42, "user", 7); // user #7 of seed 42, identical in every process
 * rng.int(18, 25);
 */
export function keyedRng(...parts) {
    return new AleaRng(parts.join("/"));
}
//# sourceMappingURL=rng.js.map