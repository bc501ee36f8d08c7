import type { ColumnKind } from "../tables/columns.ts";
/** The CSV text of a value of a column kind. */
export declare function formatCell(kind: ColumnKind, value: unknown): string;
export type ParsedCell = {
    ok: true;
    value: unknown;
} | {
    ok: false;
    reason: string;
};
/** Read the CSV text of a column kind back into a value, or say why it cannot be read. */
export declare function parseCell(kind: ColumnKind, text: string): ParsedCell;
/** A value shortened for an error message. */
export declare function clip(text: string, max?: number): string;
//# sourceMappingURL=format.d.ts.map