// Checks across the rows and files of a dataset read from CSV: unique ids and emails, foreign keys,
// owners that agree, and dates inside a window. Pure.
import type { Account } from "../schemas/account.ts";
import type { Liability } from "../schemas/liability.ts";
import type { LifeEvent } from "../schemas/life-event.ts";
import type { RecurringStream } from "../schemas/recurring-stream.ts";
import type { Transaction } from "../schemas/transaction.ts";
import type { User } from "../schemas/user.ts";
import { type CsvProblem, csvProblem } from "./read.ts";

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

function unique<R>(
  rows: readonly Located<R>[],
  file: string,
  column: string,
  value: (r: R) => string,
  problems: CsvProblem[],
): void {
  const first = new Map<string, number>();
  for (const { record, line } of rows) {
    const v = value(record);
    const seen = first.get(v);
    if (seen !== undefined)
      problems.push(csvProblem("duplicate_id", file, line, column, `duplicate ${column} ${v} (first on line ${seen})`));
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
  if (tables.recurringStreams)
    unique(tables.recurringStreams, files.recurringStreams, "stream_id", (s) => s.stream_id, problems);
  if (tables.lifeEvents) unique(tables.lifeEvents, files.lifeEvents, "life_event_id", (e) => e.life_event_id, problems);

  const rejected = options.rejected ?? {
    users: new Set<string>(),
    accounts: new Set<string>(),
    transactions: new Set<string>(),
  };
  const users = new Set([...tables.users.map((u) => u.record.user_id), ...rejected.users]);
  const accounts = new Map(tables.accounts.map((a) => [a.record.account_id, a.record]));
  const ownedAccount = (file: string, line: number, accountId: string, userId: string) => {
    const problem = ownershipProblem(accounts.get(accountId), rejected.accounts, files.accounts, {
      file,
      line,
      accountId,
      userId,
    });
    if (problem) problems.push(problem);
  };
  for (const { record, line } of tables.accounts) {
    if (!users.has(record.user_id))
      problems.push(
        csvProblem(
          "unknown_reference",
          files.accounts,
          line,
          "user_id",
          `user_id ${record.user_id} is not in ${files.users}`,
        ),
      );
  }
  const streams = tables.recurringStreams ? new Set(tables.recurringStreams.map((s) => s.record.stream_id)) : null;
  for (const { record, line } of tables.transactions) {
    ownedAccount(files.transactions, line, record.account_id, record.user_id);
    if (options.window && (record.date < options.window.startDate || record.date > options.window.endDate)) {
      problems.push(
        csvProblem(
          "outside_window",
          files.transactions,
          line,
          "date",
          `date ${record.date} is outside ${options.window.startDate}..${options.window.endDate}`,
        ),
      );
    }
    if (streams && record.stream_id !== null && !streams.has(record.stream_id)) {
      problems.push(
        csvProblem(
          "unknown_reference",
          files.transactions,
          line,
          "stream_id",
          `stream_id ${record.stream_id} is not in ${files.recurringStreams}`,
        ),
      );
    }
  }
  const liabilityOf = new Map<string, number>();
  for (const { record, line } of tables.liabilities) {
    ownedAccount(files.liabilities, line, record.account_id, record.user_id);
    problems.push(
      ...liabilityAccountProblems(accounts.get(record.account_id), liabilityOf, record, files.liabilities, line),
    );
  }
  const txnIds = new Set([...tables.transactions.map((t) => t.record.transaction_id), ...rejected.transactions]);
  for (const { record, line } of tables.recurringStreams ?? []) {
    ownedAccount(files.recurringStreams, line, record.account_id, record.user_id);
    const missing = record.transaction_ids.filter((id) => !txnIds.has(id));
    if (missing.length > 0)
      problems.push(
        csvProblem(
          "unknown_reference",
          files.recurringStreams,
          line,
          "transaction_ids",
          `lists ${missing.length} transaction(s) not in ${files.transactions}, e.g. ${missing[0]}`,
        ),
      );
  }
  for (const { record, line } of tables.lifeEvents ?? []) {
    if (!users.has(record.user_id))
      problems.push(
        csvProblem(
          "unknown_reference",
          files.lifeEvents,
          line,
          "user_id",
          `user_id ${record.user_id} is not in ${files.users}`,
        ),
      );
    const missing = record.transaction_ids.filter((id) => !txnIds.has(id));
    if (missing.length > 0)
      problems.push(
        csvProblem(
          "unknown_reference",
          files.lifeEvents,
          line,
          "transaction_ids",
          `lists transaction ${missing[0]}, which is not in ${files.transactions}`,
        ),
      );
  }
  return problems;
}

/**
 * A row's `account_id` / `user_id` pair against the accounts file: an unknown account (unless its own
 * row was rejected, which is reported already) or an account another user owns; null when it is fine.
 */
export function ownershipProblem(
  account: Pick<Account, "user_id"> | undefined,
  rejectedAccounts: ReadonlySet<string>,
  accountsFile: string,
  row: { file: string; line: number; accountId: string; userId: string },
): CsvProblem | null {
  const { file, line, accountId, userId } = row;
  if (!account)
    return rejectedAccounts.has(accountId)
      ? null
      : csvProblem("unknown_reference", file, line, "account_id", `account_id ${accountId} is not in ${accountsFile}`);
  if (account.user_id === userId) return null;
  return csvProblem(
    "wrong_owner",
    file,
    line,
    "user_id",
    `user_id ${userId} does not own account ${accountId} (its owner is ${account.user_id})`,
  );
}

/**
 * A liability row against its account: the liability's type must suit the account (a card's is
 * `credit_card`, a loan's `student_loan`), and an account has at most one liability (`firstLineOf`
 * remembers the first line per account id).
 */
export function liabilityAccountProblems(
  account: Pick<Account, "type" | "subtype" | "account_id"> | undefined,
  firstLineOf: Map<string, number>,
  liability: Pick<Liability, "type" | "account_id">,
  file: string,
  line: number,
): CsvProblem[] {
  const problems: CsvProblem[] = [];
  const expected = account?.type === "credit" ? "credit_card" : account?.type === "loan" ? "student_loan" : null;
  if (account && expected !== liability.type)
    problems.push(
      csvProblem(
        "liability_type",
        file,
        line,
        "type",
        `a ${liability.type} liability cannot belong to ${account.subtype} account ${account.account_id}`,
      ),
    );
  const first = firstLineOf.get(liability.account_id);
  if (first !== undefined)
    problems.push(
      csvProblem(
        "duplicate_liability",
        file,
        line,
        "account_id",
        `account ${liability.account_id} already has a liability (line ${first})`,
      ),
    );
  else firstLineOf.set(liability.account_id, line);
  return problems;
}
