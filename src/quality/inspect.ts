// One pass over a customer that every family reads: which records are valid against their schemas
// (the families below AC-3 look only at those) and one balance replay per valid account.
import type { Customer } from "../dataset/customer.ts";
import { AccountSchema } from "../schemas/account.ts";
import { LiabilitySchema } from "../schemas/liability.ts";
import { LifeEventSchema } from "../schemas/life-event.ts";
import { RecurringStreamSchema } from "../schemas/recurring-stream.ts";
import { TransactionSchema } from "../schemas/transaction.ts";
import { verdictFor } from "../schemas/verdicts.ts";
import { UserSchema } from "../schemas/user.ts";
import { type AccountReplay, replayBalances } from "./balance-replay.ts";

export type RecordKind = "user" | "account" | "transaction" | "liability" | "stream" | "lifeEvent";

export interface InspectedCustomer {
  /** The customer as given, invalid records included. */
  raw: Customer;
  /** The records that pass their schemas. */
  valid: Customer;
  /** The user record passes its schema. */
  userValid: boolean;
  /** Records checked against a schema. */
  records: number;
  /** Records that failed their schema, in order. */
  invalid: { kind: RecordKind; id: string }[];
  /** The balance replay of every valid account over its valid transactions. */
  replays: AccountReplay[];
}

interface Schema {
  safeParse: (v: unknown) => { success: boolean };
}

/** The verdict of each record's schema: without zod where verdicts.ts has it (transactions, streams: most records). */
const verdictOf = (schema: Schema) => verdictFor(schema) ?? ((v: unknown) => schema.safeParse(v).success);
const VERDICTS = {
  user: verdictOf(UserSchema),
  account: verdictOf(AccountSchema),
  transaction: verdictOf(TransactionSchema),
  liability: verdictOf(LiabilitySchema),
  stream: verdictOf(RecurringStreamSchema),
  lifeEvent: verdictOf(LifeEventSchema),
} satisfies Record<RecordKind, (v: unknown) => boolean>;

/** Validates every record of a customer and replays its accounts' balances once. */
export function inspectCustomer(customer: Customer): InspectedCustomer {
  const invalid: InspectedCustomer["invalid"] = [];
  let records = 0;
  const validate = <R>(kind: RecordKind, list: readonly R[], id: (r: R) => unknown): R[] => {
    records += list.length;
    const isValid = VERDICTS[kind];
    return list.filter((r) => {
      const ok = isValid(r);
      if (!ok) invalid.push({ kind, id: String(id(r)) });
      return ok;
    });
  };
  const c = customer;
  const userValid = validate("user", [c.user], (u) => u?.user_id).length === 1;
  const valid: Customer = {
    user: c.user,
    accounts: validate("account", c.accounts, (a) => a?.account_id),
    transactions: validate("transaction", c.transactions, (t) => t?.transaction_id),
    liabilities: validate("liability", c.liabilities, (l) => l?.liability_id),
    recurringStreams: validate("stream", c.recurringStreams, (s) => s?.stream_id),
    lifeEvents: validate("lifeEvent", c.lifeEvents, (e) => e?.life_event_id),
  };
  return { raw: c, valid, userValid, records, invalid, replays: replayBalances(valid.accounts, valid.transactions) };
}
