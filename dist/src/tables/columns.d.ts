/** A cell as it is written: text, a number, a boolean, or nothing. */
export type Cell = string | number | boolean | null;
/**
 * How a column is written and read.
 * - `text` / `text?`: a string (the `?` kinds accept null, written as an empty CSV field)
 * - `money` / `money?`: dollars, written with exactly two decimals
 * - `int`, `real?`: numbers
 * - `bool`: `true` / `false` in CSV, 1 / 0 in SQLite
 * - `json`: an object or array, written as JSON text
 */
export type ColumnKind = "text" | "text?" | "money" | "money?" | "int" | "real?" | "bool" | "json";
export interface Column<R> {
    name: string;
    kind: ColumnKind;
    get: (record: R) => Cell | object;
}
export interface TableSpec<R> {
    /** SQLite table name. */
    table: string;
    /** CSV file name. */
    file: string;
    /** The entity in messages ("transaction"). */
    entity: string;
    /** The column that identifies a row. */
    key: string;
    columns: readonly Column<R>[];
    /** The record a row of parsed cells stands for (validated afterwards by the entity's schema). */
    fromRow: (row: Readonly<Record<string, unknown>>) => unknown;
}
//# sourceMappingURL=columns.d.ts.map