// Samples of examples keep the first ones in user order, however they were added or merged.
import { describe, expect, it } from "vitest";
import { Examples, naturalCompare } from "../../src/quality/sample.ts";

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
});
