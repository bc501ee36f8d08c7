// `buildDataset`: N customers, composed in user order. Pure: no file or database I/O.
import { PROFILES } from "../data/profile.ts";
import { PACKAGE_VERSION } from "../data/version.ts";
import type { Account } from "../schemas/account.ts";
import type { Liability } from "../schemas/liability.ts";
import type { LifeEvent } from "../schemas/life-event.ts";
import type { RecurringStream } from "../schemas/recurring-stream.ts";
import type { Transaction } from "../schemas/transaction.ts";
import type { User } from "../schemas/user.ts";
import { buildCustomer, type Customer } from "./customer.ts";
import { type DatasetOptions, type DatasetOptionsInput, parseDatasetOptions } from "./options.ts";
import { dataWindow } from "./window.ts";

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

export { PACKAGE_VERSION };

/**
 * Call `visit` with each customer of a dataset in order, without keeping them: for streaming
 * very large datasets to files. Customer k depends only on the seed and k.
 */
export function forEachCustomer(
  options: DatasetOptionsInput | undefined,
  visit: (customer: Customer, index: number) => void,
): DatasetOptions {
  const o = parseDatasetOptions(options);
  const window = dataWindow(o.startDate, o.endDate);
  const profile = PROFILES[o.profile];
  for (let index = 1; index <= o.users; index++) visit(buildCustomer({ profile, seed: o.seed, index, window }), index);
  return o;
}

/**
 * A whole population: users, accounts, six months of reconciled transactions, liabilities, and the
 * ground truth (recurring streams and life events).
 *
 * @example
 * const data = buildDataset({ users: 100, seed: 42 });
 * data.meta.counts.users; // 100
 */
export function buildDataset(
  options?: DatasetOptionsInput,
  hooks: { onCustomer?: (index: number, total: number) => void } = {},
): Dataset {
  const data: Omit<Dataset, "meta"> = {
    users: [],
    accounts: [],
    transactions: [],
    liabilities: [],
    recurringStreams: [],
    lifeEvents: [],
  };
  const total = parseDatasetOptions(options).users;
  const o = forEachCustomer(options, (c, index) => {
    data.users.push(c.user);
    for (const a of c.accounts) data.accounts.push(a);
    for (const t of c.transactions) data.transactions.push(t);
    for (const l of c.liabilities) data.liabilities.push(l);
    for (const s of c.recurringStreams) data.recurringStreams.push(s);
    for (const e of c.lifeEvents) data.lifeEvents.push(e);
    hooks.onCustomer?.(index, total);
  });
  return {
    ...data,
    meta: {
      options: o,
      counts: {
        users: data.users.length,
        accounts: data.accounts.length,
        transactions: data.transactions.length,
        liabilities: data.liabilities.length,
        recurringStreams: data.recurringStreams.length,
        lifeEvents: data.lifeEvents.length,
      },
      version: PACKAGE_VERSION,
    },
  };
}

/** True for a whole `Dataset` (as opposed to an iterable of customers), for functions that take either. */
export function isDataset(source: unknown): source is Dataset {
  return (
    typeof source === "object" &&
    source !== null &&
    Array.isArray((source as Dataset).users) &&
    Array.isArray((source as Dataset).transactions)
  );
}
