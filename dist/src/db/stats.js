export const DATA_TABLES = ["users", "accounts", "transactions", "liabilities", "recurring_streams", "life_events"];
export async function tableCounts(prisma) {
    const counts = {};
    for (const table of DATA_TABLES) {
        const [row] = await prisma.$queryRawUnsafe(`SELECT COUNT(*) AS n FROM "${table}"`);
        counts[table] = Number(row?.n ?? 0);
    }
    return counts;
}
//# sourceMappingURL=stats.js.map