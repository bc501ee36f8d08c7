// One customer as a consistent graph: the user, their accounts, a reconciled ledger of
// transactions, liabilities that match it, and the ground truth (recurring streams, life events).
// A customer depends only on (seed, index, window, traits): datasets are prefix-stable.
import type { DeepPartial } from "fishery";
import { accountFactory } from "../../factories/account-factory.ts";
import { userFactory } from "../../factories/user-factory.ts";
import { CREDIT_CARD_COUNT_WEIGHTS, STUDENT_LOAN_CHANCE } from "../data/demographics.ts";
import { keyedRng } from "../random/rng.ts";
import { withBalance } from "../rules/account.ts";
import { drawLiability } from "../rules/liability.ts";
import { populationSlot } from "../rules/population.ts";
import type { UserWishes } from "../rules/user.ts";
import type { Account, AccountKind } from "../schemas/account.ts";
import type { Liability } from "../schemas/liability.ts";
import type { LifeEvent } from "../schemas/life-event.ts";
import type { RecurringStream } from "../schemas/recurring-stream.ts";
import type { Transaction } from "../schemas/transaction.ts";
import type { User } from "../schemas/user.ts";
import { fromDay } from "../units/dates.ts";
import { toDollars } from "../units/money.ts";
import { runLedger, type LedgerResult } from "./ledger.ts";
import { type CustomerAccounts, type CustomerPlan, planCustomer } from "./plan.ts";
import { buildStreams, streamPlans } from "./streams.ts";
import { countBand, type DataWindow } from "./window.ts";

export interface Customer {
  user: User;
  accounts: Account[];
  transactions: Transaction[];
  liabilities: Liability[];
  recurringStreams: RecurringStream[];
  lifeEvents: LifeEvent[];
}

export interface CustomerInput {
  seed: number;
  index: number;
  window: DataWindow;
  /** Traits, as `userFactory` takes them. */
  wishes?: UserWishes;
  /** Overrides for the user record. */
  user?: DeepPartial<User>;
}

/** Accounts per customer are keyed `index * ACCOUNT_KEY_STRIDE + n`. */
const ACCOUNT_KEY_STRIDE = 10;
const MAX_ATTEMPTS = 6;

function openAccounts(input: CustomerInput, user: User): CustomerAccounts & { all: Account[]; subscriptions: number } {
  const { seed, index } = input;
  const rng = keyedRng(seed, "holdings", index);
  const slot = populationSlot(seed, index);
  const m = user.metadata;
  const hasLoan = slot.ageBracket === m.age_bracket ? slot.hasStudentLoan : rng.chance(STUDENT_LOAN_CHANCE[m.age_bracket]);
  const weights = CREDIT_CARD_COUNT_WEIGHTS[m.income_bracket];
  const cardCount = rng.weighted([0, 1, 2, 3], (n) => weights[n] ?? 0);
  const subscriptions = slot.hasSubscriptions ? rng.int(1, 3) : 0;

  let n = 0;
  const open = (kind: AccountKind) =>
    accountFactory.build({}, { transient: { seed, index: index * ACCOUNT_KEY_STRIDE + n++, kind }, associations: { user } });
  const checking = open("checking");
  const savings = slot.hasSavings ? open("savings") : null;
  const cards = Array.from({ length: cardCount }, () => open("credit_card"));
  const loan = hasLoan ? open("student_loan") : null;
  const all = [checking, ...(savings ? [savings] : []), ...cards, ...(loan ? [loan] : [])];
  return { checking, savings, cards, loan, all, subscriptions };
}

/**
 * Build one customer. Pure: the same input gives the same customer.
 *
 * @example
 * const c = buildCustomer({ seed: 42, index: 1, window: dataWindow("2025-05-01", "2025-10-31") });
 * c.transactions.length; // between 150 and 200
 */
