// `accountFactory`: checking, savings, credit-card and student-loan accounts. A credit card's
// available balance always equals its limit minus what is owed, whatever is overridden.
import { userId as userIdOf } from "../src/random/ids.ts";
import { keyedRng } from "../src/random/rng.ts";
import { drawAccount } from "../src/rules/account.ts";
import { ACCOUNT_KINDS, type Account, type AccountKind, AccountSchema } from "../src/schemas/account.ts";
import type { User } from "../src/schemas/user.ts";
import { toCents } from "../src/units/money.ts";
import { FixtureFactory, factoryIncome, type KeyTransient, profileOf, recordKey } from "./fixture-factory.ts";
import type { ProfileData } from "../src/data/profile.ts";

export type AccountTransient = KeyTransient & {
  kind?: AccountKind;
  /** Annual income in dollars that balances scale with, when no user is associated. */
  income?: number;
};

export interface AccountParents {
  user?: User;
}

export class AccountFactory extends FixtureFactory<Account, AccountTransient, AccountParents> {
  checking() {
    return this.transient({ kind: "checking" });
  }

  savings() {
    return this.transient({ kind: "savings" });
  }

  creditCard() {
    return this.transient({ kind: "credit_card" });
  }

  studentLoan() {
    return this.transient({ kind: "student_loan" });
  }
}

function kindFromParams(type: unknown, subtype: unknown): AccountKind | undefined {
  const entry = Object.entries(ACCOUNT_KINDS).find(
    ([, k]) => k.subtype === subtype || (subtype === undefined && k.type === type),
  );
  return entry?.[0] as AccountKind | undefined;
}

function centsOrUndefined(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? toCents(value) : undefined;
}

/** The id account #index of a seed gets, whatever its kind; standalone transactions and liabilities use it. */
export function defaultAccountId(profile: ProfileData, seed: number, index: number): string {
  const income = profile.personas.factoryIncome.min; // the id does not depend on it
  return drawAccount({
    profile,
    rng: keyedRng(seed, "account", index),
    kind: "checking",
    userId: userIdOf(index),
    income,
  }).account_id;
}

/**
 * Accounts. Build #n belongs to `user_00n` unless a user is associated.
 *
 * @example
 * const card = accountFactory.creditCard().build({ current_balance: 1200 }, { associations: { user } });
 * card.available_balance === card.credit_limit! - 1200; // true
 */
export const accountFactory = AccountFactory.define(({ sequence, params, associations, transientParams }) => {
  const key = recordKey(sequence, transientParams);
  const { user } = associations as AccountParents;
  const kind = transientParams.kind ?? kindFromParams(params.type, params.subtype) ?? "checking";
  const profile = profileOf(transientParams);
  const income = transientParams.income ?? user?.metadata.income ?? factoryIncome(profile, key);
  const account = drawAccount({
    profile,
    rng: keyedRng(key.seed, "account", key.index),
    kind,
    userId: user?.user_id ?? userIdOf(key.index),
    income,
    balanceCents: centsOrUndefined(params.current_balance),
    limitCents: kind === "credit_card" ? centsOrUndefined(params.credit_limit) : undefined,
  });
  // With no ledger, the account opens at its current balance.
  if (params.current_balance !== undefined && params.opening_balance === undefined) {
    account.opening_balance = account.current_balance;
  }
  return account;
}).validatedAs(AccountSchema, "account", ["user"]);
