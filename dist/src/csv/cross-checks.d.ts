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
    rejected?: {
        users: Set<string>;
        accounts: Set<string>;
        transactions: Set<string>;
    };
    /** When known (from metadata.json), transaction dates must fall inside it. */
    window?: {
        startDate: string;
        endDate: string;
    } | null;
}
/** Every cross-row and cross-file problem. */
export declare function crossCheck(tables: CsvTables, options: CrossCheckOptions): CsvProblem[];
//# sourceMappingURL=cross-checks.d.ts.map