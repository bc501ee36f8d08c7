// One customer as a consistent graph: the user, their accounts, a reconciled ledger of
// transactions, liabilities that match it, and the ground truth (recurring streams, life events).
// A customer depends only on (profile, seed, index, window, traits): datasets are prefix-stable.
import type { DeepPartial } from "fishery";
import { userFactory } from "../../factories/user-factory.ts";
import { DEFAULT_PROFILE, type ProfileData } from "../data/profile.ts";
import { keyedRng } from "../random/rng.ts";
import { drawAccount, drawStrained, strainedCheckingCents, withBalance, withOpeningBalance } from "../rules/account.ts";
import { drawLiability } from "../rules/liability.ts";
import { populationSlot } from "../rules/population.ts";
import { drawUser, type UserWishes } from "../rules/user.ts";
import type { Account, AccountKind } from "../schemas/account.ts";
import type { Liability } from "../schemas/liability.ts";
import type { LifeEvent } from "../schemas/life-event.ts";
import type { RecurringStream } from "../schemas/recurring-stream.ts";
import type { Transaction } from "../schemas/transaction.ts";
import type { User } from "../schemas/user.ts";
import { fromDay } from "../units/dates.ts";
import { toCents, toDollars } from "../units/money.ts";
import { type LedgerResult, runLedger } from "./ledger.ts";
import { type CustomerAccounts, type CustomerPlan, planCustomer } from "./plan.ts";
import { buildStreams } from "./streams.ts";
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
  /** The numbers to draw from (default: the spec's). */
  profile?: ProfileData;
  /** Traits, as `userFactory` takes them. */
  wishes?: UserWishes;
  /** Overrides for the user record. */
  user?: DeepPartial<User>;
}

/** Accounts per customer are keyed `index * ACCOUNT_KEY_STRIDE + n`. */
const ACCOUNT_KEY_STRIDE = 10;

type OpenAccounts = CustomerAccounts & { all: Account[]; subscriptions: number; strained: boolean };

function openAccounts(profile: ProfileData, input: CustomerInput, user: User): OpenAccounts {
  const { seed, index } = input;
  const rng = keyedRng(seed, "holdings", index);
  const slot = populationSlot(seed, index, profile.population);
  const m = user.metadata;
  const rules = profile.accounts;
  const hasLoan =
    slot.ageBracket === m.age_bracket ? slot.hasStudentLoan : rng.chance(rules.studentLoanChanceByAge[m.age_bracket]);
  const weights = rules.cardCountWeights[m.income_bracket];
  const cardCount = rng.weighted([0, 1, 2, 3], (n) => weights[n] ?? 0);
  const subscriptions = slot.hasSubscriptions
    ? rng.int(rules.subscriptionsPerSubscriber.min, rules.subscriptionsPerSubscriber.max)
    : 0;

  let n = 0;
  // The rule accountFactory builds with (it adds parameter merging and validation the dataset does
  // not need: its records are checked by the quality pass).
  const open = (kind: AccountKind) =>
    drawAccount({
      profile,
      rng: keyedRng(seed, "account", index * ACCOUNT_KEY_STRIDE + n++),
      kind,
      userId: user.user_id,
      income: m.income,
    });
  let checking = open("checking");
  const savings = slot.hasSavings ? open("savings") : null;
  // Money stress (`BUDGET.stress`): drawn from its own key so the other draws stay as they were.
  const stressRng = keyedRng(seed, "stress", index);
  const strained = drawStrained(profile, stressRng, savings !== null);
  if (strained) checking = withOpeningBalance(checking, strainedCheckingCents(profile, stressRng, m.income));
  const cards = Array.from({ length: cardCount }, () => open("credit_card"));
  const loan = hasLoan ? open("student_loan") : null;
  const all = [checking, ...(savings ? [savings] : []), ...cards, ...(loan ? [loan] : [])];
  return { checking, savings, cards, loan, all, subscriptions, strained };
}

