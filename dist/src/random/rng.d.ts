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
/**
 * The random stream for one record: a pure function of its key parts.
 *
 * @example
 * const rng = keyedRng(42, "user", 7); // user #7 of seed 42, identical in every process
 * rng.int(18, 25);
 */
export declare function keyedRng(...parts: readonly KeyPart[]): Rng;
//# sourceMappingURL=rng.d.ts.map