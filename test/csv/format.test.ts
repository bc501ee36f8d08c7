// The CSV cell format round-trips every value the schemas allow (property tests with fast-check).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCell, parseCell } from "../../src/csv/format.ts";
import { toCents, toDollars } from "../../src/units/money.ts";

const roundTrip = (kind: Parameters<typeof formatCell>[0], value: unknown) => parseCell(kind, formatCell(kind, value));

describe("CSV cell format", () => {
  it("text round-trips, including text a spreadsheet would run as a formula", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (text) => {
        expect(roundTrip("text", text)).toEqual({ ok: true, value: text });
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
        const back = parseCell("money", text);
        expect(back.ok && toCents(back.value as number)).toBe(cents);
      }),
    );
  });

  it("booleans, null optionals and JSON objects and arrays (metadata, id lists) round-trip", () => {
    fc.assert(
      fc.property(fc.boolean(), (b) => {
        expect(roundTrip("bool", b)).toEqual({ ok: true, value: b });
      }),
    );
    expect(roundTrip("text?", null)).toEqual({ ok: true, value: null });
    expect(roundTrip("money?", null)).toEqual({ ok: true, value: null });
    fc.assert(
      fc.property(fc.oneof(fc.dictionary(fc.string(), fc.jsonValue()), fc.array(fc.jsonValue())), (v) => {
        expect(roundTrip("json", v)).toEqual({ ok: true, value: JSON.parse(JSON.stringify(v)) });
      }),
    );
  });

  it("rejects malformed cells with a reason", () => {
    expect(parseCell("money", "12.5")).toEqual({ ok: false, reason: '"12.5" is not an amount with two decimals' });
    expect(parseCell("bool", "yes")).toEqual({ ok: false, reason: '"yes" is not true or false' });
    expect(parseCell("text", "")).toEqual({ ok: false, reason: "is empty but required" });
    expect(parseCell("json", "{")).toEqual({ ok: false, reason: '"{" is not valid JSON' });
  });
});
