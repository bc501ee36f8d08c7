// The CSV format, both directions: how each column kind is written as text and read back.
// Byte-stable: amounts always have two decimals, booleans are `true`/`false`, null is an empty
// field, nested values are JSON text, and text that a spreadsheet would run as a formula is
// prefixed with an apostrophe (and unprefixed when read).
import type { ColumnKind } from "../tables/columns.ts";
import { hasCentPrecision } from "../units/money.ts";

/** Text starting with one of these is escaped with a leading apostrophe (as is text starting with one). */
export const FORMULA_START = /^[=+\-@\t\r']/;

const money = (value: unknown) => (value === null || value === undefined ? "" : (value as number).toFixed(2));
const number = (value: unknown) => (value === null || value === undefined ? "" : String(value));
const bool = (value: unknown) => (value === null || value === undefined ? "" : value ? "true" : "false");
const json = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(value));
const text = (value: unknown) => {
  if (value === null || value === undefined) return "";
  const t = String(value);
  return FORMULA_START.test(t) ? `'${t}` : t;
};

/** The formatter of a column kind, chosen once per column (the CSV writer's fast path). */
export function cellFormatter(kind: ColumnKind): (value: unknown) => string {
  switch (kind) {
    case "money":
    case "money?":
      return money;
    case "int":
    case "real?":
      return number;
    case "bool":
      return bool;
    case "json":
      return json;
    default:
      return text;
  }
}

/** The CSV text of a value of a column kind. */
export function formatCell(kind: ColumnKind, value: unknown): string {
  return cellFormatter(kind)(value);
}

const NUMBER = /^-?\d+(\.\d+)?$/;
const MONEY = /^-?\d+\.\d{2}$/;

/** Why a cell's text cannot be read (what `readCell` returns instead of a value). */
export class CellRefusal {
  constructor(readonly reason: string) {}
}

/** The text of a money cell that is at most this long and has no leading zero is exact in a double. */
const SHORT_MONEY = 15;

function readMoney(text: string): number | CellRefusal {
  if (!MONEY.test(text)) return new CellRefusal(`"${clip(text)}" is not an amount with two decimals`);
  const value = Number(text);
  // Up to 12 digits before the point (under 10^12 dollars, 14 significant digits) the double nearest
  // the text is less than 2·10^-4 from it, far below half a cent, so it prints back as written and
  // holds whole cents: what the checks below would find, at a fraction of their cost (the loader
  // reads millions of amounts). A leading zero never prints back: those texts take the checks.
  const sign = text.charCodeAt(0) === 45 ? 1 : 0;
  const leadingZero = text.charCodeAt(sign) === 48 && text.charCodeAt(sign + 1) !== 46;
  if (text.length <= SHORT_MONEY && !leadingZero) return value;
  // Beyond 2^53 cents a double no longer holds every cent: the text would not come back as written.
  const exact = Number.isSafeInteger(Math.round(value * 100)) && value.toFixed(2) === text.replace(/^-(?=0\.00$)/, "");
  if (!exact) return new CellRefusal(`"${clip(text)}" is too large to hold exactly in cents`);
  return hasCentPrecision(value) ? value : new CellRefusal(`"${clip(text)}" is not a dollar amount`);
}

/**
 * Read the CSV text of a column kind back into a value, or a `CellRefusal` saying why it cannot be
 * read (an instance, not a result object per cell: the reader reads millions of cells).
 *
 * @example
 * readCell("money", "-12.30"); // -12.3
 * readCell("bool", "yes");     // CellRefusal { reason: '"yes" is not true or false' }
 */
export function readCell(kind: ColumnKind, text: string): unknown {
  if (text === "")
    return kind === "text?" || kind === "money?" || kind === "real?" ? null : new CellRefusal("is empty but required");
  switch (kind) {
    case "money":
    case "money?":
      return readMoney(text);
    case "int":
    case "real?":
      return NUMBER.test(text) ? Number(text) : new CellRefusal(`"${clip(text)}" is not a number`);
    case "bool":
      return text === "true"
        ? true
        : text === "false"
          ? false
          : new CellRefusal(`"${clip(text)}" is not true or false`);
    case "json":
      if (text.includes("\u0000")) return new CellRefusal("contains a NUL byte");
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return new CellRefusal(`"${clip(text)}" is not valid JSON`);
      }
    default:
      if (text.includes("\u0000")) return new CellRefusal("contains a NUL byte");
      return text.charCodeAt(0) === 39 ? text.slice(1) : text;
  }
}

/** A value shortened for an error message. */
export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
