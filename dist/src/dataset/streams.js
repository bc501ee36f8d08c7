import { toDay } from "../units/dates.js";
import { toCents, toDollars } from "../units/money.js";
/**
 * The stream records of a customer's transactions (which must be sorted by date).
 *
 * @example
 * buildStreams(transactions, plan.streams, endDay)[0].frequency; // "BIWEEKLY"
 */
export function buildStreams(transactions, plans, endDay) {
    const members = new Map();
    for (const t of transactions) {
        if (t.stream_id === null)
            continue;
        let list = members.get(t.stream_id);
        if (!list)
            members.set(t.stream_id, (list = []));
        list.push(t);
    }
    const streams = [];
    for (const [streamId, txns] of members) {
        const plan = plans.get(streamId);
        const first = txns[0];
        const last = txns[txns.length - 1];
        const totalCents = txns.reduce((sum, t) => sum + toCents(t.amount), 0);
        const periodDays = plan?.periodDays ?? 30;
        const isActive = toDay(last.date) + periodDays + Math.ceil(periodDays / 2) >= endDay;
        const mature = txns.length >= 3;
        streams.push({
            stream_id: streamId,
            account_id: first.account_id,
            user_id: first.user_id,
            description: first.name,
            merchant_name: first.merchant_name,
            frequency: plan?.frequency ?? "UNKNOWN",
            first_date: first.date,
            last_date: last.date,
            average_amount: toDollars(Math.round(totalCents / txns.length)),
            last_amount: last.amount,
            iso_currency_code: "USD",
            is_active: isActive,
            status: mature ? "MATURE" : isActive ? "EARLY_DETECTION" : "TOMBSTONED",
            personal_finance_category: { ...first.personal_finance_category },
            transaction_ids: txns.map((t) => t.transaction_id),
        });
    }
    return streams;
}
//# sourceMappingURL=streams.js.map