// `customerFactory`: one user with their accounts, reconciled transactions, liabilities, recurring
// streams and life events, as one consistent graph. It takes the same traits as `userFactory`;
// `buildDataset` is N of these customers.
import { type DeepPartial, Factory } from "fishery";
import { buildCustomer, type Customer } from "./customer.ts";
import { dataWindow } from "./window.ts";
import { AccountSchema } from "../schemas/account.ts";
import { LiabilitySchema } from "../schemas/liability.ts";
import { LifeEventSchema } from "../schemas/life-event.ts";
import { RecurringStreamSchema } from "../schemas/recurring-stream.ts";
import { TransactionSchema } from "../schemas/transaction.ts";
import { type LifeEventKind, type User, UserSchema } from "../schemas/user.ts";
import { assertRecord } from "../schemas/validate.ts";
import { profileOf, recordKey, windowOf } from "../../factories/fixture-factory.ts";
import { lifeEventWish, PERSONAS } from "../../factories/persona-traits.ts";
import type { UserTransient } from "../../factories/user-factory.ts";

export type { Customer };

/** Overrides a customer build accepts: fields of the user record. */
export interface CustomerParams {
  user?: DeepPartial<User>;
}

export class CustomerFactory extends Factory<Customer, UserTransient, Customer, CustomerParams> {
  /** Top income tier ($150k+). */
  highIncome() {
    return this.transient(PERSONAS.highIncome);
  }

  /** Bottom income tier (under $35k). */
  lowIncome() {
    return this.transient(PERSONAS.lowIncome);
  }

  /** An 18-23 year old student with a low or lower-middle income. */
  student() {
    return this.transient(PERSONAS.student);
  }

  /** A retiree, 62-80 (the 51+ bracket). */
  retiree() {
    return this.transient(PERSONAS.retiree);
  }

  /** A customer with a life event: `medical`, `job_change` or `large_purchase` (any of them when omitted). */
  withLifeEvent(kind?: LifeEventKind) {
    return this.transient(lifeEventWish(kind));
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
  const { seed: _seed, index: _index, window: _window, profile: _profile, ...wishes } = transientParams;
  const window = dataWindow(w.startDate, w.endDate);
  const customer = buildCustomer({
    profile: profileOf(transientParams),
    seed: key.seed,
    index: key.index,
    window,
    wishes,
    user: params.user,
  });
  assertCustomer(customer);
  return customer;
});
