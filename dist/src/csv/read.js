// Reading one table's CSV file into validated records, collecting every problem with its file,
// line and column instead of stopping at the first. Pure: takes the file's bytes.
import { CsvError, parse } from "csv-parse/sync";
import { clip, parseCell } from "./format.js";
/** The longest field accepted (1 MiB); longer ones are reported, not loaded. */
export const MAX_FIELD_BYTES = 1 << 20;
/** Map a zod issue path on a record to the CSV column it came from. */
export function columnOfPath(path, columns) {
    const [first, second] = path.map(String);
    if (first === undefined)
        return null;
    if (first === "personal_finance_category" && second)
        return `pfc_${second}`;
    if (first === "location" && second)
        return `location_${second}`;
    return columns.includes(first) ? first : (columns[0] ?? null);
}
function decodeUtf8(file, bytes) {
    try {
        return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
    }
    catch {
        const loose = new TextDecoder("utf-8").decode(bytes);
        const at = loose.indexOf("\uFFFD");
        const line = at < 0 ? null : loose.slice(0, at).split("\n").length;
        return { problem: { file, line, column: null, reason: "is not valid UTF-8 text (save it as UTF-8)" } };
    }
}
/**
 * Parse and validate one CSV file of a table.
 *
 * @example
 * const { rows, problems } = readTableCsv(usersTable, UserSchema, "synthetic_users.csv", bytes);
 */
export function readTableCsv(spec, schema, file, bytes) {
    const problems = [];
    const rows = [];
    const rejectedKeys = new Set();
    const unreadable = (problem) => ({ rows, problems: [problem], rejectedKeys, unreadable: true });
    const decoded = decodeUtf8(file, bytes);
    if ("problem" in decoded)
        return unreadable(decoded.problem);
    const text = decoded.text.replace(/^\uFEFF/, "");
    if (text.trim() === "")
        return unreadable({ file, line: null, column: null, reason: "is empty (expected a header row)" });
    let parsed;
    try {
        parsed = parse(text, { info: true, relax_column_count: true, skip_empty_lines: true, max_record_size: MAX_FIELD_BYTES });
    }
    catch (error) {
        const line = error instanceof CsvError && typeof error.lines === "number" ? error.lines : null;
        const reason = error instanceof CsvError && error.code === "CSV_MAX_RECORD_SIZE" ? `has a field over ${MAX_FIELD_BYTES} bytes` : `is not well-formed CSV: ${error.message}`;
        return unreadable({ file, line, column: null, reason });
    }
    const [header, ...body] = parsed;
    const expected = spec.columns.map((c) => c.name);
    const got = header?.record ?? [];
    const missing = expected.filter((c) => !got.includes(c));
    const unexpected = got.filter((c) => !expected.includes(c));
    if (missing.length > 0 || unexpected.length > 0) {
        const parts = [missing.length ? `missing ${missing.join(", ")}` : "", unexpected.length ? `unexpected ${unexpected.map((c) => clip(c)).join(", ")}` : ""].filter(Boolean);
        return unreadable({ file, line: 1, column: null, reason: `has the wrong header: ${parts.join("; ")}` });
    }
    const position = new Map(got.map((name, i) => [name, i]));
    const keyAt = position.get(spec.key);
    let previousEnd = header?.info.lines ?? 1;
    for (const { record: fields, info } of body) {
        // A quoted field may span lines: report the line the record starts on.
        const line = previousEnd + 1;
        previousEnd = info.lines;
        if (fields.length !== got.length) {
            problems.push({ file, line, column: null, reason: `has ${fields.length} fields, expected ${got.length}` });
            if (fields[keyAt] !== undefined)
                rejectedKeys.add(fields[keyAt]);
            continue;
        }
        const cells = {};
        let rowOk = true;
        for (const column of spec.columns) {
            const cell = parseCell(column.kind, fields[position.get(column.name)]);
            if (cell.ok)
                cells[column.name] = cell.value;
            else {
                problems.push({ file, line, column: column.name, reason: cell.reason });
                rowOk = false;
            }
        }
        const result = rowOk ? schema.safeParse(spec.fromRow(cells)) : null;
        if (result && !result.success) {
            for (const issue of result.error.issues) {
                problems.push({ file, line, column: columnOfPath(issue.path, expected), reason: `${issue.path.map(String).join(".") || spec.entity}: ${issue.message}` });
            }
        }
        if (!result?.success) {
            rejectedKeys.add(fields[keyAt]);
            continue;
        }
        rows.push({ record: result.data, line });
    }
    return { rows, problems, rejectedKeys, unreadable: false };
}
//# sourceMappingURL=read.js.map