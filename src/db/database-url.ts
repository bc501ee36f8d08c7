// Where the database lives: `DATABASE_URL` when set, else `file:./prisma/spendsense.db` (git-ignored).

export const DEFAULT_DATABASE_URL = "file:./prisma/spendsense.db";

/** The database URL from the environment, or the default. */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL && env.DATABASE_URL.length > 0 ? env.DATABASE_URL : DEFAULT_DATABASE_URL;
}

/** The file path of a `file:` URL (relative paths stay relative to the working directory). */
export function databaseFile(url: string): string {
  if (!url.startsWith("file:")) throw new Error(`only SQLite file: URLs are supported, got ${url}`);
  return url.slice("file:".length);
}
