export declare const MIGRATIONS_DIR: string;
/** The committed migrations, oldest first. */
export declare function committedMigrations(dir?: string): {
    name: string;
    sql: string;
    checksum: string;
}[];
/**
 * Bring a SQLite file up to the committed schema (creating the file and its folder if needed).
 * Returns the names of the migrations it applied.
 */
export declare function migrateDatabase(file: string): string[];
//# sourceMappingURL=migrate.d.ts.map