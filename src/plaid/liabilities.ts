// Toolkit liabilities to Plaid's `CreditCardLiability` and `StudentLoan` and back. The toolkit
// keeps one APR per card and the loan's rate, payments and balance; the fields Plaid has beyond
// those are derived from them (see each function) or are the nulls Plaid returns when an
// institution does not report them.
import {
  type CreditCardLiability,
  type StudentLoan,
  StudentLoanStatusTypeEnum,
  StudentRepaymentPlanTypeEnum,
} from "plaid";
import type { Account } from "../schemas/account.ts";
import type { Liability } from "../schemas/liability.ts";
import type { Transaction } from "../schemas/transaction.ts";
import { addDays, daysBetween } from "../units/dates.ts";
import { toCents, toDollars } from "../units/money.ts";
import { LIABILITIES } from "../data/liabilities.ts";
import { unsupported } from "./conversion-error.ts";
import { addMonths } from "./dates.ts";
import { APR_TYPE, keyOf } from "./enums.ts";

/** A statement is issued this many days before its due date (`LIABILITIES.statementLeadDays`). */
export const STATEMENT_LEAD_DAYS: number = LIABILITIES.statementLeadDays;

const isInterestCharge = (t: Transaction) => t.personal_finance_category.detailed === "BANK_FEES_INTEREST_CHARGE";

/**
 * The card's interest charge on the last statement (`statementDate`, else the latest up to `asOf`) and
 * the balance it was charged on (what was owed at the end of that statement day before the charge), in
 * cents, replayed back from the current balance.
 */
function lastInterestCharge(
  ctx: Required<Pick<LiabilityContext, "account" | "transactions" | "asOf">>,
  statementDate: string | null,
): { interestCents: number; subjectCents: number } | null {
  // Posted transactions only: current_balance leaves pending ones out, and interest is on the posted balance.
  const own = ctx.transactions.filter(
    (t) => t.account_id === ctx.account.account_id && t.date <= ctx.asOf && !t.pending,
  );
  const charges = own.filter(isInterestCharge);
  const last =
    charges.find((t) => t.date === statementDate) ??
    charges.reduce<Transaction | null>((a, t) => (a === null || t.date >= a.date ? t : a), null);
  if (last === null) return null;
  const interestCents = -toCents(last.amount);
  // Owed at the end of the statement day, then less the charge (interest posts after the day's other activity).
  let owed = toCents(ctx.account.current_balance);
  for (const t of own) if (t.date > last.date) owed += toCents(t.amount);
  return { interestCents, subjectCents: owed - interestCents };
}

/** What the liability views need besides the liability: the window and the account with its transactions. */
export interface LiabilityContext {
  /** The first and last day of the data window (`YYYY-MM-DD`); `asOf` is the day the balances describe. */
  startDate: string;
  asOf: string;
  account: Account;
  /** The account's transactions (toolkit sign). */
  transactions: readonly Transaction[];
}

function statementIssueDate(dueDate: string | null, asOf: string): string | null {
  if (dueDate === null) return null;
  const issued = addDays(dueDate, -STATEMENT_LEAD_DAYS);
  return issued < asOf ? issued : asOf;
}

/**
 * A credit card liability as Plaid's `CreditCardLiability`. Its one APR becomes `aprs[0]`. Given the
 * card's account and transactions, `interest_charge_amount` is the interest charge the ledger posted on
 * the last statement day (the latest, when none that day) and `balance_subject_to_apr` the balance it
 * was charged on (0 and
 * 0 when the card was never charged: paid in full). Without them, the balance subject to the APR is the
 * statement balance (the card revolves unless the last payment covered the statement) and the charge
 * is one month of the APR on it.
 *
 * @example
 * toPlaidCreditCard(l, ctx).aprs[0]; // { apr_type: "purchase_apr", apr_percentage: 22.92, balance_subject_to_apr: 4427.23, interest_charge_amount: 84.56 }
 */
