// The ledger: replays a plan day by day in integer cents over a `Balances` object keyed by account id,
// with one handler per event kind. Each handler turns its event into transactions and decides how it is
// paid, so that checking never goes below its overdraft limit (`ACCOUNTS.overdraft`: a bill may overdraw
// it, and each overdraft episode is charged a fee) and no card goes below zero owed or over its limit.
// Cards and student loans accrue monthly interest. A plan that cannot be paid for is reported (the
// customer is then re-planned).
import type { ProfileData } from "../data/profile.ts";
import { uuidFrom } from "../random/ids.ts";
import type { Rng } from "../random/rng.ts";
import { StoreLocator, type TxnContext } from "../rules/transactions/base.ts";
import {
  atmWithdrawalTransaction,
  housingTransaction,
  p2pTransaction,
  interestTransaction,
  payrollTransaction,
  utilityTransaction,
} from "../rules/transactions/bills.ts";
import { interestChargeTransaction, overdraftFeeTransaction } from "../rules/transactions/fees.ts";
import { oneOffExpenseTransaction } from "../rules/transactions/life-events.ts";
import { cheapPurchaseCents, spendTransaction, subscriptionTransaction } from "../rules/transactions/spending.ts";
import { monthlyInterestCents } from "../rules/liability.ts";
import { fromDay } from "../units/dates.ts";
import { investmentTransferTransaction, type TransferKind, transferLegs } from "../rules/transactions/transfers.ts";
import type { Account } from "../schemas/account.ts";
import type { Transaction } from "../schemas/transaction.ts";
import type { HomeLocation } from "../schemas/user.ts";
import { toDay } from "../units/dates.ts";
import { toCents } from "../units/money.ts";
import { eventOrder, type LedgerEvent } from "./events.ts";
import type { CustomerAccounts } from "./planners/budget.ts";

/** Balances in integer cents by account id: money held for depository accounts, amount owed for cards and loans. */
export class Balances {
  private readonly cents = new Map<string, number>();

  constructor(accounts: readonly Account[]) {
    for (const a of accounts) this.cents.set(a.account_id, toCents(a.opening_balance));
  }

  of(account: Account): number {
    const cents = this.cents.get(account.account_id);
    if (cents === undefined) throw new RangeError(`no balance for account ${account.account_id}`);
    return cents;
  }

  add(account: Account, delta: number): void {
    this.cents.set(account.account_id, this.of(account) + delta);
  }
}

export interface Payment {
  cents: number;
  day: number;
}

export interface LedgerResult {
  ok: boolean;
  /** Why the plan failed, when it did. */
  reason?: string;
  transactions: Transaction[];
  /** End-of-window balances. */
  balances: Balances;
  /** Life event id -> ids of the transactions it caused. */
  lifeEventTransactions: Map<string, string[]>;
  /** The latest payment each card and loan received, by account id. */
  lastPayment: Map<string, Payment>;
}

type Ctx = TxnContext & { mask: string };

/** What the handlers share while one ledger runs. */
class LedgerState {
  readonly transactions: Transaction[] = [];
  readonly lifeEventTransactions = new Map<string, string[]>();
  readonly lastPayment = new Map<string, Payment>();
  readonly balances: Balances;
  private readonly contexts = new Map<string, Ctx>();

  constructor(
    readonly rng: Rng,
    readonly profile: ProfileData,
    readonly accounts: CustomerAccounts,
    home: HomeLocation,
  ) {
    const all = [
      accounts.checking,
      ...(accounts.savings ? [accounts.savings] : []),
      ...accounts.cards,
      ...(accounts.loan ? [accounts.loan] : []),
    ];
    this.balances = new Balances(all);
    const stores = new StoreLocator(home, rng, profile.spending.stores);
    for (const a of all)
      this.contexts.set(a.account_id, {
        rng,
        profile,
        accountId: a.account_id,
        userId: a.user_id,
        stores,
        mask: a.mask,
      });
  }

  ctx(account: Account): Ctx {
    return this.contexts.get(account.account_id) as Ctx;
  }

