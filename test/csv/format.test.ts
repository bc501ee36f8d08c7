// The CSV cell format round-trips every value the schemas allow (property tests with fast-check).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CellRefusal, formatCell, readCell } from "../../src/csv/format.ts";
import { toCents, toDollars } from "../../src/units/money.ts";

const roundTrip = (kind: Parameters<typeof formatCell>[0], value: unknown) => readCell(kind, formatCell(kind, value));

describe("CSV cell format", () => {
  it("text round-trips, including text a spreadsheet would run as a formula", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (text) => {
        expect(roundTrip("text", text)).toBe(text);
      }),
    );
    expect(formatCell("text", "=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(formatCell("text", "'quoted")).toBe("''quoted");
  });

  it("money always has two decimals and round-trips any cent amount", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (cents) => {
        const text = formatCell("money", toDollars(cents));
        expect(text).toMatch(/^-?\d+\.\d{2}$/);
        const back = readCell("money", text);
        expect(typeof back === "number" && toCents(back)).toBe(cents);
      }),
    );
  });

  it("booleans, null optionals and JSON objects and arrays (metadata, id lists) round-trip", () => {
    fc.assert(
      fc.property(fc.boolean(), (b) => {
        expect(roundTrip("bool", b)).toBe(b);
      }),
    );
    expect(roundTrip("text?", null)).toBe(null);
    expect(roundTrip("money?", null)).toBe(null);
    fc.assert(
      fc.property(fc.oneof(fc.dictionary(fc.string(), fc.jsonValue()), fc.array(fc.jsonValue())), (v) => {
        expect(roundTrip("json", v)).toStrictEqual(JSON.parse(JSON.stringify(v)));
      }),
    );
  });

  it("rejects malformed cells with a reason", () => {
    expect(readCell("money", "12.5")).toStrictEqual(new CellRefusal('"12.5" is not an amount with two decimals'));
    expect(readCell("bool", "yes")).toStrictEqual(new CellRefusal('"yes" is not true or false'));
    expect(readCell("text", "")).toStrictEqual(new CellRefusal("is empty but required"));
    expect(readCell("json", "{")).toStrictEqual(new CellRefusal('"{" is not valid JSON'));
  });
});
