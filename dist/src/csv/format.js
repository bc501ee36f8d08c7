import { hasCentPrecision } from "../units/money.js";
/** Text starting with one of these is escaped with a leading apostrophe (as is text starting with one). */
const FORMULA_START = /^[=+\-@\t\r']/;
/** The CSV text of a value of a column kind. */
export function formatCell(kind, value) {
    if (value === null || value === undefined)
        return "";
    switch (kind) {
        case "money":
        case "money?":
            return value.toFixed(2);
        case "int":
        case "real?":
            return String(value);
        case "bool":
            return value ? "true" : "false";
        case "json":
            return JSON.stringify(value);
        default: {
            const text = String(value);
            return FORMULA_START.test(text) ? `'${text}` : text;
        }
    }
}
const NUMBER = /^-?\d+(\.\d+)?$/;
const MONEY = /^-?\d+\.\d{2}$/;
/** Read the CSV text of a column kind back into a value, or say why it cannot be read. */
export function parseCell(kind, text) {
    const optional = kind === "text?" || kind === "money?" || kind === "real?";
    if (text === "")
        return optional ? { ok: true, value: null } : { ok: false, reason: "is empty but required" };
    switch (kind) {
        case "money":
        case "money?": {
            if (!MONEY.test(text))
                return { ok: false, reason: `"${clip(text)}" is not an amount with two decimals` };
            const value = Number(text);
            return hasCentPrecision(value) ? { ok: true, value } : { ok: false, reason: `"${clip(text)}" is not a dollar amount` };
        }
        case "int":
        case "real?":
            return NUMBER.test(text) ? { ok: true, value: Number(text) } : { ok: false, reason: `"${clip(text)}" is not a number` };
        case "bool":
            return text === "true" ? { ok: true, value: true } : text === "false" ? { ok: true, value: false } : { ok: false, reason: `"${clip(text)}" is not true or false` };
        case "json":
            try {
                return { ok: true, value: JSON.parse(text) };
            }
            catch {
                return { ok: false, reason: `"${clip(text)}" is not valid JSON` };
            }
        default:
            return { ok: true, value: text.startsWith("'") ? text.slice(1) : text };
    }
}
/** A value shortened for an error message. */
export function clip(text, max = 40) {
    return text.length > max ? `${text.slice(0, max)}…` : text;
}
//# sourceMappingURL=format.js.map