// Database speed: persist rate, seed time, database size and typical query times (spec 8.4).
// Run: npx tsx scripts/bench-db.ts [users]   (default 100)
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { benchSizes } from "../src/cli/bench-args.ts";
import { buildDataset } from "../src/dataset/build-dataset.ts";
import { createPrismaClient } from "../src/db/client.ts";
import { migrateDatabase } from "../src/db/migrate.ts";
import { persistDataset } from "../src/db/persist.ts";
import {
  accountsWithBalances,
  liabilitiesDueSoon,
  spendingByCategory,
  transactionsInMonth,
} from "../src/db/queries.ts";

const USAGE = `Usage: npx tsx scripts/bench-db.ts [users]   (default: 100)

Persist rate, seed time, database size and the read helpers' times for one dataset size.`;
const [users] = benchSizes(process.argv.slice(2), USAGE, [100], 1) as [number];
const dir = mkdtempSync(join(tmpdir(), "spendsense-bench-"));
const file = join(dir, "bench.db");
try {
  const t0 = performance.now();
  const data = buildDataset({ users, seed: 42 });
  const t1 = performance.now();
  migrateDatabase(file);
  const prisma = createPrismaClient(`file:${file}`);
  await prisma.$queryRawUnsafe("SELECT 1");
  const t2 = performance.now();
  const counts = await persistDataset(prisma, data);
  const t3 = performance.now();
  const rows = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(
    `users ${users}: generate ${((t1 - t0) / 1000).toFixed(2)} s, persist ${rows} rows in ${((t3 - t2) / 1000).toFixed(2)} s = ${Math.round(rows / ((t3 - t2) / 1000))} rows/s, seed total ${((t3 - t0) / 1000).toFixed(2)} s, database ${(statSync(file).size / 1_048_576).toFixed(2)} MB`,
  );

  const time = async (label: string, run: () => Promise<unknown>) => {
    await run(); // warm up
    const runs = 20;
    const start = performance.now();
    for (let i = 0; i < runs; i++) await run();
    console.log(`  ${label.padEnd(34)} ${((performance.now() - start) / runs).toFixed(2)} ms`);
  };
  await time("transactionsInMonth(user, 2025-07)", () => transactionsInMonth(prisma, "user_042", "2025-07"));
  await time("spendingByCategory(user, 6 months)", () =>
    spendingByCategory(prisma, "user_042", "2025-05-01", "2025-10-31"),
  );
  await time("accountsWithBalances(user)", () => accountsWithBalances(prisma, "user_042"));
  await time("liabilitiesDueSoon(2025-10-31, 14)", () => liabilitiesDueSoon(prisma, "2025-10-31", 14));
  await prisma.$disconnect();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
