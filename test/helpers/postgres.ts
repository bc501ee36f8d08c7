// A private schema per test file on the machine's PostgreSQL (127.0.0.1:5432, trust authentication,
// database `test`), so parallel runs never collide. When PostgreSQL is unreachable the tests fail with
// a message that says so; they never skip.
import { randomBytes } from "node:crypto";
import pg from "pg";

export const POSTGRES_TEST_URL =
  process.env.SPENDSENSE_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

export interface TestSchemas {
  /** A new empty schema (dropped by `dropAll`). */
  create(): Promise<string>;
  /** Run a query on the test database. */
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<R[]>;
  /** The tables of a schema, sorted. */
  tables(schema: string): Promise<string[]>;
  dropAll(): Promise<void>;
}

export async function testSchemas(): Promise<TestSchemas> {
  const client = new pg.Client({ connectionString: POSTGRES_TEST_URL });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${POSTGRES_TEST_URL} (${(error as Error).message}): these tests need the machine's PostgreSQL ` +
        "(trust authentication, database `test`); start it, or point SPENDSENSE_TEST_POSTGRES_URL at one",
    );
  }
  const created: string[] = [];
  const query = async <R extends pg.QueryResultRow>(sql: string, params?: unknown[]) =>
    (await client.query<R>(sql, params)).rows;
  return {
    async create() {
      const name = `t_${randomBytes(6).toString("hex")}`;
      await client.query(`CREATE SCHEMA "${name}"`);
      created.push(name);
      return name;
    },
    query,
    async tables(schema) {
      const rows = await query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name`,
        [schema],
      );
      return rows.map((r) => r.table_name);
    },
    async dropAll() {
      for (const name of created) await client.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
      await client.end();
    },
  };
}
