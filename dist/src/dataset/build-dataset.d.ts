import type { Account } from "../schemas/account.ts";
import type { Liability } from "../schemas/liability.ts";
import type { LifeEvent } from "../schemas/life-event.ts";
import type { RecurringStream } from "../schemas/recurring-stream.ts";
import type { Transaction } from "../schemas/transaction.ts";
import type { User } from "../schemas/user.ts";
import { type Customer } from "./customer.ts";
import { type DatasetOptions, type DatasetOptionsInput } from "./options.ts";
export interface DatasetMeta {
    options: DatasetOptions;
    counts: {
        users: number;
        accounts: number;
        transactions: number;
        liabilities: number;
        recurringStreams: number;
        lifeEvents: number;
    };
    version: string;
}
export interface Dataset {
    users: User[];
    accounts: Account[];
    transactions: Transaction[];
    liabilities: Liability[];
    recurringStreams: RecurringStream[];
    lifeEvents: LifeEvent[];
    meta: DatasetMeta;
}
export declare const PACKAGE_VERSION: string;
/**
 * Call `visit` with each customer of a dataset in order, without keeping them: for streaming
 * very large datasets to files. Customer k depends only on the seed and k.
 */
export declare function forEachCustomer(options: DatasetOptionsInput | undefined, visit: (customer: Customer, index: number) => void): DatasetOptions;
/**
 * A whole population: users, accounts, six months of reconciled transactions, liabilities, and the
 * ground truth (recurring streams and life events).
 *
 * @example
 * const data = buildDataset({ users: 100, seed: 42 });
 * data.meta.counts.users; // 100
 */
export declare function buildDataset(options?: DatasetOptionsInput): Dataset;
//# sourceMappingURL=build-dataset.d.ts.map