  get checking(): number {
    return this.balances.of(this.accounts.checking);
  }

  card(c: number): Account {
    return this.accounts.cards[c] as Account;
  }

  cardCanTake(c: number, cents: number): boolean {
    const card = this.card(c);
    return this.balances.of(card) + cents <= toCents(card.credit_limit ?? 0);
  }

  /** Money moves between two of the customer's accounts; `sign` says whether each side's balance grows. */
  transfer(
    kind: TransferKind,
    from: Account,
    to: Account,
    cents: number,
    day: number,
    streams: [string | null, string | null] = [null, null],
  ): Transaction[] {
    const legs = transferLegs({
      kind,
      from: this.ctx(from),
      to: this.ctx(to),
      amountCents: cents,
      day,
      transferId: `xfer_${uuidFrom(this.rng)}`,
      fromStreamId: streams[0],
      toStreamId: streams[1],
    });
    this.transactions.push(...legs);
    return legs;
  }

  /** Move money from savings so checking can pay `needed`; false when savings cannot cover it. */
  rescue(needed: number, day: number): boolean {
    const savings = this.accounts.savings;
    if (!savings) return false;
    const round = this.profile.budget.savings.roundCents;
    const shortfall = needed - this.checking;
    const cents = Math.min(
      this.balances.of(savings),
      Math.ceil((shortfall + this.profile.budget.savings.rescueBufferCents) / round) * round,
    );
    if (cents < shortfall || cents <= 0) return false;
    this.transfer("savings_withdrawal", savings, this.accounts.checking, cents, day);
    this.balances.add(savings, -cents);
    this.balances.add(this.accounts.checking, cents);
    return true;
  }

  payFromChecking(cents: number, day: number): boolean {
    return cents <= this.checking || this.rescue(cents, day) || this.mayOverdraw(cents, day);
  }

  /** Overdraft fees charged, by month (`YYYY-MM`), and whether checking is inside an overdraft episode. */
  private readonly feesByMonth = new Map<string, number>();
  private overdrawn = false;

  /**
   * Whether a bill of `cents` may take checking below zero: it stays within the overdraft limit (with
   * room for the fee when it starts an episode) and the month's fee cap is not reached.
   */
  mayOverdraw(cents: number, day: number): boolean {
    const rules = this.profile.accounts.overdraft;
    if (this.overdrawn) return this.checking - cents >= -rules.limitCents;
    const fees = this.feesByMonth.get(fromDay(day).slice(0, 7)) ?? 0;
    return fees < rules.maxFeesPerMonth && this.checking - cents - rules.feeCents >= -rules.limitCents;
  }

  /** After each event: a new overdraft episode is charged its fee; a balance back at zero or more ends it. */
  settleOverdraft(day: number): void {
    if (this.checking >= 0) {
      this.overdrawn = false;
      return;
    }
    if (this.overdrawn) return;
    const fee = this.profile.accounts.overdraft.feeCents;
    this.record(overdraftFeeTransaction(this.ctx(this.accounts.checking), fee, day));
    this.balances.add(this.accounts.checking, -fee);
    const month = fromDay(day).slice(0, 7);
    this.feesByMonth.set(month, (this.feesByMonth.get(month) ?? 0) + 1);
    this.overdrawn = true;
  }

  /** The preferred card if it has room; when cash is short, any card with room. */
  chooseCard(preferred: number | null, cents: number): number | null {
    if (preferred !== null && this.cardCanTake(preferred, cents)) return preferred;
    if (cents > this.checking) {
      const other = this.accounts.cards.findIndex((_, c) => this.cardCanTake(c, cents));
      if (other >= 0) return other;
    }
    return null;
  }

  /** Card purchases authorized but not yet posted, by account id: the day each posts and its cents. */
  private readonly holds = new Map<string, { postDay: number; cents: number }[]>();

