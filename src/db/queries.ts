// Typical reads an application makes, through the Prisma client (each is timed by
// scripts/bench-queries.ts; spec 8.4 asks for under 100 ms).
import type { PrismaClient } from "./client.ts";

/** A user's transactions in one month (`YYYY-MM`), newest first. */
export function transactionsInMonth(prisma: PrismaClient, userId: string, month: string) {
  return prisma.transaction.findMany({
    where: { user_id: userId, date: { gte: `${month}-01`, lte: `${month}-31` } },
    orderBy: [{ date: "desc" }, { transaction_id: "asc" }],
  });
}

/** A user's spending (money out, in dollars, as a positive number) per PFC primary category between two dates. */
export async function spendingByCategory(
  prisma: PrismaClient,
  userId: string,
  from: string,
  to: string,
): Promise<{ category: string; spent: number; count: number }[]> {
  const groups = await prisma.transaction.groupBy({
    by: ["pfc_primary"],
    where: {
      user_id: userId,
      date: { gte: from, lte: to },
      amount: { lt: 0 },
      transfer_id: null,
      NOT: { pfc_primary: { in: ["TRANSFER_OUT", "LOAN_PAYMENTS"] } },
    },
    _sum: { amount: true },
    _count: { _all: true },
  });
  return groups
    .map((g) => ({
      category: g.pfc_primary,
      spent: Math.round(-(g._sum.amount ?? 0) * 100) / 100,
      count: g._count._all,
    }))
    .sort((a, b) => b.spent - a.spent || a.category.localeCompare(b.category));
}

/** A user's accounts with their balances. */
export function accountsWithBalances(prisma: PrismaClient, userId: string) {
  return prisma.account.findMany({
    where: { user_id: userId },
    select: {
      account_id: true,
      name: true,
      type: true,
      subtype: true,
      mask: true,
      current_balance: true,
      available_balance: true,
      credit_limit: true,
    },
    orderBy: { account_id: "asc" },
  });
}

/** Liabilities due within `days` days after `asOf` (`YYYY-MM-DD`), or already overdue, soonest first. */
export function liabilitiesDueSoon(prisma: PrismaClient, asOf: string, days: number) {
  const until = new Date(Date.parse(`${asOf}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return prisma.liability.findMany({
    where: { OR: [{ is_overdue: true }, { next_payment_due_date: { gte: asOf, lte: until } }] },
    include: { account: { select: { name: true, mask: true, current_balance: true } } },
    orderBy: [{ next_payment_due_date: "asc" }, { liability_id: "asc" }],
  });
}
