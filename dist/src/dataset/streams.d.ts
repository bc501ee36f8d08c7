import type { RecurringStream } from "../schemas/recurring-stream.ts";
import type { Transaction } from "../schemas/transaction.ts";
import type { StreamPlan } from "./events.ts";
/**
 * The stream records of a customer's transactions (which must be sorted by date).
 *
 * @example
 * buildStreams(transactions, plan.streams, endDay)[0].frequency; // "BIWEEKLY"
 */
export declare function buildStreams(transactions: readonly Transaction[], plans: ReadonlyMap<string, StreamPlan>, endDay: number): RecurringStream[];
//# sourceMappingURL=streams.d.ts.map