  /** Remember a card purchase that posts after its authorization day (or stays pending). */
  hold(card: Account, txn: Transaction, cents: number): void {
    if (!txn.pending && txn.date === txn.authorized_date) return;
    let list = this.holds.get(card.account_id);
    if (!list) this.holds.set(card.account_id, (list = []));
    list.push({ postDay: txn.pending ? Number.POSITIVE_INFINITY : toDay(txn.date), cents });
  }

  /** What a card owes at the end of `day` counting only posted purchases (a payment never exceeds it). */
  postedOwed(card: Account, day: number): number {
    let owed = this.balances.of(card);
    const list = this.holds.get(card.account_id);
    if (list) {
      const open = list.filter((h) => h.postDay > day);
      this.holds.set(card.account_id, open);
      for (const h of open) owed -= h.cents;
    }
    return owed;
  }

  record(txn: Transaction, lifeEvent?: string): void {
    this.transactions.push(txn);
    if (lifeEvent) this.lifeEventTransactions.set(lifeEvent, [txn.transaction_id]);
  }
}

type EventOf<K extends LedgerEvent["type"]> = Extract<LedgerEvent, { type: K }>;
/** A handler applies one event; it returns why the plan cannot be paid for, or null. */
type Handler<K extends LedgerEvent["type"]> = (s: LedgerState, e: EventOf<K>) => string | null;

