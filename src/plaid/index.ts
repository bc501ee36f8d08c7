// The `spendsense-fixtures/plaid` entry: this toolkit's records in the official `plaid` package's
// shapes, Plaid API responses built from a dataset, and a Mock Service Worker Plaid for app tests.
// Needs the peer dependencies `plaid` (and `msw` for `plaidHandlers`).
export { flipSign } from "./money.ts";
export { toPlaidAccount, fromPlaidAccount, openingBalanceOf, type AccountKeys } from "./accounts.ts";
export {
  toPlaidTransaction,
  fromPlaidTransaction,
  merchantEntityId,
  pfcIconUrl,
  toolkitPfc,
  type TransactionKeys,
} from "./transactions.ts";
export {
  toPlaidCreditCard,
  toPlaidStudentLoan,
  fromPlaidCreditCard,
  fromPlaidStudentLoan,
  monthsToRepay,
  STATEMENT_LEAD_DAYS,
  type LiabilityContext,
  type LiabilityKeys,
} from "./liabilities.ts";
export { toPlaidStream, fromPlaidStream, isInflow } from "./streams.ts";
export { fromPlaidUser, type PlaidUserData, type ToolkitUserRecords } from "./round-trip.ts";
export { PlaidConversionError } from "./conversion-error.ts";
export {
  plaidItems,
  accessTokenOf,
  institutionOf,
  type PlaidItem,
  type PlaidSource,
  type ItemGrouping,
} from "./items.ts";
export { INSTITUTIONS, type Institution } from "./institutions.ts";
export { MERCHANT_WEB, type MerchantWeb } from "./merchant-web.ts";
export {
  accountsGetResponse,
  transactionsGetResponse,
  transactionsGetWindow,
  transactionsSyncResponse,
  transactionsSyncNotReady,
  transactionsRecurringGetResponse,
  liabilitiesGetResponse,
  itemGetResponse,
  itemObject,
  requestIdOf,
  syncPages,
  COUNT_LIMITS,
  type TransactionsGetInput,
  type TransactionsSyncInput,
} from "./responses.ts";
export { SyncLog, encodeCursor, decodeCursor, type SyncEvent } from "./sync.ts";
export { plaidError, PlaidRequestError, ERRORS, type PlaidErrorSpec } from "./errors.ts";
export {
  createPlaidMock,
  plaidHandlers,
  PLAID_ENDPOINTS,
  type PlaidMock,
  type PlaidMockOptions,
  type PlaidEndpoint,
} from "./handlers.ts";
export {
  sandboxCustomUser,
  type SandboxCustomUser,
  type SandboxAccount,
  type SandboxLiability,
} from "./sandbox-users.ts";
export { readExportForPlaid, type ReadExportResult } from "./read-export.ts";
