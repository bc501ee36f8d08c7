// The public API of spendsense-fixtures. Only this module re-exports across layers.

// Schemas and types
export { AccountSchema, ACCOUNT_KINDS, type Account, type AccountKind } from "./schemas/account.ts";
export { LiabilitySchema, type Liability } from "./schemas/liability.ts";
export {
  TransactionSchema,
  PersonalFinanceCategorySchema,
  LocationSchema,
  isPfcPair,
  pfcPrimaryOf,
  type Transaction,
  type TransactionLocation,
  type PersonalFinanceCategory,
} from "./schemas/transaction.ts";
export { UserSchema, UserMetadataSchema, HomeLocationSchema, type User, type UserMetadata, type HomeLocation, type Region, type LifeEventKind } from "./schemas/user.ts";
export { ageBracketOf, incomeTierOf, lifeStageOf, type AgeBracket, type IncomeTier, type LifeStage } from "./schemas/brackets.ts";
export { RecordValidationError, checkRecord, assertRecord, formatIssues, type RecordIssue } from "./schemas/validate.ts";

// Randomness and settings
export { keyedRng, type Rng, type KeyPart } from "./random/rng.ts";
export { seededFaker } from "./random/faker.ts";
export { configureFixtures, resetFixtureConfig, fixtureConfig, DEFAULT_FIXTURE_CONFIG, type FixtureConfig } from "./random/config.ts";

// Money and dates
export { toCents, toDollars } from "./units/money.ts";

// Reference data
export { PFC_V2_PAIRS, PFC_CONFIDENCE_LEVELS } from "./data/pfc-taxonomy.ts";
export { SUBSCRIPTIONS, SUBSCRIPTION_NAMES, type SubscriptionName } from "./data/subscriptions.ts";
export { AGE_BRACKETS, INCOME_TIERS, REGIONS, LIFE_EVENT_KINDS } from "./data/demographics.ts";

// Factories
export { userFactory, UserFactory, type UserTransient } from "../factories/user-factory.ts";
export { accountFactory, AccountFactory, type AccountTransient } from "../factories/account-factory.ts";
export { transactionFactory, TransactionFactory, TRANSACTION_KINDS, type TransactionKind, type TransactionTransient } from "../factories/transaction-factory.ts";
export { liabilityFactory, LiabilityFactory, type LiabilityTransient } from "../factories/liability-factory.ts";
export { lintFactories, type LintFailure } from "../factories/lint.ts";
export { customerFactory, CustomerFactory, assertCustomer, type Customer, type CustomerParams } from "../factories/customer-factory.ts";

// Datasets
export { buildDataset, forEachCustomer, PACKAGE_VERSION, type Dataset, type DatasetMeta } from "./dataset/build-dataset.ts";
export { DatasetOptionsSchema, DatasetOptionsError, parseDatasetOptions, type DatasetOptions, type DatasetOptionsInput } from "./dataset/options.ts";
export { countBand, dataWindow, type DataWindow } from "./dataset/window.ts";
export { RecurringStreamSchema, STREAM_FREQUENCIES, STREAM_STATUSES, type RecurringStream, type StreamFrequency } from "./schemas/recurring-stream.ts";
export { LifeEventSchema, type LifeEvent } from "./schemas/life-event.ts";

// Integrity checks
export { checkReconciliation, checkDailyBalances, checkTransferPairs, checkLiabilities, checkStreams, type Problem } from "./quality/integrity.ts";
export { persistedFactories } from "../factories/persisted.ts";

// Persistence (SQLite through Prisma) and CSV
export { createPrismaClient, type PrismaClient } from "./db/client.ts";
export { databaseUrl, databaseFile, DEFAULT_DATABASE_URL } from "./db/database-url.ts";
export { migrateDatabase, committedMigrations } from "./db/migrate.ts";
export { persistDataset, type PersistCounts, type PersistOptions } from "./db/persist.ts";
export { readDataset } from "./db/read.ts";
export { loadCsv, type LoadCsvResult } from "./db/load-csv.ts";
export { tableCounts, type TableCounts } from "./db/stats.ts";
export { transactionsInMonth, spendingByCategory, accountsWithBalances, liabilitiesDueSoon } from "./db/queries.ts";
export { CsvLoadError, formatProblems } from "./csv/problems.ts";
export { readTableCsv, type CsvProblem } from "./csv/read.ts";
export { toCsv } from "./csv/write.ts";
export { TABLES, usersTable, accountsTable, transactionsTable, liabilitiesTable, recurringStreamsTable, lifeEventsTable } from "./tables/tables.ts";
export { createTestDatabase, type TestDatabase } from "./testing/database.ts";