export function toPlaidCreditCard(
  l: Liability,
  ctx: Pick<LiabilityContext, "asOf"> & Partial<Pick<LiabilityContext, "account" | "transactions">>,
): CreditCardLiability {
  if (l.type !== "credit_card" || l.apr_percentage === null || l.apr_type === null)
    unsupported(["type"], "not a credit card liability");
  const statementCents = Math.max(0, toCents(l.last_statement_balance ?? 0));
  const paidInFull = l.last_payment_amount !== null && toCents(l.last_payment_amount) >= statementCents;
  let subjectCents = paidInFull ? 0 : statementCents;
  let interestCents = Math.round((subjectCents * l.apr_percentage) / 100 / 12);
  if (ctx.account && ctx.transactions) {
    const charged = lastInterestCharge(
      { account: ctx.account, transactions: ctx.transactions, asOf: ctx.asOf },
      statementIssueDate(l.next_payment_due_date, ctx.asOf),
    );
    subjectCents = charged?.subjectCents ?? 0;
    interestCents = charged?.interestCents ?? 0;
  }
  return {
    account_id: l.account_id,
    aprs: [
      {
        apr_percentage: l.apr_percentage,
        apr_type: APR_TYPE[l.apr_type],
        balance_subject_to_apr: toDollars(subjectCents),
        interest_charge_amount: toDollars(interestCents),
      },
    ],
    is_overdue: l.is_overdue,
    last_payment_amount: l.last_payment_amount,
    last_payment_date: l.last_payment_date,
    last_statement_issue_date: statementIssueDate(l.next_payment_due_date, ctx.asOf),
    last_statement_balance: l.last_statement_balance,
    minimum_payment_amount: l.minimum_payment_amount,
    next_payment_due_date: l.next_payment_due_date,
  };
}

/** Months of `paymentCents` needed to repay `balanceCents` at `annualRatePercent`, or null if the payment never covers the interest. */
export function monthsToRepay(balanceCents: number, paymentCents: number, annualRatePercent: number): number | null {
  if (balanceCents <= 0) return 0;
  const r = annualRatePercent / 100 / 12;
  if (r === 0) return Math.ceil(balanceCents / paymentCents);
  if (paymentCents <= balanceCents * r) return null;
  return Math.ceil(-Math.log(1 - (r * balanceCents) / paymentCents) / Math.log(1 + r));
}

/**
 * A student loan liability as Plaid's `StudentLoan`, every field present:
 * - `expected_payoff_date` amortizes the current balance at the loan's rate with its monthly
 *   payment, from the next due date; `loan_status` is `repayment` until then (`paid in full`,
 *   with no next due date, at a zero balance).
 * - `outstanding_interest_amount` is the simple interest accrued since the last payment.
 * - The ledger accrues a month's interest (`BANK_FEES_INTEREST_CHARGE`) just before each payment, which
 *   covers it first. `ytd_interest_paid` sums those charges in the as-of year; `ytd_principal_paid` is
 *   the year's payments less that interest. Months of that year before the window count the loan's
 *   fixed monthly payment, split at the window's opening balance (a month's interest on it).
 * - Origination, disbursement, account number, servicer address and PSLF are not modelled: null.
 */
