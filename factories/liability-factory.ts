// `liabilityFactory`: the liability of a credit card or student loan (spec phase 5). Dates count
// from the end of the data window, never from the wall clock.
import { userId as userIdOf } from "../src/random/ids.ts";
import { keyedRng } from "../src/random/rng.ts";
import { openingBalanceCents, creditLimitCents } from "../src/rules/account.ts";
import { drawLiability } from "../src/rules/liability.ts";
import type { Account } from "../src/schemas/account.ts";
import { type Liability, LiabilitySchema } from "../src/schemas/liability.ts";
import { toCents } from "../src/units/money.ts";
import { defaultAccountId } from "./account-factory.ts";
import { FixtureFactory, factoryIncome, type KeyTransient, profileOf, recordKey, windowOf } from "./fixture-factory.ts";

export type LiabilityTransient = KeyTransient & {
  type?: Liability["type"];
  overdue?: boolean;
  /** Annual income in dollars that balances and a student loan's payment scale with. */
  income?: number;
};

export interface LiabilityParents {
  account?: Account;
}

export class LiabilityFactory extends FixtureFactory<Liability, LiabilityTransient, LiabilityParents> {
  creditCard() {
    return this.transient({ type: "credit_card" });
  }

  studentLoan() {
    return this.transient({ type: "student_loan" });
  }

  /** Past its due date and flagged `is_overdue`. */
  overdue() {
    return this.transient({ overdue: true });
  }
}

function typeOfAccount(account: Account): Liability["type"] {
  if (account.type === "credit") return "credit_card";
  if (account.type === "loan" && account.subtype === "student") return "student_loan";
  throw new RangeError(
    `liabilityFactory: account ${account.account_id} is a ${account.subtype} account; liabilities exist only for credit cards and student loans`,
  );
}

/**
 * Liabilities. With an associated account the type and balance come from it.
 *
 * @example
 * const liability = liabilityFactory.overdue().build({}, { associations: { account: card } });
 * liability.is_overdue; // true
 */
export const liabilityFactory = LiabilityFactory.define(({ sequence, params, associations, transientParams }) => {
  const key = recordKey(sequence, transientParams);
  const { account } = associations as LiabilityParents;
  const type = account ? typeOfAccount(account) : (transientParams.type ?? params.type ?? "credit_card");
  const rng = keyedRng(key.seed, "liability", key.index);
  const profile = profileOf(transientParams);
  const income = transientParams.income ?? factoryIncome(profile, key);
  const statement =
    typeof params.last_statement_balance === "number" ? toCents(params.last_statement_balance) : undefined;
  // Without an account, the balance is what the account rule would open such an account with.
  const drawnBalance = () => {
    const kind = type === "credit_card" ? "credit_card" : "student_loan";
    const limit = kind === "credit_card" ? creditLimitCents(profile, rng, income) : null;
    return openingBalanceCents(profile, rng, kind, income, limit);
  };
  const balanceCents = statement ?? (account ? toCents(account.current_balance) : drawnBalance());
  return drawLiability({
    rng,
    profile,
    income,
    type,
    accountId: account?.account_id ?? defaultAccountId(profile, key.seed, key.index),
    userId: account?.user_id ?? userIdOf(key.index),
    balanceCents,
    ...(account && type === "student_loan" ? { openingBalanceCents: toCents(account.opening_balance) } : {}),
    asOf: windowOf(transientParams).endDate,
    overdue: transientParams.overdue,
  });
}).validatedAs(LiabilitySchema, "liability", ["account"]);