const HANDLERS: { [K in LedgerEvent["type"]]: Handler<K> } = {
  payroll(s, e) {
    const { checking } = s.accounts;
    s.record(payrollTransaction(s.ctx(checking), e.employer, e.cents, e.day, e.stream.streamId, e.pfc), e.lifeEvent);
    s.balances.add(checking, e.cents);
    return null;
  },
  interest(s, e) {
    const { savings } = s.accounts;
    if (!savings) return null;
    const cents = Math.round((s.balances.of(savings) * e.apy) / 4);
    if (cents < 1) return null;
    s.record(interestTransaction(s.ctx(savings), cents, e.day));
    s.balances.add(savings, cents);
    return null;
  },
  withdraw(s, e) {
    const { savings, checking } = s.accounts;
    if (!savings) return null;
    const cents = Math.min(e.cents, s.balances.of(savings));
    if (cents <= 0) return null;
    s.transfer("savings_withdrawal", savings, checking, cents, e.day);
    s.balances.add(savings, -cents);
    s.balances.add(checking, cents);
    return null;
  },
  rent(s, e) {
    if (!s.payFromChecking(e.cents, e.day)) return `rent on day ${e.day} could not be paid`;
    s.record(housingTransaction(s.ctx(s.accounts.checking), e.payee, e.mortgage, e.cents, e.day, e.stream.streamId));
    s.balances.add(s.accounts.checking, -e.cents);
    return null;
  },
  utility(s, e) {
    if (!s.payFromChecking(e.cents, e.day)) return `utility on day ${e.day} could not be paid`;
    s.record(utilityTransaction(s.ctx(s.accounts.checking), e.payee, e.cents, e.day, e.stream.streamId));
    s.balances.add(s.accounts.checking, -e.cents);
    return null;
  },
  subscription(s, e) {
    const cents = e.service.price_cents;
    if (e.card !== null) {
      if (!s.cardCanTake(e.card, cents)) return "a subscription would take a card over its limit";
      s.record(subscriptionTransaction(s.ctx(s.card(e.card)), e.service, e.day, e.stream.streamId));
      s.balances.add(s.card(e.card), cents);
      return null;
    }
    if (!s.payFromChecking(cents, e.day)) return "a subscription could not be paid";
    s.record(subscriptionTransaction(s.ctx(s.accounts.checking), e.service, e.day, e.stream.streamId));
    s.balances.add(s.accounts.checking, -cents);
    return null;
  },
  card_payment(s, e) {
    const card = s.card(e.card);
    if (e.full) {
      // A transactor pays the whole amount owed (what checking holds, when it cannot cover it all); the
      // amount varies, so it is not a fixed series.
      let owed = s.postedOwed(card, e.day);
      if (owed > s.checking && !s.rescue(owed, e.day)) owed = Math.min(owed, Math.max(0, s.checking));
      if (owed <= 0) return null;
      s.transfer("card_payment", s.accounts.checking, card, owed, e.day);
      s.balances.add(s.accounts.checking, -owed);
      s.balances.add(card, -owed);
      s.lastPayment.set(card.account_id, { cents: owed, day: e.day });
      return null;
    }
    // Autopay is a fixed amount: when less than that is owed, this month's payment is skipped, so the
    // series keeps its amount (QC-5).
    if (e.cents > s.postedOwed(card, e.day)) return null;
    if (!s.payFromChecking(e.cents, e.day)) return "a card payment could not be paid";
    s.transfer("card_payment", s.accounts.checking, card, e.cents, e.day, [
      e.transferStream.streamId,
      e.cardStream.streamId,
    ]);
    s.balances.add(s.accounts.checking, -e.cents);
    s.balances.add(card, -e.cents);
    s.lastPayment.set(card.account_id, { cents: e.cents, day: e.day });
    return null;
  },
  card_interest(s, e) {
    // A month's interest on the revolving balance at APR / 12; it never takes the card over its limit.
    const card = s.card(e.card);
    // Interest is on the posted balance (pending authorizations are not yet in it); the room counts them.
    const room = toCents(card.credit_limit ?? 0) - s.balances.of(card);
    const cents = Math.min(monthlyInterestCents(s.postedOwed(card, e.day), e.aprPercent), room);
    if (cents < 1) return null;
    s.record(interestChargeTransaction(s.ctx(card), s.profile.liabilities.cardInterestName, cents, e.day));
    s.balances.add(card, cents);
    return null;
  },
  loan_payment(s, e) {
    const { loan } = s.accounts;
    if (!loan) return null;
    if (s.balances.of(loan) <= 0) return null;
    // A month's interest accrues first; the payment then covers it and the rest repays principal.
    const interest = monthlyInterestCents(s.balances.of(loan), e.ratePercent);
    if (interest > 0) {
      s.record(interestChargeTransaction(s.ctx(loan), s.profile.liabilities.loanInterestName, interest, e.day));
      s.balances.add(loan, interest);
    }
    const cents = Math.min(e.cents, s.balances.of(loan));
    if (cents <= 0) return null;
    if (!s.payFromChecking(cents, e.day)) return "a loan payment could not be paid";
    // A payoff smaller than the monthly payment ends the series but is not part of it: its amount would
    // break the series' ±10 % rule (QC-5).
    const streams: [string | null, string | null] =
      cents === e.cents ? [e.transferStream.streamId, e.loanStream.streamId] : [null, null];
    s.transfer("loan_payment", s.accounts.checking, loan, cents, e.day, streams);
    s.balances.add(s.accounts.checking, -cents);
    s.balances.add(loan, -cents);
    s.lastPayment.set(loan.account_id, { cents, day: e.day });
    return null;
  },
  save(s, e) {
    // Saving waits for a month when checking cannot spare it; a strained customer's partial transfer
    // (what checking can spare, in whole units) is not part of the fixed series (QC-5).
    const { checking, savings } = s.accounts;
    let cents = e.cents;
    if (cents > s.checking) {
      if (!e.partial) return null;
      const round = s.profile.budget.stress.roundCents;
      cents = Math.floor((s.checking - e.partial.keepCents) / round) * round;
      if (cents <= 0) return null;
    }
    const streams: [string | null, string | null] =
      cents === e.cents ? [e.transferStream.streamId, e.savingsStream?.streamId ?? null] : [null, null];
    if (savings) {
      s.transfer("savings_deposit", checking, savings, cents, e.day, streams);
      s.balances.add(savings, cents);
    } else {
      s.record(investmentTransferTransaction(s.ctx(checking), cents, e.day, streams[0]));
    }
    s.balances.add(checking, -cents);
    return null;
  },
  spend(s, e) {
    // The purchase is authorized on e.day (the balance is held then) and posts 0-3 days later, or stays
    // pending past the window's end.
    const options = {
      ...(e.merchant ? { merchant: e.merchant } : {}),
      ...(e.place ? { place: e.place } : {}),
      ...(e.channel ? { channel: e.channel } : {}),
      ...(e.windowEndDay === undefined ? {} : { windowEndDay: e.windowEndDay }),
    };
    const card = s.chooseCard(e.preferCard, e.cents);
    if (card !== null) {
      const txn = spendTransaction(s.ctx(s.card(card)), e.kind, e.day, { ...options, priceCents: e.cents });
      s.record(txn);
      s.balances.add(s.card(card), e.cents);
      s.hold(s.card(card), txn, e.cents);
      return null;
    }
    // Short of money: buy something cheap of the kind, or skip the purchase.
    let cents = e.cents;
    if (cents > s.checking) cents = Math.min(cents, cheapPurchaseCents(s.profile, s.rng, e.kind));
    if (cents > s.checking && !s.rescue(cents, e.day)) return null;
    // A debit posts the day it is authorized (or stays pending at the window's end), so the overdraft
    // rule, which the ledger keeps on its own balance, holds for the posted one INT-2 replays.
    s.record(
      spendTransaction(s.ctx(s.accounts.checking), e.kind, e.day, { ...options, priceCents: cents, postSameDay: true }),
    );
    s.balances.add(s.accounts.checking, -cents);
    return null;
  },
  life_expense(s, e) {
    const card = e.card !== null && s.cardCanTake(e.card, e.cents) ? e.card : null;
    if (card !== null) {
      s.record(oneOffExpenseTransaction(s.ctx(s.card(card)), e.payee, e.cents, e.day), e.lifeEvent);
      s.balances.add(s.card(card), e.cents);
      return null;
    }
    if (!s.payFromChecking(e.cents, e.day)) return "a life-event expense could not be paid";
    s.record(oneOffExpenseTransaction(s.ctx(s.accounts.checking), e.payee, e.cents, e.day), e.lifeEvent);
    s.balances.add(s.accounts.checking, -e.cents);
    return null;
  },
  // The rest of a budget (issue 9, people): cash and P2P wait when checking cannot spare them.
  cash_withdrawal(s, e) {
    if (e.cents > s.checking) return null;
    s.record(atmWithdrawalTransaction(s.ctx(s.accounts.checking), e.atm, e.cents, e.day));
    s.balances.add(s.accounts.checking, -e.cents);
    return null;
  },
  p2p(s, e) {
    if (e.cents < 0 && -e.cents > s.checking) return null;
    s.record(p2pTransaction(s.ctx(s.accounts.checking), e.app, e.cents, e.day));
    s.balances.add(s.accounts.checking, e.cents);
    return null;
  },
};

function apply(s: LedgerState, event: LedgerEvent): string | null {
  return (HANDLERS[event.type] as Handler<LedgerEvent["type"]>)(s, event as never);
}

export function runLedger(
  rng: Rng,
  profile: ProfileData,
  accounts: CustomerAccounts,
  events: readonly LedgerEvent[],
  home: HomeLocation,
): LedgerResult {
  const s = new LedgerState(rng, profile, accounts, home);
  const result = (reason?: string): LedgerResult => ({
    ok: reason === undefined,
    ...(reason === undefined ? {} : { reason }),
    transactions: s.transactions,
    balances: s.balances,
    lifeEventTransactions: s.lifeEventTransactions,
    lastPayment: s.lastPayment,
  });
  const ordered = events
    .map((event, seq) => ({ event, seq }))
    .sort((a, b) => a.event.day - b.event.day || eventOrder(a.event) - eventOrder(b.event) || a.seq - b.seq);
  for (const { event } of ordered) {
    const failure = apply(s, event);
    if (failure !== null) return result(failure);
    s.settleOverdraft(event.day);
    if (s.checking < -profile.accounts.overdraft.limitCents)
      return result(`checking went below its overdraft limit on day ${event.day}`);
  }
  return result();
}
