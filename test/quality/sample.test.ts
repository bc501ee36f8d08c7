// Samples of examples keep the first ones in user order, however they were added or merged.
import { describe, expect, it } from "vitest";
import { Examples, naturalCompare } from "../../src/quality/sample.ts";
import { keyedRng } from "../../src/random/rng.ts";

describe("Examples", () => {
  const found: [string, number, string][] = [
    ["user_010", 0, "j"],
    ["user_002", 1, "c"],
    ["user_1000", 0, "z"],
    ["user_002", 0, "b"],
    ["user_001", 0, "a"],
  ];

  it("keeps the first three by (user, position), not by arrival", () => {
    const e = new Examples(3);
    for (const [user, seq, text] of found) e.note({ user, seq }, text);
    expect(e.texts).toEqual(["a", "b", "c"]);
  });

  it("merging two halves in either order keeps the same three", () => {
    const half = (rows: typeof found) => {
      const e = new Examples(3);
      for (const [user, seq, text] of rows) e.note({ user, seq }, text);
      return e;
    };
    const ab = half(found.slice(0, 2));
    ab.merge(half(found.slice(2)));
    const ba = half(found.slice(2));
    ba.merge(half(found.slice(0, 2)));
    expect(ab.texts).toEqual(["a", "b", "c"]);
    expect(ba.texts).toEqual(["a", "b", "c"]);
  });

  it("orders user ids by their numbers: user_999 before user_1000", () => {
    expect(["user_1000", "user_002", "user_999", "user_010"].sort(naturalCompare)).toEqual([
      "user_002",
      "user_010",
      "user_999",
      "user_1000",
    ]);
  });

  it("orders as the regular-expression definition does, on random strings of digits, zeros and text", () => {
    // The definition naturalCompare implements (its first version): runs by /\d+|\D+/g.
    const reference = (a: string, b: string): number => {
      const pa = a.match(/\d+|\D+/g) ?? [];
      const pb = b.match(/\d+|\D+/g) ?? [];
      for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
        const x = pa[i] as string;
        const y = pb[i] as string;
        if (x === y) continue;
        const digits = /^\d/.test(x) && /^\d/.test(y);
        if (digits && x.replace(/^0+/, "").length !== y.replace(/^0+/, "").length)
          return x.replace(/^0+/, "").length - y.replace(/^0+/, "").length;
        return x < y ? -1 : 1;
      }
      return pa.length - pb.length || (a < b ? -1 : a > b ? 1 : 0);
    };
    const rng = keyedRng(9, "natural-compare");
    const pieces = ["", "0", "00", "1", "7", "10", "99", "user_", "_", "a", "b", "-", "é"];
    const draw = () => Array.from({ length: rng.int(0, 5) }, () => rng.pick(pieces)).join("");
    const sign = (n: number) => Math.sign(n);
    for (let n = 0; n < 20_000; n++) {
      const a = draw();
      const b = draw();
      if (sign(naturalCompare(a, b)) !== sign(reference(a, b)))
        expect.fail(`${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
    }
  });
});
