function unique(rows, file, column, value, problems) {
    const first = new Map();
    for (const { record, line } of rows) {
        const v = value(record);
        const seen = first.get(v);
        if (seen !== undefined)
            problems.push({ file, line, column, reason: `duplicate ${column} ${v} (first on line ${seen})` });
        else
            first.set(v, line);
    }
}
/** Every cross-row and cross-file problem. */
export function crossCheck(tables, options) {
    const { files } = options;
    const problems = [];
    unique(tables.users, files.users, "user_id", (u) => u.user_id, problems);
    unique(tables.users, files.users, "email", (u) => u.email, problems);
    unique(tables.accounts, files.accounts, "account_id", (a) => a.account_id, problems);
    unique(tables.transactions, files.transactions, "transaction_id", (t) => t.transaction_id, problems);
    unique(tables.liabilities, files.liabilities, "liability_id", (l) => l.liability_id, problems);
    if (tables.recurringStreams)
        unique(tables.recurringStreams, files.recurringStreams, "stream_id", (s) => s.stream_id, problems);
    if (tables.lifeEvents)
        unique(tables.lifeEvents, files.lifeEvents, "life_event_id", (e) => e.life_event_id, problems);
    const rejected = options.rejected ?? { users: new Set(), accounts: new Set(), transactions: new Set() };
    const users = new Set([...tables.users.map((u) => u.record.user_id), ...rejected.users]);
    const accounts = new Map(tables.accounts.map((a) => [a.record.account_id, a.record]));
    const ownedAccount = (file, line, accountId, userId) => {
        const account = accounts.get(accountId);
        if (!account && rejected.accounts.has(accountId))
            return;
        if (!account)
            problems.push({ file, line, column: "account_id", reason: `account_id ${accountId} is not in ${files.accounts}` });
        else if (account.user_id !== userId)
            problems.push({ file, line, column: "user_id", reason: `user_id ${userId} does not own account ${accountId} (its owner is ${account.user_id})` });
    };
    for (const { record, line } of tables.accounts) {
        if (!users.has(record.user_id))
            problems.push({ file: files.accounts, line, column: "user_id", reason: `user_id ${record.user_id} is not in ${files.users}` });
    }
    for (const { record, line } of tables.transactions) {
        ownedAccount(files.transactions, line, record.account_id, record.user_id);
        if (options.window && (record.date < options.window.startDate || record.date > options.window.endDate)) {
            problems.push({ file: files.transactions, line, column: "date", reason: `date ${record.date} is outside ${options.window.startDate}..${options.window.endDate}` });
        }
    }
    for (const { record, line } of tables.liabilities) {
        ownedAccount(files.liabilities, line, record.account_id, record.user_id);
        const account = accounts.get(record.account_id);
        const expected = account?.type === "credit" ? "credit_card" : account?.type === "loan" ? "student_loan" : null;
        if (account && expected !== record.type) {
            problems.push({ file: files.liabilities, line, column: "type", reason: `a ${record.type} liability cannot belong to ${account.subtype} account ${account.account_id}` });
        }
    }
    const txnIds = new Set([...tables.transactions.map((t) => t.record.transaction_id), ...rejected.transactions]);
    for (const { record, line } of tables.recurringStreams ?? []) {
        ownedAccount(files.recurringStreams, line, record.account_id, record.user_id);
        const missing = record.transaction_ids.filter((id) => !txnIds.has(id));
        if (missing.length > 0)
            problems.push({ file: files.recurringStreams, line, column: "transaction_ids", reason: `lists ${missing.length} transaction(s) not in ${files.transactions}, e.g. ${missing[0]}` });
    }
    for (const { record, line } of tables.lifeEvents ?? []) {
        if (!users.has(record.user_id))
            problems.push({ file: files.lifeEvents, line, column: "user_id", reason: `user_id ${record.user_id} is not in ${files.users}` });
        const missing = record.transaction_ids.filter((id) => !txnIds.has(id));
        if (missing.length > 0)
            problems.push({ file: files.lifeEvents, line, column: "transaction_ids", reason: `lists transaction ${missing[0]}, which is not in ${files.transactions}` });
    }
    return problems;
}
//# sourceMappingURL=cross-checks.js.map