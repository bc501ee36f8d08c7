/** The value SQLite stores for a column of a record (booleans as 1/0, JSON as text). */
export function sqlCell(column, record) {
    const value = column.get(record);
    if (value === null || value === undefined)
        return null;
    switch (column.kind) {
        case "bool":
            return value ? 1 : 0;
        case "json":
            return JSON.stringify(value);
        default:
            return value;
    }
}
/** A value read back from SQLite (or Prisma) in the form the record schema expects. */
export function fromSqlCell(kind, value) {
    if (value === null || value === undefined)
        return null;
    switch (kind) {
        case "bool":
            return value === true || value === 1 || value === 1n;
        case "json":
            return typeof value === "string" ? JSON.parse(value) : value;
        case "money":
        case "money?":
        case "real?":
        case "int":
            return typeof value === "bigint" ? Number(value) : typeof value === "object" ? Number(String(value)) : value;
        default:
            return value;
    }
}
//# sourceMappingURL=cells.js.map