// The CSV row writer built from the column declarations against csv-stringify (the reference): the
// same bytes on a real dataset and on the quoting and escaping edge cases (commas, quotes, line
// feeds, CRs, formula-like text that gets an apostrophe, nulls, empty text).
import { describe, expect, it } from "vitest";
import { buildDataset } from "spendsense-fixtures";
import { CsvBytes, csvHeader, csvHeaderStringify, csvRows, csvRowsStringify } from "../../src/csv/write.ts";
import { readCell } from "../../src/csv/format.ts";
import type { TableSpec } from "../../src/tables/columns.ts";
import { TABLES } from "../../src/tables/tables.ts";
import { recordsByTable } from "../helpers/csv-dir.ts";

const SPECS = TABLES as unknown as readonly TableSpec<unknown>[];

describe("the row writer", () => {
  it("writes the same bytes as csv-stringify for every table of a real dataset (two seeds)", () => {
    for (const seed of [1, 42]) {
      const records = recordsByTable(buildDataset({ users: 40, seed }));
      for (const spec of SPECS) {
        const rows = records[spec.table] ?? [];
        expect(rows.length).toBeGreaterThan(0);
        expect(csvHeader(spec)).toBe(csvHeaderStringify(spec));
        expect(csvRows(spec, rows)).toBe(csvRowsStringify(spec, rows));
      }
    }
  });

  it("quotes and escapes the edge cases exactly as csv-stringify does", () => {
    const data = structuredClone(buildDataset({ users: 3, seed: 7 }));
    const names = [
      "Comma, Inc",
      'Say "hi"',
      "two\nlines",
      "carriage\rreturn",
      "crlf\r\nend",
      "=SUM(A1:A2)",
      "+1 800",
      "-5, minus",
      "@handle",
      "\ttab",
      "'already quoted",
      "",
      "plain",
      '"',
      ",",
    ];
    const txns = names.map((name, i) => ({
      ...data.transactions[i % data.transactions.length]!,
      name,
      merchant_name: i % 2 ? null : name,
    }));
    const spec = SPECS.find((s) => s.table === "transactions")!;
    const fast = csvRows(spec, txns);
    expect(fast).toBe(csvRowsStringify(spec, txns));
    // And the cases behave as the format says: a comma-holding field is quoted, a quote doubled, a formula prefixed.
    expect(fast).toContain(',"Comma, Inc",');
    expect(fast).toContain(',"Say ""hi""",');
    expect(fast).toContain(`,"carriage\rreturn",`);
    expect(fast).toContain(",'=SUM(A1:A2),");
    expect(fast).toContain(`,"'-5, minus",`);
    expect(readCell("text", "'=SUM(A1:A2)")).toBe("=SUM(A1:A2)");
  });
});

describe("CsvBytes", () => {
  it("holds the UTF-8 bytes of the row writer's text, across growth, non-ASCII text and reuse", () => {
    const records = recordsByTable(buildDataset({ users: 30, seed: 3 }));
    const spec = TABLES.find((s) => s.table === "transactions") as unknown as TableSpec<unknown>;
    const rows = [...(records[spec.table] ?? [])] as Record<string, unknown>[];
    // Two-byte, three-byte and astral characters, so the worst-case room is exercised.
    rows[0] = { ...rows[0], name: "Café Ünïcødé — 咖啡 ☕ 🧾" };
    const sink = new CsvBytes();
    for (let round = 0; round < 2; round++) {
      sink.rows(spec, rows);
      const bytes = sink.take();
      expect(bytes.length).toBeGreaterThan(1 << 16);
      expect(Buffer.from(bytes).equals(Buffer.from(csvRows(spec, rows), "utf8"))).toBe(true);
    }
    expect(sink.take().length).toBe(0);
  });
});