/**
 * A strained customer's accounts for a re-plan: checking opens higher by a share of
 * `BUDGET.stress.replanBufferMonths` of income, all of it once re-plans are fully frugal, so a plan
 * whose bills the low balance could not carry becomes feasible.
 */
function strainedRetry(profile: ProfileData, accounts: OpenAccounts, user: User, attempt: number): OpenAccounts {
  const monthlyCents = (user.metadata.income * 100) / 12;
  if (attempt === profile.budget.replan.maxAttempts - 1) {
    // The last re-plan: no longer strained, and checking opens higher by `lastResortBufferMonths` of
    // income, so that the few customers whose bills no frugal plan could carry (a high rent burden, a
    // large one-off expense with no card or savings) still get a consistent ledger.
    const extra = Math.round(profile.budget.replan.lastResortBufferMonths * monthlyCents);
    return withCheckingOpening({ ...accounts, strained: false }, toCents(accounts.checking.opening_balance) + extra);
  }
  if (!accounts.strained || attempt === 0) return accounts;
  const share = Math.min(1, attempt / profile.budget.replan.fullyFrugalAt);
  const extra = Math.round(share * profile.budget.stress.replanBufferMonths * monthlyCents);
  return withCheckingOpening(accounts, toCents(accounts.checking.opening_balance) + extra);
}

function withCheckingOpening(accounts: OpenAccounts, cents: number): OpenAccounts {
  const checking = withOpeningBalance(accounts.checking, cents);
  return { ...accounts, checking, all: accounts.all.map((a) => (a === accounts.checking ? checking : a)) };
}

/** Plan and replay until a ledger is consistent and inside the count band, each re-plan more frugal. */
function consistentLedger(
  profile: ProfileData,
  input: CustomerInput,
  user: User,
  opened: OpenAccounts,
): { plan: CustomerPlan; ledger: LedgerResult; accounts: OpenAccounts } {
  const { seed, index, window } = input;
  const band = countBand(window, profile.budget.countBand);
  let lastReason = "";
  for (let attempt = 0; attempt < profile.budget.replan.maxAttempts; attempt++) {
    const cushioned = strainedRetry(profile, opened, user, attempt);
    const plan = planCustomer({
      profile,
      seed,
      index,
      attempt,
      user,
      accounts: cushioned,
      window,
      subscriptions: cushioned.subscriptions,
      strained: cushioned.strained,
    });
    const accounts =
      plan.checkingOpeningCents === null ? cushioned : withCheckingOpening(cushioned, plan.checkingOpeningCents);
    const ledger = runLedger(
      keyedRng(seed, "ledger", index, attempt),
      profile,
      accounts,
      plan.events,
      user.metadata.home,
    );
    const count = ledger.transactions.length;
    if (ledger.ok && count >= band.min && count <= band.max) return { plan, ledger, accounts };
    lastReason = ledger.ok ? `${count} transactions, outside ${band.min}-${band.max}` : (ledger.reason ?? "unknown");
  }
  throw new Error(
    `buildCustomer: no consistent ledger for ${user.user_id} (seed ${seed}) after ${profile.budget.replan.maxAttempts} attempts: ${lastReason}`,
  );
}

