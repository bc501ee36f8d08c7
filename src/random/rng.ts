// Keyed randomness. Every random value in this toolkit comes from an `Rng` whose stream is a pure
// function of (global seed, entity kind, record key), so a record never depends on what was built
// before it, in this process or another one.
import seedrandom from "seedrandom";

/** A seeded source of uniform floats in [0, 1), with the draws the generators need. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** A float in [min, max). */
  float(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** One element of a non-empty list, with probability proportional to `weight(item)`. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T;
  /** A copy of the list in a random order. */
  shuffle<T>(items: readonly T[]): T[];
}

/** The part of a key that names one record: strings and numbers joined with `/`. */
export type KeyPart = string | number;

class AleaRng implements Rng {
  private readonly source: seedrandom.PRNG;

  constructor(key: string) {
    this.source = seedrandom.alea(key);
  }

  next(): number {
    return this.source();
  }

  int(min: number, max: number): number {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new RangeError(`Rng.int needs integers with min <= max, got ${min}..${max}`);
    }
    return min + Math.floor(this.source() * (max - min + 1));
  }

  float(min: number, max: number): number {
    return min + this.source() * (max - min);
  }

  chance(p: number): boolean {
    return this.source() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError("Rng.pick needs a non-empty list");
    return items[Math.floor(this.source() * items.length)] as T;
  }

  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    let total = 0;
    for (const item of items) total += weight(item);
    if (!(total > 0)) throw new RangeError("Rng.weighted needs a positive total weight");
    let target = this.source() * total;
    for (const item of items) {
      target -= weight(item);
      if (target < 0) return item;
    }
    return items[items.length - 1] as T;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.source() * (i + 1));
      const tmp = out[i] as T;
      out[i] = out[j] as T;
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
export function keyedRng(...parts: readonly KeyPart[]): Rng {
  return new AleaRng(parts.join("/"));
}
