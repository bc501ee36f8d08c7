import { describe, expect, it } from "vitest";
import { IdSet } from "../../src/quality/id-set.ts";
import { uuidFrom } from "../../src/random/ids.ts";
import { keyedRng } from "../../src/random/rng.ts";

const ids = (n: number, key: string) => {
  const rng = keyedRng(3, key);
  return Array.from({ length: n }, () => `txn_${uuidFrom(rng)}`);
};

describe("IdSet", () => {
  it("answers as a Set of strings does, for UUID ids and any other text", () => {
    const set = new IdSet("txn_");
    const reference = new Set<string>();
    const some = ids(20_000, "a");
    // Repeats, near misses (one digit changed, uppercase, other prefix, no dashes) and odd texts.
    const texts = [
      ...some,
      ...some.slice(0, 500),
      ...some.slice(0, 300).map((id) => `${id.slice(0, -1)}${id.endsWith("0") ? "1" : "0"}`),
      ...some.slice(0, 50).map((id) => id.toUpperCase()),
      ...some.slice(0, 50).map((id) => id.replace("txn_", "acc_")),
      ...some.slice(0, 50).map((id) => id.replaceAll("-", "")),
      "",
      "txn_",
      "txn_12345678-1234-4234-8234-123456789abg",
      "txn_12345678-1234-4234-8234-123456789abg",
    ];
    for (const id of texts) {
      const added = !reference.has(id);
      reference.add(id);
      expect(set.add(id), id).toBe(added);
    }
    expect(set.size).toBe(reference.size);
    expect(reference.size).toBeLessThan(texts.length);
  });

  it("merges, counting the ids both held, and survives its encoded state", () => {
    const left = new IdSet("txn_");
    const right = new IdSet("txn_");
    const a = ids(5_000, "b");
    const b = ids(5_000, "c");
    for (const id of a) left.add(id);
    for (const id of [...b, ...a.slice(0, 123), "odd-id", "other"]) right.add(id);
    left.add("odd-id");
    const restored = IdSet.fromState(JSON.parse(JSON.stringify(right.toState())));
    expect(restored.size).toBe(right.size);
    expect(left.merge(restored)).toBe(124);
    expect(left.size).toBe(10_002);
    for (const id of [...a, ...b, "other"]) expect(left.add(id)).toBe(false);
  });
});