export function toPlaidStudentLoan(l: Liability, ctx: LiabilityContext): StudentLoan {
  if (l.type !== "student_loan" || l.interest_rate_percentage === null)
    unsupported(["type"], "not a student loan liability");
  const rate = l.interest_rate_percentage;
  const balanceCents = toCents(ctx.account.current_balance);
  const paymentCents = toCents(l.minimum_payment_amount);
  const paidOff = balanceCents <= 0;
  const months = monthsToRepay(balanceCents, paymentCents, rate);
  const payoff = paidOff
    ? l.last_payment_date
    : months === null || l.next_payment_due_date === null
      ? null
      : addMonths(l.next_payment_due_date, months - 1);
  const accruedDays = l.last_payment_date === null ? null : Math.max(0, daysBetween(l.last_payment_date, ctx.asOf));
  const year = ctx.asOf.slice(0, 4);
  let ytdCents = 0;
  let ytdInterestCents = 0;
  for (const t of ctx.transactions) {
    if (t.account_id !== l.account_id || !t.date.startsWith(year) || t.date > ctx.asOf) continue;
    if (t.amount > 0) ytdCents += toCents(t.amount);
    else if (isInterestCharge(t)) ytdInterestCents -= toCents(t.amount);
  }
  const yearStart = `${year}-01-01`;
  if (ctx.startDate > yearStart) {
    const [, startMonth] = ctx.startDate.split("-").map(Number) as [number, number];
    const months = startMonth - 1;
    const monthInterest = Math.min(paymentCents, Math.round((toCents(ctx.account.opening_balance) * rate) / 100 / 12));
    ytdCents += months * paymentCents;
    ytdInterestCents += months * monthInterest;
  }
  const federal = /\bDirect\b/.test(ctx.account.official_name ?? "");
  return {
    account_id: l.account_id,
    account_number: null,
    disbursement_dates: null,
    expected_payoff_date: payoff,
    guarantor: federal ? "DEPT OF ED" : null,
    interest_rate_percentage: rate,
    is_overdue: l.is_overdue,
    last_payment_amount: l.last_payment_amount,
    last_payment_date: l.last_payment_date,
    last_statement_issue_date: paidOff ? null : statementIssueDate(l.next_payment_due_date, ctx.asOf),
    last_statement_balance: l.last_statement_balance,
    loan_name: ctx.account.official_name,
    loan_status: paidOff
      ? { type: StudentLoanStatusTypeEnum.PaidInFull, end_date: l.last_payment_date }
      : { type: StudentLoanStatusTypeEnum.Repayment, end_date: payoff },
    minimum_payment_amount: l.minimum_payment_amount,
    next_payment_due_date: paidOff ? null : l.next_payment_due_date,
    origination_date: null,
    origination_principal_amount: null,
    outstanding_interest_amount:
      accruedDays === null ? null : toDollars(Math.round((balanceCents * rate * accruedDays) / 100 / 365)),
    payment_reference_number: null,
    pslf_status: { estimated_eligibility_date: null, payments_made: null, payments_remaining: null },
    repayment_plan: { type: StudentRepaymentPlanTypeEnum.Standard, description: "Standard Repayment" },
    sequence_number: null,
    servicer_address: { city: null, region: null, street: null, postal_code: null, country: null },
    ytd_interest_paid: toDollars(ytdInterestCents),
    ytd_principal_paid: toDollars(Math.max(0, ytdCents - ytdInterestCents)),
  };
}

/** The toolkit keys Plaid's liabilities have no field for. */
export interface LiabilityKeys {
  liability_id: string;
  user_id: string;
}

/** Plaid's `CreditCardLiability` back as a toolkit liability (its first APR). */
export function fromPlaidCreditCard(p: CreditCardLiability, keys: LiabilityKeys): Liability {
  const apr = p.aprs[0] ?? unsupported(["aprs"], "at least one APR is required");
  return {
    liability_id: keys.liability_id,
    account_id: p.account_id ?? unsupported(["account_id"], "an account_id is required"),
    user_id: keys.user_id,
    type: "credit_card",
    apr_percentage: apr.apr_percentage,
    apr_type:
      keyOf(APR_TYPE, apr.apr_type) ?? unsupported(["aprs", 0, "apr_type"], `apr_type ${apr.apr_type} is not modelled`),
    interest_rate_percentage: null,
    minimum_payment_amount:
      p.minimum_payment_amount ?? unsupported(["minimum_payment_amount"], "a minimum payment is required"),
    last_payment_amount: p.last_payment_amount,
    last_payment_date: p.last_payment_date,
    last_statement_balance: p.last_statement_balance,
    next_payment_due_date: p.next_payment_due_date,
    is_overdue: p.is_overdue ?? false,
  };
}

/**
 * Plaid's `StudentLoan` back as a toolkit liability. A paid-off loan's next due date is null in
 * Plaid; the toolkit's own is not recoverable then, and comes back null.
 */
export function fromPlaidStudentLoan(p: StudentLoan, keys: LiabilityKeys): Liability {
  return {
    liability_id: keys.liability_id,
    account_id: p.account_id ?? unsupported(["account_id"], "an account_id is required"),
    user_id: keys.user_id,
    type: "student_loan",
    apr_percentage: null,
    apr_type: null,
    interest_rate_percentage: p.interest_rate_percentage,
    minimum_payment_amount:
      p.minimum_payment_amount ?? unsupported(["minimum_payment_amount"], "a minimum payment is required"),
    last_payment_amount: p.last_payment_amount,
    last_payment_date: p.last_payment_date,
    last_statement_balance: p.last_statement_balance ?? null,
    next_payment_due_date: p.next_payment_due_date,
    is_overdue: p.is_overdue ?? false,
  };
}
