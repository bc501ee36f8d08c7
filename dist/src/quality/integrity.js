import { toCents } from "../units/money.js";
function byAccount(transactions) {
    const map = new Map();
    for (const t of transactions) {
        let list = map.get(t.account_id);
        if (!list)
            map.set(t.account_id, (list = []));
        list.push(t);
    }
    for (const list of map.values())
        list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    return map;
}
/** Sign of a transaction's effect on the account's balance as Plaid means it (held or owed). */
function balanceEffect(account, amountCents) {
    return account.type === "depository" ? amountCents : -amountCents;
}
/**
 * Opening balance plus the window's transactions equals the current balance, exactly in cents
 * (for cards and loans: opening owed minus the transactions).
 */
export function checkReconciliation(accounts, transactions) {
    const grouped = byAccount(transactions);
    const problems = [];
    for (const account of accounts) {
        let cents = toCents(account.opening_balance);
        for (const t of grouped.get(account.account_id) ?? [])
            cents += balanceEffect(account, toCents(t.amount));
        if (cents !== toCents(account.current_balance)) {
            problems.push({ id: account.account_id, message: `replayed balance ${cents / 100} differs from current_balance ${account.current_balance}` });
        }
    }
    return problems;
}
/** Checking never ends a day below zero; a card's amount owed stays within [0, limit] every day. */
export function checkDailyBalances(accounts, transactions) {
    const grouped = byAccount(transactions);
    const problems = [];
    for (const account of accounts) {
        if (account.subtype !== "checking" && account.type !== "credit")
            continue;
        const list = grouped.get(account.account_id) ?? [];
        let cents = toCents(account.opening_balance);
        for (let i = 0; i < list.length; i++) {
            const t = list[i];
            cents += balanceEffect(account, toCents(t.amount));
            const endOfDay = i === list.length - 1 || list[i + 1].date !== t.date;
            if (!endOfDay)
                continue;
            if (account.subtype === "checking" && cents < 0) {
                problems.push({ id: account.account_id, message: `checking ends ${t.date} at ${cents / 100}` });
                break;
            }
            if (account.type === "credit" && (cents < 0 || cents > toCents(account.credit_limit ?? 0))) {
                problems.push({ id: account.account_id, message: `card owes ${cents / 100} on ${t.date}, outside 0..${account.credit_limit}` });
                break;
            }
        }
    }
    return problems;
}
/** Every `transfer_id` has exactly two legs: same user and date, opposite amounts, two accounts. */
export function checkTransferPairs(transactions) {
    const legs = new Map();
    for (const t of transactions) {
        if (t.transfer_id === null)
            continue;
        let list = legs.get(t.transfer_id);
        if (!list)
            legs.set(t.transfer_id, (list = []));
        list.push(t);
    }
    const problems = [];
    for (const [id, list] of legs) {
        const [a, b] = list;
        if (list.length !== 2 || !a || !b)
            problems.push({ id, message: `${list.length} legs instead of 2` });
        else if (a.date !== b.date || toCents(a.amount) + toCents(b.amount) !== 0 || a.account_id === b.account_id || a.user_id !== b.user_id) {
            problems.push({ id, message: "legs differ in date, amount, user, or share an account" });
        }
    }
    return problems;
}
/** Each card and student loan has exactly one liability, whose last payment is the account's latest payment. */
export function checkLiabilities(accounts, liabilities, transactions) {
    const problems = [];
    const grouped = byAccount(transactions);
    const liabilityOf = new Map();
    for (const l of liabilities) {
        const list = liabilityOf.get(l.account_id);
        if (list)
            list.push(l);
        else
            liabilityOf.set(l.account_id, [l]);
    }
    for (const account of accounts) {
        const needs = account.type === "credit" || (account.type === "loan" && account.subtype === "student");
        const found = liabilityOf.get(account.account_id) ?? [];
        if (!needs) {
            if (found.length > 0)
                problems.push({ id: account.account_id, message: `a ${account.subtype} account has a liability` });
            continue;
        }
        if (found.length !== 1) {
            problems.push({ id: account.account_id, message: `${found.length} liabilities instead of 1` });
            continue;
        }
        const liability = found[0];
        const payments = (grouped.get(account.account_id) ?? []).filter((t) => t.amount > 0 && t.personal_finance_category.primary === "LOAN_PAYMENTS");
        const latest = payments[payments.length - 1];
        const matches = latest
            ? liability.last_payment_amount === latest.amount && liability.last_payment_date === latest.date
            : liability.last_payment_amount === null && liability.last_payment_date === null;
        if (!matches) {
            problems.push({
                id: liability.liability_id,
                message: `last payment ${liability.last_payment_amount} on ${liability.last_payment_date} is not the latest payment (${latest?.amount} on ${latest?.date})`,
            });
        }
    }
    return problems;
}
/** Each stream's `transaction_ids` are exactly its transactions (those carrying its id), sorted by date. */
export function checkStreams(streams, transactions) {
    const members = new Map();
    for (const t of transactions) {
        if (t.stream_id === null)
            continue;
        const list = members.get(t.stream_id);
        if (list)
            list.push(t);
        else
            members.set(t.stream_id, [t]);
    }
    const problems = [];
    const seen = new Set();
    for (const s of streams) {
        seen.add(s.stream_id);
        const list = (members.get(s.stream_id) ?? []).slice().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
        const ids = list.map((t) => t.transaction_id);
        if (ids.join() !== s.transaction_ids.join())
            problems.push({ id: s.stream_id, message: "transaction_ids differ from the transactions carrying this stream_id" });
        else if (list.some((t) => t.account_id !== s.account_id))
            problems.push({ id: s.stream_id, message: "a member transaction is on another account" });
        else if (list[0]?.date !== s.first_date || list[list.length - 1]?.date !== s.last_date)
            problems.push({ id: s.stream_id, message: "first_date/last_date do not match" });
    }
    for (const id of members.keys())
        if (!seen.has(id))
            problems.push({ id, message: "transactions carry a stream_id with no stream record" });
    return problems;
}
//# sourceMappingURL=integrity.js.map