// The toolkit's Plaid strings mapped to the `plaid` package's enum members. Plaid's generated enums
// are nominal TypeScript enums ('in store' is not assignable to TransactionPaymentChannelEnum), so
// the boundary goes through these tables instead of casts.
import {
  AccountSubtype,
  AccountType,
  APRAprTypeEnum,
  CounterpartyType,
  RecurringTransactionFrequency,
  TransactionPaymentChannelEnum,
  TransactionStreamStatus,
  TransactionTransactionTypeEnum,
} from "plaid";
import type { Account } from "../schemas/account.ts";
import type { PaymentChannelName } from "../schemas/common.ts";
import type { Liability } from "../schemas/liability.ts";
import type { RecurringStream } from "../schemas/recurring-stream.ts";

export type CounterpartyKind = `${CounterpartyType}`;

export const ACCOUNT_TYPE: Readonly<Record<Account["type"], AccountType>> = {
  depository: AccountType.Depository,
  credit: AccountType.Credit,
  loan: AccountType.Loan,
};

export const ACCOUNT_SUBTYPE: Readonly<Record<Account["subtype"], AccountSubtype>> = {
  checking: AccountSubtype.Checking,
  savings: AccountSubtype.Savings,
  "credit card": AccountSubtype.CreditCard,
  student: AccountSubtype.Student,
};

export const PAYMENT_CHANNEL: Readonly<Record<PaymentChannelName, TransactionPaymentChannelEnum>> = {
  online: TransactionPaymentChannelEnum.Online,
  "in store": TransactionPaymentChannelEnum.InStore,
  other: TransactionPaymentChannelEnum.Other,
};

/** The deprecated `transaction_type` Plaid still sends, implied by the channel. */
export const TRANSACTION_TYPE: Readonly<Record<PaymentChannelName, TransactionTransactionTypeEnum>> = {
  online: TransactionTransactionTypeEnum.Digital,
  "in store": TransactionTransactionTypeEnum.Place,
  other: TransactionTransactionTypeEnum.Special,
};

export const APR_TYPE: Readonly<Record<NonNullable<Liability["apr_type"]>, APRAprTypeEnum>> = {
  balance_transfer_apr: APRAprTypeEnum.BalanceTransferApr,
  cash_apr: APRAprTypeEnum.CashApr,
  purchase_apr: APRAprTypeEnum.PurchaseApr,
  special: APRAprTypeEnum.Special,
};

export const FREQUENCY: Readonly<Record<RecurringStream["frequency"], RecurringTransactionFrequency>> = {
  UNKNOWN: RecurringTransactionFrequency.Unknown,
  WEEKLY: RecurringTransactionFrequency.Weekly,
  BIWEEKLY: RecurringTransactionFrequency.Biweekly,
  SEMI_MONTHLY: RecurringTransactionFrequency.SemiMonthly,
  MONTHLY: RecurringTransactionFrequency.Monthly,
  ANNUALLY: RecurringTransactionFrequency.Annually,
};

export const STREAM_STATUS: Readonly<Record<RecurringStream["status"], TransactionStreamStatus>> = {
  UNKNOWN: TransactionStreamStatus.Unknown,
  MATURE: TransactionStreamStatus.Mature,
  EARLY_DETECTION: TransactionStreamStatus.EarlyDetection,
  TOMBSTONED: TransactionStreamStatus.Tombstoned,
};

export const COUNTERPARTY_TYPE: Readonly<Record<CounterpartyKind, CounterpartyType>> = {
  merchant: CounterpartyType.Merchant,
  financial_institution: CounterpartyType.FinancialInstitution,
  payment_app: CounterpartyType.PaymentApp,
  marketplace: CounterpartyType.Marketplace,
  payment_terminal: CounterpartyType.PaymentTerminal,
  income_source: CounterpartyType.IncomeSource,
};

/** The key of `table` whose value is `value`, or undefined: the way back from a Plaid enum. */
export function keyOf<K extends string, V>(table: Readonly<Record<K, V>>, value: V): K | undefined {
  for (const key of Object.keys(table) as K[]) if (table[key] === value) return key;
  return undefined;
}
