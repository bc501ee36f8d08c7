// Table layouts as data: one list of columns per entity, shared by the CSV files and the SQLite
// tables so that both directions (export/load, persist/read back) use one format.
export {};
//# sourceMappingURL=columns.js.map