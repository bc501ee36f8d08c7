// `customerFactory`: one user with their accounts, reconciled transactions, liabilities, recurring
// streams and life events, as one consistent graph. It takes the same traits as `userFactory`;
// `buildDataset` is N of these customers.
import { type DeepPartial, Factory } from "fishery";
import { LIFE_EVENT_KINDS } from "../src/data/demographics.ts";
import { buildCustomer, type Customer } from "../src/dataset/customer.ts";
import { dataWindow } from "../src/dataset/window.ts";
import { AccountSchema } from "../src/schemas/account.ts";
import { LiabilitySchema } from "../src/schemas/liability.ts";
import { LifeEventSchema } from "../src/schemas/life-event.ts";
import { RecurringStreamSchema } from "../src/schemas/recurring-stream.ts";
import { TransactionSchema } from "../src/schemas/transaction.ts";
import { type LifeEventKind, type User, UserSchema } from "../src/schemas/user.ts";
import { assertRecord } from "../src/schemas/validate.ts";
import { recordKey, windowOf } from "./fixture-factory.ts";
import type { UserTransient } from "./user-factory.ts";

export type { Customer };

/** Overrides a customer build accepts: fields of the user record. */
export interface CustomerParams {
  user?: DeepPartial<User>;
}

export class CustomerFactory extends Factory<Customer, UserTransient, Customer, CustomerParams> {
  highIncome() {
    return this.transient({ incomeTier: "high", student: false });
  }

  lowIncome() {
    return this.transient({ incomeTier: "low" });
  }

  student() {
    return this.transient({ student: true, retiree: false, ageBracket: "18-25", incomeTier: undefined });
  }

  retiree() {
    return this.transient({ retiree: true, student: false, ageBracket: "51+" });
  }

  withLifeEvent(kind?: LifeEventKind) {
    if (kind !== undefined && !LIFE_EVENT_KINDS.includes(kind)) {
      throw new RangeError(`withLifeEvent: unknown kind "${String(kind)}"; expected one of ${LIFE_EVENT_KINDS.join(", ")}`);
    }
    return this.transient({ lifeEvent: kind ?? "any" });
  }
}

/** Validate every record of a customer graph; throws a `RecordValidationError` naming the record. */
export function assertCustomer(customer: Customer): void {
  assertRecord(UserSchema, customer.user, `user ${customer.user.user_id}`);
  for (const a of customer.accounts) assertRecord(AccountSchema, a, `account ${a.account_id}`);
  for (const t of customer.transactions) assertRecord(TransactionSchema, t, `transaction ${t.transaction_id}`);
  for (const l of customer.liabilities) assertRecord(LiabilitySchema, l, `liability ${l.liability_id}`);
  for (const s of customer.recurringStreams) assertRecord(RecurringStreamSchema, s, `recurring stream ${s.stream_id}`);
  for (const e of customer.lifeEvents) assertRecord(LifeEventSchema, e, `life event ${e.life_event_id}`);
}

/**
 * Customers. Build #n is customer n of the global seed, the same as user n of
 * `buildDataset({ seed })` when built without traits.
 *
 * @example
 * const { user, transactions } = customerFactory.student().withLifeEvent("job_change").build();
 */
export const customerFactory = CustomerFactory.define(({ sequence, params, transientParams }) => {
  const key = recordKey(sequence, transientParams);
  const w = windowOf(transientParams);
  const { seed: _seed, index: _index, window: _window, ...wishes } = transientParams;
  const customer = buildCustomer({ seed: key.seed, index: key.index, window: dataWindow(w.startDate, w.endDate), wishes, user: params.user });
  assertCustomer(customer);
  return customer;
});
