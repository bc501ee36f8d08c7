// Plaid Sandbox custom users: one JSON config per user, for teams that also test against Plaid's
// real Sandbox (paste it as the password of `user_custom`, or upload it under Dashboard > Sandbox
// Users). Fields as Plaid documents them for `override_accounts`; the `plaid` package types every
// field of these objects as required, so the types here pick the documented ones from them.
import type { InflowModel, LiabilityOverride, Meta, OverrideAccounts, TransactionOverride } from "plaid";
import { OverrideAccountType } from "plaid";
import type { Account } from "../schemas/account.ts";
import type { Liability } from "../schemas/liability.ts";
import type { Transaction } from "../schemas/transaction.ts";
import type { User } from "../schemas/user.ts";
import { addDays } from "../units/dates.ts";
import { toCents } from "../units/money.ts";
import { ACCOUNT_SUBTYPE } from "./enums.ts";
import { monthsToRepay } from "./liabilities.ts";
import { flipSign } from "./money.ts";

const OVERRIDE_TYPE: Readonly<Record<Account["type"], OverrideAccountType>> = {
  depository: OverrideAccountType.Depository,
  credit: OverrideAccountType.Credit,
  loan: OverrideAccountType.Loan,
};

export type SandboxLiability = Partial<LiabilityOverride> & Pick<LiabilityOverride, "type">;

export type SandboxAccount = Pick<
  OverrideAccounts,
  "type" | "subtype" | "starting_balance" | "currency" | "transactions"
> & {
  meta: Partial<Meta> & Pick<Meta, "name" | "official_name" | "mask">;
  liability?: SandboxLiability;
  inflow_model: Pick<InflowModel, "type">;
};

export interface SandboxCustomUser {
  version: "2";
  /** Plaid seeds what it generates itself (e.g. account numbers) from this. */
  seed: string;
  override_accounts: SandboxAccount[];
}

/**
 * Days after its authorization that a pending transaction is given as posting: Plaid's Sandbox makes
 * a transaction with a future `date_posted` pending, and card authorizations post within 1-3 days.
 */
const PENDING_POSTS_AFTER_DAYS = 3;

function transactionOverride(t: Transaction): TransactionOverride {
  return {
    date_transacted: t.authorized_date ?? t.date,
    date_posted: t.pending ? addDays(t.authorized_date ?? t.date, PENDING_POSTS_AFTER_DAYS) : t.date,
    amount: flipSign(t.amount),
    description: t.name,
    currency: t.iso_currency_code,
  };
}

function liabilityOverride(l: Liability, account: Account, startDate: string): SandboxLiability {
  if (l.type === "credit_card") {
    const aprKey = (
      {
        purchase_apr: "purchase_apr",
        cash_apr: "cash_apr",
        balance_transfer_apr: "balance_transfer_apr",
        special: "special_apr",
      } as const
    )[l.apr_type ?? "purchase_apr"];
    return {
      type: "credit",
      [aprKey]: l.apr_percentage ?? 0,
      ...(l.last_payment_amount === null ? {} : { last_payment_amount: l.last_payment_amount }),
      minimum_payment_amount: l.minimum_payment_amount,
      is_overdue: l.is_overdue,
    };
  }
  // The loan as Plaid would generate it: originated at the window's start with the opening balance,
  // repaid by the loan's monthly payment over the months that takes at its rate.
  const rate = l.interest_rate_percentage ?? 0;
  const months = monthsToRepay(toCents(account.opening_balance), toCents(l.minimum_payment_amount), rate);
  return {
    type: "student",
    origination_date: startDate,
    principal: account.opening_balance,
    nominal_apr: rate,
    loan_name: account.official_name ?? account.name,
    ...(/\bDirect\b/.test(account.official_name ?? "") ? { guarantor: "DEPT OF ED", is_federal: true } : {}),
    repayment_model: { type: "standard", non_repayment_months: 0, repayment_months: months ?? 120 },
    minimum_payment_amount: l.minimum_payment_amount,
    is_overdue: l.is_overdue,
  };
}

/**
 * One user's Sandbox custom-user config: every account with its opening balance as
 * `starting_balance` (Plaid: "the account will start with this amount as the current balance"),
 * its whole history as `transactions` in Plaid's sign, its liability, and `inflow_model`
 * `none` (the history already holds every paycheck and payment; a model would add a second copy).
 *
 * @example
 * sandboxCustomUser(user, accounts, transactions, liabilities, { seed: 42, startDate: "2025-05-01" }).override_accounts[0].type; // "depository"
 */
export function sandboxCustomUser(
  user: User,
  accounts: readonly Account[],
  transactions: readonly Transaction[],
  liabilities: readonly Liability[],
  context: { seed: number | string; startDate: string },
): SandboxCustomUser {
  return {
    version: "2",
    seed: `${context.seed}-${user.user_id}`,
    override_accounts: accounts.map((a) => {
      const liability = liabilities.find((l) => l.account_id === a.account_id);
      return {
        type: OVERRIDE_TYPE[a.type],
        subtype: ACCOUNT_SUBTYPE[a.subtype],
        starting_balance: a.opening_balance,
        currency: a.iso_currency_code,
        meta: {
          name: a.name,
          official_name: a.official_name ?? a.name,
          mask: a.mask,
          ...(a.credit_limit === null ? {} : { limit: a.credit_limit }),
        },
        transactions: transactions.filter((t) => t.account_id === a.account_id).map(transactionOverride),
        ...(liability ? { liability: liabilityOverride(liability, a, context.startDate) } : {}),
        inflow_model: { type: "none" },
      };
    }),
  };
}