export function buildCustomer(input: CustomerInput): Customer {
  const { seed, index, window } = input;
  const user = userFactory.build(input.user ?? {}, {
    transient: { ...input.wishes, seed, index, window: { startDate: window.startDate, endDate: window.endDate } },
  });
  const accounts = openAccounts(input, user);
  const band = countBand(window);

  let plan: CustomerPlan | null = null;
  let ledger: LedgerResult | null = null;
  let lastReason = "";
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    plan = planCustomer({ seed, index, attempt, user, accounts, window, subscriptions: accounts.subscriptions });
    ledger = runLedger(keyedRng(seed, "ledger", index, attempt), accounts, plan.events, user.metadata.home);
    const count = ledger.transactions.length;
    if (ledger.ok && count >= band.min && count <= band.max) break;
    lastReason = ledger.ok ? `${count} transactions, outside ${band.min}-${band.max}` : (ledger.reason ?? "unknown");
    plan = null;
  }
  if (plan === null || ledger === null) {
    throw new Error(`buildCustomer: no consistent ledger for ${user.user_id} (seed ${seed}) after ${MAX_ATTEMPTS} attempts: ${lastReason}`);
  }

  // Stable sort: same-day transactions keep the ledger's order (inflows first).
  const transactions = ledger.transactions
    .map((t, i) => ({ t, i }))
    .sort((a, b) => (a.t.date < b.t.date ? -1 : a.t.date > b.t.date ? 1 : a.i - b.i))
    .map(({ t }) => t);

  const finalAccounts: Account[] = [withBalance(accounts.checking, ledger.checkingCents)];
  if (accounts.savings && ledger.savingsCents !== null) finalAccounts.push(withBalance(accounts.savings, ledger.savingsCents));
  accounts.cards.forEach((card, c) => finalAccounts.push(withBalance(card, ledger.cardCents[c] as number)));
  if (accounts.loan && ledger.loanCents !== null) finalAccounts.push(withBalance(accounts.loan, ledger.loanCents));

  const liabilities: Liability[] = [];
  accounts.cards.forEach((card, c) => {
    const overdueDay = plan.overdueDueDay[c] ?? null;
    const payment = ledger.lastCardPayment[c] ?? null;
    const liability = drawLiability({
      rng: keyedRng(seed, "liability", index, c),
      type: "credit_card",
      accountId: card.account_id,
      userId: user.user_id,
      balanceCents: ledger.cardCents[c] as number,
      asOf: window.endDate,
      overdue: overdueDay !== null,
      lastPayment: payment ? { amountCents: payment.cents, date: fromDay(payment.day) } : null,
    });
    liability.next_payment_due_date = fromDay(overdueDay ?? (plan.cardNextDue[c] as number));
    if (!payment) {
      liability.last_payment_amount = null;
      liability.last_payment_date = null;
    }
    liabilities.push(liability);
  });
  if (accounts.loan && ledger.loanCents !== null) {
    const payment = ledger.lastLoanPayment;
    const liability = drawLiability({
      rng: keyedRng(seed, "liability", index, "loan"),
      type: "student_loan",
      accountId: accounts.loan.account_id,
      userId: user.user_id,
      balanceCents: ledger.loanCents,
      asOf: window.endDate,
      overdue: false,
      lastPayment: payment ? { amountCents: payment.cents, date: fromDay(payment.day) } : null,
      minimumPaymentCents: plan.loanPaymentCents ?? undefined,
    });
    if (plan.loanNextDue !== null) liability.next_payment_due_date = fromDay(plan.loanNextDue);
    if (!payment) {
      liability.last_payment_amount = null;
      liability.last_payment_date = null;
    }
    liabilities.push(liability);
  }

  const lifeEvents: LifeEvent[] = plan.lifeEvents.map((e) => ({
    life_event_id: e.id,
    user_id: user.user_id,
    kind: e.kind,
    start_date: fromDay(e.startDay),
    end_date: fromDay(e.endDay),
    amount: toDollars(e.cents),
    transaction_ids: ledger.lifeEventTransactions.get(e.id) ?? [],
  }));

  return {
    user,
    accounts: finalAccounts,
    transactions,
    liabilities,
    recurringStreams: buildStreams(transactions, streamPlans(plan.events), window.endDay),
    lifeEvents,
  };
}

