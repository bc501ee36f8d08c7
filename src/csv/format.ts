// The CSV format, both directions: how each column kind is written as text and read back.
// Byte-stable: amounts always have two decimals, booleans are `true`/`false`, null is an empty
// field, nested values are JSON text, and text that a spreadsheet would run as a formula is
// prefixed with an apostrophe (and unprefixed when read).
import type { ColumnKind } from "../tables/columns.ts";
import { hasCentPrecision } from "../units/money.ts";

/** Text starting with one of these is escaped with a leading apostrophe (as is text starting with one). */
const FORMULA_START = /^[=+\-@\t\r']/;

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

export type ParsedCell = { ok: true; value: unknown } | { ok: false; reason: string };

const NUMBER = /^-?\d+(\.\d+)?$/;
const MONEY = /^-?\d+\.\d{2}$/;

/** Read the CSV text of a column kind back into a value, or say why it cannot be read. */
export function parseCell(kind: ColumnKind, text: string): ParsedCell {
  const optional = kind === "text?" || kind === "money?" || kind === "real?";
  if (text === "") return optional ? { ok: true, value: null } : { ok: false, reason: "is empty but required" };
  switch (kind) {
    case "money":
    case "money?": {
      if (!MONEY.test(text)) return { ok: false, reason: `"${clip(text)}" is not an amount with two decimals` };
      const value = Number(text);
      // Beyond 2^53 cents a double no longer holds every cent: the text would not come back as written.
      const exact =
        Number.isSafeInteger(Math.round(value * 100)) && value.toFixed(2) === text.replace(/^-(?=0\.00$)/, "");
      if (!exact) return { ok: false, reason: `"${clip(text)}" is too large to hold exactly in cents` };
      return hasCentPrecision(value)
        ? { ok: true, value }
        : { ok: false, reason: `"${clip(text)}" is not a dollar amount` };
    }
    case "int":
    case "real?":
      return NUMBER.test(text)
        ? { ok: true, value: Number(text) }
        : { ok: false, reason: `"${clip(text)}" is not a number` };
    case "bool":
      return text === "true"
        ? { ok: true, value: true }
        : text === "false"
          ? { ok: true, value: false }
          : { ok: false, reason: `"${clip(text)}" is not true or false` };
    case "json":
      if (text.includes("\u0000")) return { ok: false, reason: "contains a NUL byte" };
      try {
        return { ok: true, value: JSON.parse(text) };
      } catch {
        return { ok: false, reason: `"${clip(text)}" is not valid JSON` };
      }
    default:
      if (text.includes("\u0000")) return { ok: false, reason: "contains a NUL byte" };
      return { ok: true, value: text.startsWith("'") ? text.slice(1) : text };
  }
}

/** A value shortened for an error message. */
export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