/** One liability per card and loan, drawn from the ledger's facts: balance, latest payment, due dates. */
function liabilitiesOf(
  profile: ProfileData,
  input: CustomerInput,
  user: User,
  accounts: OpenAccounts,
  plan: CustomerPlan,
  ledger: LedgerResult,
): Liability[] {
  const { seed, index, window } = input;
  const lastPayment = (account: Account) => {
    const payment = ledger.lastPayment.get(account.account_id);
    return payment ? { amountCents: payment.cents, date: fromDay(payment.day) } : null;
  };
  const common = { profile, userId: user.user_id, income: user.metadata.income, asOf: window.endDate };
  const pending = pendingByAccount(ledger.transactions);
  const liabilities = accounts.cards.map((card, c) => {
    const overdueDay = plan.overdueDueDay[c] ?? null;
    return drawLiability({
      ...common,
      rng: keyedRng(seed, "liability", index, c),
      type: "credit_card",
      accountId: card.account_id,
      // The amount owed as the card reports it: pending purchases are not in it yet.
      balanceCents: ledger.balances.of(card) + (pending.get(card.account_id) ?? 0),
      aprPercent: plan.terms.cardAprs[c] as number,
      overdue: overdueDay !== null,
      lastPayment: lastPayment(card),
      nextDueDate: fromDay(overdueDay ?? (plan.cardNextDue[c] as number)),
    });
  });
  if (accounts.loan) {
    liabilities.push(
      drawLiability({
        ...common,
        rng: keyedRng(seed, "liability", index, "loan"),
        type: "student_loan",
        accountId: accounts.loan.account_id,
        balanceCents: ledger.balances.of(accounts.loan),
        overdue: false,
        lastPayment: lastPayment(accounts.loan),
        ...(plan.loanNextDue === null ? {} : { nextDueDate: fromDay(plan.loanNextDue) }),
        ...(plan.loanPaymentCents === null ? {} : { minimumPaymentCents: plan.loanPaymentCents }),
        ...(plan.terms.loan === null ? {} : { interestRatePercent: plan.terms.loan.ratePercent }),
      }),
    );
  }
  return liabilities;
}

/** The sum of each account's pending amounts, in cents (a pending purchase is negative). */
function pendingByAccount(transactions: readonly Transaction[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const t of transactions)
    if (t.pending) sums.set(t.account_id, (sums.get(t.account_id) ?? 0) + toCents(t.amount));
  return sums;
}

/** The balance without pending transactions, from the ledger's balance that holds them. */
function postedBalanceCents(account: Account, heldCents: number, pendingCents: number): number {
  return account.type === "depository" ? heldCents - pendingCents : heldCents + pendingCents;
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
  const profile = input.profile ?? DEFAULT_PROFILE;
  // Overrides go through userFactory (it derives wishes from them); without, its rule is called
  // directly, as the factory would call it, without the factory's merging and validation.
  const user = input.user
    ? userFactory.build(input.user, {
        transient: {
          ...input.wishes,
          seed,
          index,
          profile,
          window: { startDate: window.startDate, endDate: window.endDate },
        },
      })
    : drawUser({ profile, seed, index, windowStart: window.startDate, wishes: { ...input.wishes } });
  const { plan, ledger, accounts } = consistentLedger(profile, input, user, openAccounts(profile, input, user));

  // Stable sort: same-day transactions keep the ledger's order (inflows first).
  const transactions = ledger.transactions
    .map((t, i) => ({ t, i }))
    .sort((a, b) => (a.t.date < b.t.date ? -1 : a.t.date > b.t.date ? 1 : a.i - b.i))
    .map(({ t }) => t);

  const lifeEvents: LifeEvent[] = plan.lifeEvents.map((e) => ({
    life_event_id: e.id,
    user_id: user.user_id,
    kind: e.kind,
    start_date: fromDay(e.startDay),
    end_date: fromDay(e.endDay),
    amount: toDollars(e.cents),
    transaction_ids: ledger.lifeEventTransactions.get(e.id) ?? [],
  }));

  // The ledger holds a purchase from its authorization; the current balance counts posted ones only.
  const pending = pendingByAccount(transactions);
  const postedCents = (a: Account) => postedBalanceCents(a, ledger.balances.of(a), pending.get(a.account_id) ?? 0);
  return {
    user,
    accounts: accounts.all.map((a) => withBalance(a, postedCents(a), pending.get(a.account_id) ?? 0)),
    transactions,
    liabilities: liabilitiesOf(profile, input, user, accounts, plan, ledger),
    recurringStreams: buildStreams(transactions, plan.streams, window.endDay),
    lifeEvents,
  };
}
