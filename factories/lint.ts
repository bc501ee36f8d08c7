// `lintFactories()`: FactoryBot's lint for this toolkit. Builds every factory with every trait and
// every ordered pair of traits over several seeds, with and without parent records, and reports
// each build that throws or does not satisfy its schema.
import { LIFE_EVENT_KINDS } from "../src/data/demographics.ts";
import { SUBSCRIPTION_NAMES } from "../src/data/subscriptions.ts";
import type { z } from "zod";
import { AccountSchema } from "../src/schemas/account.ts";
import { LiabilitySchema } from "../src/schemas/liability.ts";
import { TransactionSchema } from "../src/schemas/transaction.ts";
import { UserSchema } from "../src/schemas/user.ts";
import type { ProfileData } from "../src/data/profile.ts";
import type { Issue } from "../src/issues/issue.ts";
import { fixtureProfile } from "../src/random/config.ts";
import { checkRecord, formatIssues } from "../src/schemas/validate.ts";
import { type AccountFactory, accountFactory } from "./account-factory.ts";
import { type LiabilityFactory, liabilityFactory } from "./liability-factory.ts";
import { type TransactionFactory, transactionFactory } from "./transaction-factory.ts";
import { type UserFactory, userFactory } from "./user-factory.ts";

/** One build that failed: an `Issue` (code `lint_threw` or `lint_invalid`, path `[factory, ...traits]`). */
export interface LintFailure extends Issue {
  code: "lint_threw" | "lint_invalid";
  factory: string;
  traits: string[];
  seed: number;
}

export interface LintOptions {
  /** Seeds to build with (default 1..5). */
  seeds?: readonly number[];
  /** The profile to build with (default: `configureFixtures`' profile, the one the factories use). */
  profile?: ProfileData;
  /** Lint these factories instead of the package's own (for example, a project's extended ones). */
  factories?: {
    userFactory?: UserFactory;
    accountFactory?: AccountFactory;
    transactionFactory?: TransactionFactory;
    liabilityFactory?: LiabilityFactory;
  };
}

type Trait<F> = [name: string, apply: (f: F) => F];

const USER_TRAITS: Trait<UserFactory>[] = [
  ["highIncome", (f) => f.highIncome()],
  ["lowIncome", (f) => f.lowIncome()],
  ["student", (f) => f.student()],
  ["retiree", (f) => f.retiree()],
  ["withLifeEvent()", (f) => f.withLifeEvent()],
  ...LIFE_EVENT_KINDS.map((k): Trait<UserFactory> => [`withLifeEvent(${k})`, (f) => f.withLifeEvent(k)]),
];
const ACCOUNT_TRAITS: Trait<AccountFactory>[] = [
  ["checking", (f) => f.checking()],
  ["savings", (f) => f.savings()],
  ["creditCard", (f) => f.creditCard()],
  ["studentLoan", (f) => f.studentLoan()],
];
const TRANSACTION_TRAITS: Trait<TransactionFactory>[] = [
  ["payroll", (f) => f.payroll()],
  ["rent", (f) => f.rent()],
  ["utilities", (f) => f.utilities()],
  ["subscription()", (f) => f.subscription()],
  ...SUBSCRIPTION_NAMES.map((n): Trait<TransactionFactory> => [`subscription(${n})`, (f) => f.subscription(n)]),
  ["groceries", (f) => f.groceries()],
  ["restaurant", (f) => f.restaurant()],
  ["coffee", (f) => f.coffee()],
  ["online", (f) => f.online()],
  ["pending", (f) => f.pending()],
  ["socialSecurity", (f) => f.socialSecurity()],
];
const LIABILITY_TRAITS: Trait<LiabilityFactory>[] = [
  ["creditCard", (f) => f.creditCard()],
  ["studentLoan", (f) => f.studentLoan()],
  ["overdue", (f) => f.overdue()],
];

