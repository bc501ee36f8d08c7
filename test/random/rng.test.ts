import { describe, expect, it } from "vitest";
import { seededFaker } from "../../src/random/faker.ts";
import { uuidFrom } from "../../src/random/ids.ts";
import { keyedRng } from "../../src/random/rng.ts";

describe("keyedRng", () => {
  it("gives the same stream for the same key and different streams for different keys", () => {
    const stream = keyedRng(42, "user", 1);
    const a = Array.from({ length: 5 }, () => stream.next());
    const draw = (...key: (string | number)[]) => {
      const rng = keyedRng(...key);
      return [rng.next(), rng.next(), rng.next()];
    };
    expect(draw(42, "user", 1)).toEqual(draw(42, "user", 1));
    expect(draw(42, "user", 1)).not.toEqual(draw(42, "user", 2));
    expect(draw(42, "user", 1)).not.toEqual(draw(43, "user", 1));
    expect(draw(42, "user", 1)).not.toEqual(draw(42, "account", 1));
    expect(a.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("int stays inside its inclusive bounds and reaches both ends", () => {
    const rng = keyedRng("bounds");
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(rng.int(3, 7));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
    expect(() => rng.int(5, 1)).toThrow(/min <= max/);
  });

  it("weighted draws follow the weights", () => {
    const rng = keyedRng("weights");
    let heavy = 0;
    for (let i = 0; i < 10_000; i++) if (rng.weighted(["a", "b"], (x) => (x === "a" ? 9 : 1)) === "a") heavy++;
    expect(heavy / 10_000).toBeGreaterThan(0.87);
    expect(heavy / 10_000).toBeLessThan(0.93);
  });
});

describe("seededFaker", () => {
  it("produces the same names from the same keyed stream", () => {
    const names = (seed: number) => {
      const faker = seededFaker(keyedRng(seed, "name"));
      return [faker.person.fullName(), faker.company.name()];
    };
    expect(names(1)).toEqual(names(1));
    expect(names(1)).not.toEqual(names(2));
  });

  it("refuses to be reseeded, so nobody can bypass the keyed stream", () => {
    expect(() => seededFaker(keyedRng(1)).seed(5)).toThrow(/reseeding/);
  });
});

describe("uuidFrom", () => {
  it("draws version-4-shaped UUIDs that repeat for the same stream", () => {
    const id = uuidFrom(keyedRng(7, "id"));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuidFrom(keyedRng(7, "id"))).toBe(id);
  });
});
