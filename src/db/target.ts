// Where `--db` points: a SQLite file (a path or a `file:` URL) or a PostgreSQL server
// (`postgresql://` or `postgres://`). One dispatch for the commands that load a folder.

import type { Issue } from "../issues/issue.ts";
/** Whether a `--db` value names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(value: string | undefined | null): boolean {
  return typeof value === "string" && /^postgres(ql)?:\/\//i.test(value);
}

/** What loading a folder into a target wrote: rows per table and the database's size in bytes. */
export interface LoadedInto {
  counts: Record<string, number>;
  /** Rows written in all. */
  rows: number;
  /** The database size after the load (the file, or the tables' total relation size). */
  bytes: number;
  /** Integrity and SHA-256 problems loaded anyway (SQLite with `allowInconsistent`). */
  warnings: Issue[];
}

export interface LoadIntoOptions {
  allowInconsistent?: boolean;
  onProgress?: (done: number, total: number) => void;
  /** PostgreSQL: replace the rows a schema already holds, in the same transaction. */
  replace?: boolean;
}

/**
 * Load a dataset folder into `target`, all or nothing: a PostgreSQL URL goes through COPY
 * (`loadCsvPostgres`), anything else is a SQLite file created and migrated when new (`loadCsvToPath`).
 * Refusals throw: `CsvLoadError` (SQLite) or `PostgresLoadError`.
 */
export async function loadInto(target: string, dir: string, options: LoadIntoOptions = {}): Promise<LoadedInto> {
  if (isPostgresUrl(target)) {
    const { loadCsvPostgres, databaseBytes } = await import("./postgres/load.ts");
    const result = await loadCsvPostgres(target, dir, { ...(options.replace ? { replace: true } : {}) });
    return { counts: result.counts, rows: result.rows, bytes: await databaseBytes(target), warnings: [] };
  }
  const { statSync } = await import("node:fs");
  const { loadCsvToPath } = await import("./load-csv.ts");
  const file = target.replace(/^file:/, "");
  const { counts, warnings } = loadCsvToPath(file, dir, {
    ...(options.allowInconsistent ? { allowInconsistent: true } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return {
    counts: { ...counts },
    rows: Object.values(counts).reduce((a, b) => a + b, 0),
    bytes: statSync(file).size,
    warnings,
  };
}
