import { describe, expect, it } from "vitest";
import { IdLog } from "../../src/quality/id-log.ts";
import { uuidFrom } from "../../src/random/ids.ts";
import { keyedRng } from "../../src/random/rng.ts";

const ids = (n: number, key: string) => {
  const rng = keyedRng(3, key);
  return Array.from({ length: n }, () => `txn_${uuidFrom(rng)}`);
};

/** What a Set of strings says: every addition of a text after its first is a duplicate. */
const repeatsOf = (texts: readonly string[]) => texts.length - new Set(texts).size;

describe("IdLog", () => {
  it("counts the duplicates a Set of strings would, for UUID ids and any other text", () => {
    const log = new IdLog("txn_");
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
    for (const id of texts) log.add(id);
    expect(log.size).toBe(texts.length);
    // 500 repeated ids and one repeated odd text; the near misses are all different ids.
    expect(repeatsOf(texts)).toBe(501);
    expect(log.duplicates()).toBe(501);
  });

  it("counts ids that differ in one bit only, past several chunks, as different", () => {
    // 150,000 ids (three chunks of 65,536) that share all but their last hex digits: the bucket
    // hash must still tell them apart; then every tenth id again, and the first and last once more.
    const hex = (n: number) => n.toString(16).padStart(12, "0");
    const texts = Array.from({ length: 150_000 }, (_, i) => `txn_00000000-0000-4000-8000-${hex(i)}`);
    texts.push(...texts.filter((_, i) => i % 10 === 0), texts[0] as string, texts[149_999] as string);
    const log = new IdLog("txn_");
    for (const id of texts) log.add(id);
    expect(repeatsOf(texts)).toBe(15_002);
    expect(log.duplicates()).toBe(15_002);
  });

  it("merges, counting the ids both held, and survives its encoded state (JSON and between threads)", () => {
    const a = ids(70_000, "b");
    const b = ids(5_000, "c");
    const leftTexts = [...a, "odd-id"];
    const rightTexts = [...b, ...a.slice(0, 123), "odd-id", "other", "other"];
    const left = new IdLog("txn_");
    const right = new IdLog("txn_");
    for (const id of leftTexts) left.add(id);
    for (const id of rightTexts) right.add(id);
    const transfer: ArrayBuffer[] = [];
    const binary = structuredClone(right.toState(transfer), { transfer });
    expect(transfer).toHaveLength(1);
    const viaJson = IdLog.fromState(JSON.parse(JSON.stringify(right.toState())));
    expect(viaJson.duplicates()).toBe(1);
    // 123 ids of `a` and "odd-id" in both, "other" twice on the right.
    const expected = repeatsOf([...leftTexts, ...rightTexts]);
    expect(expected).toBe(125);
    for (const restored of [viaJson, IdLog.fromState(binary)]) {
      const merged = new IdLog("txn_");
      merged.merge(left);
      merged.merge(restored);
      expect(merged.size).toBe(leftTexts.length + rightTexts.length);
      expect(merged.duplicates()).toBe(expected);
    }
    // Merging leaves the merged log's sources as they were.
    expect(left.duplicates()).toBe(0);
    expect(left.size).toBe(leftTexts.length);
  });

  it("refuses a state whose words are not whole ids or whose repeat count is not a count", () => {
    const state = new IdLog("txn_").toState();
    expect(() => IdLog.fromState({ ...state, words: Buffer.alloc(20).toString("base64") })).toThrow(/not whole ids/);
    expect(() => IdLog.fromState({ ...state, words: new Uint32Array(6) })).toThrow(/not whole ids/);
    expect(() => IdLog.fromState({ ...state, otherRepeats: -1 })).toThrow(/otherRepeats/);
  });
});
