// Checks across the rows and files of a dataset read from CSV: unique ids and emails, foreign keys,
// owners that agree, and dates inside a window. Pure.
import type { Account } from "../schemas/account.ts";
import type { Liability } from "../schemas/liability.ts";
import type { LifeEvent } from "../schemas/life-event.ts";
import type { RecurringStream } from "../schemas/recurring-stream.ts";
import type { Transaction } from "../schemas/transaction.ts";
import type { User } from "../schemas/user.ts";
import type { CsvProblem } from "./read.ts";

export interface Located<R> {
  record: R;
  line: number;
}

export interface CsvTables {
  users: Located<User>[];
  accounts: Located<Account>[];
  transactions: Located<Transaction>[];
  liabilities: Located<Liability>[];
  recurringStreams: Located<RecurringStream>[] | null;
  lifeEvents: Located<LifeEvent>[] | null;
}

export interface CrossCheckOptions {
  files: Record<keyof CsvTables, string>;
  /** Keys of rows rejected by their own file's checks: references to them are not reported again. */
  rejected?: { users: Set<string>; accounts: Set<string>; transactions: Set<string> };
  /** When known (from metadata.json), transaction dates must fall inside it. */
  window?: { startDate: string; endDate: string } | null;
}

function unique<R>(rows: readonly Located<R>[], file: string, column: string, value: (r: R) => string, problems: CsvProblem[]): void {
  const first = new Map<string, number>();
  for (const { record, line } of rows) {
    const v = value(record);
    const seen = first.get(v);
    if (seen !== undefined) problems.push({ file, line, column, reason: `duplicate ${column} ${v} (first on line ${seen})` });
    else first.set(v, line);
  }
}

/** Every cross-row and cross-file problem. */
export function crossCheck(tables: CsvTables, options: CrossCheckOptions): CsvProblem[] {
  const { files } = options;
  const problems: CsvProblem[] = [];
  unique(tables.users, files.users, "user_id", (u) => u.user_id, problems);
  unique(tables.users, files.users, "email", (u) => u.email, problems);
  unique(tables.accounts, files.accounts, "account_id", (a) => a.account_id, problems);
  unique(tables.transactions, files.transactions, "transaction_id", (t) => t.transaction_id, problems);
  unique(tables.liabilities, files.liabilities, "liability_id", (l) => l.liability_id, problems);
  if (tables.recurringStreams) unique(tables.recurringStreams, files.recurringStreams, "stream_id", (s) => s.stream_id, problems);
  if (tables.lifeEvents) unique(tables.lifeEvents, files.lifeEvents, "life_event_id", (e) => e.life_event_id, problems);

  const rejected = options.rejected ?? { users: new Set<string>(), accounts: new Set<string>(), transactions: new Set<string>() };
  const users = new Set([...tables.users.map((u) => u.record.user_id), ...rejected.users]);
  const accounts = new Map(tables.accounts.map((a) => [a.record.account_id, a.record]));
  const ownedAccount = (file: string, line: number, accountId: string, userId: string) => {
    const account = accounts.get(accountId);
    if (!account && rejected.accounts.has(accountId)) return;
    if (!account) problems.push({ file, line, column: "account_id", reason: `account_id ${accountId} is not in ${files.accounts}` });
    else if (account.user_id !== userId) problems.push({ file, line, column: "user_id", reason: `user_id ${userId} does not own account ${accountId} (its owner is ${account.user_id})` });
  };
  for (const { record, line } of tables.accounts) {
    if (!users.has(record.user_id)) problems.push({ file: files.accounts, line, column: "user_id", reason: `user_id ${record.user_id} is not in ${files.users}` });
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
    if (missing.length > 0) problems.push({ file: files.recurringStreams, line, column: "transaction_ids", reason: `lists ${missing.length} transaction(s) not in ${files.transactions}, e.g. ${missing[0]}` });
  }
  for (const { record, line } of tables.lifeEvents ?? []) {
    if (!users.has(record.user_id)) problems.push({ file: files.lifeEvents, line, column: "user_id", reason: `user_id ${record.user_id} is not in ${files.users}` });
    const missing = record.transaction_ids.filter((id) => !txnIds.has(id));
    if (missing.length > 0) problems.push({ file: files.lifeEvents, line, column: "transaction_ids", reason: `lists transaction ${missing[0]}, which is not in ${files.transactions}` });
  }
  return problems;
}
