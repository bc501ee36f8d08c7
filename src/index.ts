// The public API of spendsense-fixtures (the main entry). It loads neither Prisma nor better-sqlite3:
// persistence is the `spendsense-fixtures/db` entry (src/db/index.ts), test helpers the
// `spendsense-fixtures/testing` entry (src/testing/index.ts). Only entry modules re-export across layers.

// Factories, traits and whole customers
export { userFactory } from "../factories/user-factory.ts";
export { accountFactory } from "../factories/account-factory.ts";
export { transactionFactory, TRANSACTION_KINDS } from "../factories/transaction-factory.ts";
export { liabilityFactory } from "../factories/liability-factory.ts";
export { lintFactories } from "../factories/lint.ts";
export { customerFactory, assertCustomer } from "./dataset/customer-factory.ts";
export { configureFixtures, resetFixtureConfig } from "./random/config.ts";

// Datasets and the profile they draw from
export { buildDataset, forEachCustomer } from "./dataset/build-dataset.ts";
export { DatasetOptionsSchema, DatasetOptionsError } from "./dataset/options.ts";
export { countBand, dataWindow } from "./dataset/window.ts";
export { DEFAULT_PROFILE, ProfileSchema, PROFILE_NAMES } from "./data/profile.ts";
export { SUBSCRIPTION_NAMES } from "./data/subscriptions.ts";
export { LIFE_EVENT_KINDS } from "./data/demographics.ts";

// Records: schemas (types below are inferred from them) and Plaid's category taxonomy
export { UserSchema } from "./schemas/user.ts";
export { AccountSchema } from "./schemas/account.ts";
export { TransactionSchema, isPfcPair } from "./schemas/transaction.ts";
export { LiabilitySchema } from "./schemas/liability.ts";
export { RecurringStreamSchema } from "./schemas/recurring-stream.ts";
export { LifeEventSchema } from "./schemas/life-event.ts";
export { RecordValidationError } from "./schemas/validate.ts";
export { toCents, toDollars } from "./units/money.ts";

// Integrity checks for any data, and the one shape of every problem
export {
  checkReconciliation,
  checkDailyBalances,
  checkTransferPairs,
  checkLiabilities,
  checkStreams,
} from "./quality/integrity.ts";
export { formatIssue } from "./issues/issue.ts";

export type { UserFactory, UserTransient } from "../factories/user-factory.ts";
export type { AccountFactory, AccountTransient } from "../factories/account-factory.ts";
export type { TransactionFactory, TransactionKind, TransactionTransient } from "../factories/transaction-factory.ts";
export type { LiabilityFactory, LiabilityTransient } from "../factories/liability-factory.ts";
export type { LintFailure, LintOptions } from "../factories/lint.ts";
export type { CustomerFactory, Customer, CustomerParams } from "./dataset/customer-factory.ts";
export type { FixtureConfig } from "./random/config.ts";
export type { Dataset, DatasetMeta } from "./dataset/build-dataset.ts";
export type { DatasetOptions, DatasetOptionsInput } from "./dataset/options.ts";
export type { DataWindow } from "./dataset/window.ts";
export type { Profile, ProfileData, ProfileName } from "./data/profile.ts";
export type { SubscriptionName } from "./data/subscriptions.ts";
export type { User, UserMetadata, HomeLocation, Region, LifeEventKind } from "./schemas/user.ts";
export type { Account, AccountKind } from "./schemas/account.ts";
export type { Transaction, TransactionLocation, PersonalFinanceCategory } from "./schemas/transaction.ts";
export type { Liability } from "./schemas/liability.ts";
export type { RecurringStream, StreamFrequency } from "./schemas/recurring-stream.ts";
export type { LifeEvent } from "./schemas/life-event.ts";
export type { AgeBracket, IncomeTier, LifeStage } from "./schemas/brackets.ts";
export type { Issue } from "./issues/issue.ts";