/** No trait, each trait, and each ordered pair of different traits. */
function combos<F>(traits: Trait<F>[]): Trait<F>[][] {
  const out: Trait<F>[][] = [[]];
  for (const a of traits) out.push([a]);
  for (const a of traits) for (const b of traits) if (a !== b) out.push([a, b]);
  return out;
}

function lintOne<F, T>(
  failures: LintFailure[],
  factoryName: string,
  base: F,
  traits: Trait<F>[],
  seeds: readonly number[],
  schema: z.ZodType,
  build: (f: F, seed: number) => T,
): void {
  for (const combo of combos(traits)) {
    const names = combo.map(([name]) => name);
    for (const seed of seeds) {
      try {
        const factory = combo.reduce((f, [, apply]) => apply(f), base);
        const record = build(factory, seed);
        const issues = checkRecord(schema, record);
        if (issues.length > 0)
          failures.push({
            code: "lint_invalid",
            path: [factoryName, ...names],
            factory: factoryName,
            traits: names,
            seed,
            message: formatIssues(issues),
          });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        failures.push({
          code: "lint_threw",
          path: [factoryName, ...names],
          factory: factoryName,
          traits: names,
          seed,
          message,
        });
      }
    }
  }
}

/**
 * Build every factory with every trait and pair of traits over several seeds; return the failures.
 * Every build is pinned (seed and index) and made on a detached copy of the factory, so linting moves
 * no factory's sequence: the next `userFactory.build()` is the same with or without a lint before it.
 *
 * @example
 * expect(lintFactories()).toEqual([]);
 */
export function lintFactories(options: LintOptions = {}): LintFailure[] {
  const seeds = options.seeds ?? [1, 2, 3, 4, 5];
  const users = (options.factories?.userFactory ?? userFactory).detached();
  const accounts = (options.factories?.accountFactory ?? accountFactory).detached();
  const transactions = (options.factories?.transactionFactory ?? transactionFactory).detached();
  const liabilities = (options.factories?.liabilityFactory ?? liabilityFactory).detached();
  const profile = options.profile ?? fixtureProfile();
  const failures: LintFailure[] = [];
  const pin = (seed: number, index: number) => ({ transient: { seed, index, profile } });

  lintOne(failures, "userFactory", users, USER_TRAITS, seeds, UserSchema, (f, seed) => f.build({}, pin(seed, seed)));

  lintOne(failures, "accountFactory", accounts, ACCOUNT_TRAITS, seeds, AccountSchema, (f, seed) =>
    f.build({}, pin(seed, seed)),
  );
  lintOne(failures, "accountFactory(user)", accounts, ACCOUNT_TRAITS, seeds, AccountSchema, (f, seed) => {
    const user = users.build({}, pin(seed, seed));
    return f.build({}, { ...pin(seed, seed), associations: { user } });
  });

  lintOne(failures, "transactionFactory", transactions, TRANSACTION_TRAITS, seeds, TransactionSchema, (f, seed) =>
    f.build({}, pin(seed, seed)),
  );
  lintOne(
    failures,
    "transactionFactory(checking)",
    transactions,
    TRANSACTION_TRAITS,
    seeds,
    TransactionSchema,
    (f, seed) => {
      const account = accounts.checking().build({}, pin(seed, seed));
      return f.build({}, { ...pin(seed, seed), associations: { account } });
    },
  );

  lintOne(failures, "liabilityFactory", liabilities, LIABILITY_TRAITS, seeds, LiabilitySchema, (f, seed) =>
    f.build({}, pin(seed, seed)),
  );
  for (const kind of ["creditCard", "studentLoan"] as const) {
    lintOne(
      failures,
      `liabilityFactory(${kind})`,
      liabilities,
      LIABILITY_TRAITS.filter(([n]) => n === "overdue"),
      seeds,
      LiabilitySchema,
      (f, seed) => {
        const account = accounts[kind]().build({}, pin(seed, seed));
        return f.build({}, { ...pin(seed, seed), associations: { account } });
      },
    );
  }
  return failures;
}
