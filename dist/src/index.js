// The public API of spendsense-fixtures (the main entry). It loads neither Prisma nor better-sqlite3:
// persistence is the `spendsense-fixtures/db` entry (src/db/index.ts), test helpers the
// `spendsense-fixtures/testing` entry (src/testing/index.ts). Only entry modules re-export across layers.
// Factories, traits and whole customers
export { userFactory } from "../factories/user-factory.js";
export { accountFactory } from "../factories/account-factory.js";
export { transactionFactory, TRANSACTION_KINDS } from "../factories/transaction-factory.js";
export { liabilityFactory } from "../factories/liability-factory.js";
export { lintFactories } from "../factories/lint.js";
export { customerFactory, assertCustomer } from "./dataset/customer-factory.js";
export { configureFixtures, resetFixtureConfig } from "./random/config.js";
// Datasets and the profile they draw from
export { buildDataset, forEachCustomer } from "./dataset/build-dataset.js";
export { DatasetOptionsSchema, DatasetOptionsError } from "./dataset/options.js";
export { countBand, dataWindow } from "./dataset/window.js";
export { DEFAULT_PROFILE, ProfileSchema, PROFILE_NAMES } from "./data/profile.js";
export { SUBSCRIPTION_NAMES } from "./data/subscriptions.js";
export { LIFE_EVENT_KINDS } from "./data/demographics.js";
// Records: schemas (types below are inferred from them) and Plaid's category taxonomy
export { UserSchema } from "./schemas/user.js";
export { AccountSchema } from "./schemas/account.js";
export { TransactionSchema, isPfcPair } from "./schemas/transaction.js";
export { LiabilitySchema } from "./schemas/liability.js";
export { RecurringStreamSchema } from "./schemas/recurring-stream.js";
export { LifeEventSchema } from "./schemas/life-event.js";
export { RecordValidationError } from "./schemas/validate.js";
export { toCents, toDollars } from "./units/money.js";
// Integrity checks for any data, and the one shape of every problem
export { checkReconciliation, checkDailyBalances, checkTransferPairs, checkLiabilities, checkStreams } from "./quality/integrity.js";
export { formatIssue } from "./issues/issue.js";
//# sourceMappingURL=index.js.map