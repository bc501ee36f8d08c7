// Toolkit accounts to Plaid's `AccountBase` (balances nested) and back.
import { type AccountBase, AccountType, type Transaction as PlaidTransaction } from "plaid";
import type { Account } from "../schemas/account.ts";
import { toCents, toDollars } from "../units/money.ts";
import { unsupported } from "./conversion-error.ts";
import { ACCOUNT_SUBTYPE, ACCOUNT_TYPE, keyOf } from "./enums.ts";

/**
 * One toolkit account as Plaid's `AccountBase`. The balances already mean what Plaid's mean
 * (credit and loan `current` is the positive amount owed; a card's `available` is limit minus owed),
 * so they move into `balances` unchanged.
 *
 * @example
 * toPlaidAccount(card).balances; // { current: 4427.23, available: 3572.77, limit: 8000, ... }
 */
export function toPlaidAccount(a: Account): AccountBase {
  return {
    account_id: a.account_id,
    balances: {
      available: a.available_balance,
      current: a.current_balance,
      limit: a.credit_limit,
      iso_currency_code: a.iso_currency_code,
      unofficial_currency_code: null,
    },
    mask: a.mask,
    name: a.name,
    official_name: a.official_name,
    type: ACCOUNT_TYPE[a.type],
    subtype: ACCOUNT_SUBTYPE[a.subtype],
  };
}

/**
 * The balance at the start of the window, replayed from the end balance and the account's Plaid
 * transactions: a positive Plaid amount lowers a depository balance and raises an amount owed.
 */
export function openingBalanceOf(account: AccountBase, transactions: readonly PlaidTransaction[]): number {
  const current = account.balances.current ?? unsupported(["balances", "current"], "a current balance is required");
  let sum = 0;
  for (const t of transactions) if (t.account_id === account.account_id && !t.pending) sum += toCents(t.amount);
  return toDollars(account.type === AccountType.Depository ? toCents(current) + sum : toCents(current) - sum);
}

/** The toolkit keys an `AccountBase` has no field for. */
export interface AccountKeys {
  user_id: string;
  /** See `openingBalanceOf`. */
  opening_balance: number;
}

/** A Plaid `AccountBase` back as a toolkit account; throws `PlaidConversionError` for what the toolkit does not model. */
export function fromPlaidAccount(p: AccountBase, keys: AccountKeys): Account {
  const type = keyOf(ACCOUNT_TYPE, p.type) ?? unsupported(["type"], `account type ${p.type} is not modelled`);
  const subtype =
    keyOf(ACCOUNT_SUBTYPE, p.subtype) ??
    unsupported(["subtype"], `account subtype ${String(p.subtype)} is not modelled`);
  if (p.balances.iso_currency_code !== "USD")
    unsupported(["balances", "iso_currency_code"], `only USD is modelled, got ${String(p.balances.iso_currency_code)}`);
  return {
    account_id: p.account_id,
    user_id: keys.user_id,
    type,
    subtype,
    name: p.name,
    official_name: p.official_name,
    mask: p.mask ?? unsupported(["mask"], "a mask is required"),
    current_balance: p.balances.current ?? unsupported(["balances", "current"], "a current balance is required"),
    available_balance: p.balances.available,
    credit_limit: p.balances.limit,
    iso_currency_code: "USD",
    opening_balance: keys.opening_balance,
  };
}
