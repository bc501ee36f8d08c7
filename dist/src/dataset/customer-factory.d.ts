import { type DeepPartial, Factory } from "fishery";
import { type Customer } from "./customer.ts";
import { type LifeEventKind, type User } from "../schemas/user.ts";
import type { UserTransient } from "../../factories/user-factory.ts";
export type { Customer };
/** Overrides a customer build accepts: fields of the user record. */
export interface CustomerParams {
    user?: DeepPartial<User>;
}
export declare class CustomerFactory extends Factory<Customer, UserTransient, Customer, CustomerParams> {
    /** Top income tier ($150k+). */
    highIncome(): this;
    /** Bottom income tier (under $35k). */
    lowIncome(): this;
    /** An 18-23 year old student with a low or lower-middle income. */
    student(): this;
    /** A retiree, 62-80 (the 51+ bracket). */
    retiree(): this;
    /** A customer with a life event: `medical`, `job_change` or `large_purchase` (any of them when omitted). */
    withLifeEvent(kind?: LifeEventKind): this;
}
/** Validate every record of a customer graph; throws a `RecordValidationError` naming the record. */
export declare function assertCustomer(customer: Customer): void;
/**
 * Customers. Build #n is customer n of the global seed, the same as user n of
 * `buildDataset({ seed })` when built without traits.
 *
 * @example
 * const { user, transactions } = customerFactory.student().withLifeEvent("job_change").build();
 */
export declare const customerFactory: CustomerFactory;
//# sourceMappingURL=customer-factory.d.ts.map