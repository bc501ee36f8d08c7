// The ledger: replays a plan day by day in integer cents and turns each event into transactions,
// choosing how it is paid so that checking never goes below zero and no card goes below zero owed
// or over its limit. A plan that cannot be paid for is reported, and the customer is re-planned.
import { SPEND_CATEGORIES } from "../data/merchants.ts";
import { uuidFrom } from "../random/ids.ts";
import type { Rng } from "../random/rng.ts";
import { StoreLocator, type TxnContext } from "../rules/transactions/base.ts";
import { housingTransaction, interestTransaction, payrollTransaction, utilityTransaction } from "../rules/transactions/bills.ts";
import { oneOffExpenseTransaction } from "../rules/transactions/life-events.ts";
import { spendTransaction, subscriptionTransaction } from "../rules/transactions/spending.ts";
import { investmentTransferTransaction, type TransferKind, transferLegs } from "../rules/transactions/transfers.ts";
import type { Account } from "../schemas/account.ts";
import type { Transaction } from "../schemas/transaction.ts";
import type { HomeLocation } from "../schemas/user.ts";
import { toCents } from "../units/money.ts";
import { eventOrder, type LedgerEvent } from "./events.ts";
import type { CustomerAccounts } from "./plan.ts";

export interface LedgerResult {
  ok: boolean;
  /** Why the plan failed, when it did. */
  reason?: string;
  transactions: Transaction[];
  /** End-of-window balances in cents (amount owed for cards and loans). */
  checkingCents: number;
  savingsCents: number | null;
  cardCents: number[];
  loanCents: number | null;
  /** Life event id -> ids of the transactions it caused. */
  lifeEventTransactions: Map<string, string[]>;
  /** The latest payment received by each card, and by the loan. */
  lastCardPayment: ({ cents: number; day: number } | null)[];
  lastLoanPayment: { cents: number; day: number } | null;
}

type Ctx = TxnContext & { mask: string };

export function runLedger(rng: Rng, accounts: CustomerAccounts, events: readonly LedgerEvent[], home: HomeLocation): LedgerResult {
  const stores = new StoreLocator(home, rng);
  const ctxOf = (account: Account): Ctx => ({ rng, accountId: account.account_id, userId: account.user_id, stores, mask: account.mask });
  const checkingCtx = ctxOf(accounts.checking);
  const savingsCtx = accounts.savings ? ctxOf(accounts.savings) : null;
  const cardCtx = accounts.cards.map(ctxOf);
  const loanCtx = accounts.loan ? ctxOf(accounts.loan) : null;
  const limits = accounts.cards.map((c) => toCents(c.credit_limit ?? 0));

  let checking = toCents(accounts.checking.opening_balance);
  let savings = accounts.savings ? toCents(accounts.savings.opening_balance) : null;
  const cards = accounts.cards.map((c) => toCents(c.opening_balance));
  let loan = accounts.loan ? toCents(accounts.loan.opening_balance) : null;

  const transactions: Transaction[] = [];
  const lifeEventTransactions = new Map<string, string[]>();
  const lastCardPayment: ({ cents: number; day: number } | null)[] = accounts.cards.map(() => null);
  let lastLoanPayment: { cents: number; day: number } | null = null;
  const result = (ok: boolean, reason?: string): LedgerResult => ({
    ok,
    ...(reason === undefined ? {} : { reason }),
    transactions,
    checkingCents: checking,
    savingsCents: savings,
    cardCents: cards,
    loanCents: loan,
    lifeEventTransactions,
    lastCardPayment,
    lastLoanPayment,
  });
  const fail = (reason: string) => result(false, reason);

  const transfer = (kind: TransferKind, from: Ctx, to: Ctx, cents: number, day: number, fromStreamId: string | null = null, toStreamId: string | null = null) => {
    const legs = transferLegs({ kind, from, to, amountCents: cents, day, transferId: `xfer_${uuidFrom(rng)}`, fromStreamId, toStreamId });
    transactions.push(...legs);
    return legs;
  };

  /** Move money from savings so checking can pay `needed`; false when savings cannot cover it. */
  const rescue = (needed: number, day: number): boolean => {
    if (savings === null || savingsCtx === null) return false;
    const shortfall = needed - checking;
    const cents = Math.min(savings, Math.ceil((shortfall + 5_000) / 10_000) * 10_000);
    if (cents < shortfall || cents <= 0) return false;
    transfer("savings_withdrawal", savingsCtx, checkingCtx, cents, day);
    savings -= cents;
    checking += cents;
    return true;
  };
  const payFromChecking = (cents: number, day: number): boolean => cents <= checking || rescue(cents, day);
  const cardCanTake = (c: number, cents: number) => (cards[c] as number) + cents <= (limits[c] as number);

  const ordered = events
    .map((event, seq) => ({ event, seq }))
    .sort((a, b) => a.event.day - b.event.day || eventOrder(a.event) - eventOrder(b.event) || a.seq - b.seq);

  for (const { event } of ordered) {
    const { day } = event;
    switch (event.type) {
      case "payroll": {
        const txn = payrollTransaction(checkingCtx, event.employer, event.cents, day, event.stream.streamId);
        transactions.push(txn);
        checking += event.cents;
        if (event.lifeEvent) lifeEventTransactions.set(event.lifeEvent, [txn.transaction_id]);
        break;
      }
      case "interest": {
        if (savings === null || savingsCtx === null) break;
        const cents = Math.round((savings * event.apy) / 4);
        if (cents < 1) break;
        transactions.push(interestTransaction(savingsCtx, cents, day));
        savings += cents;
        break;
      }
      case "withdraw": {
        if (savings === null || savingsCtx === null) break;
        const cents = Math.min(event.cents, savings);
        if (cents <= 0) break;
        transfer("savings_withdrawal", savingsCtx, checkingCtx, cents, day);
        savings -= cents;
        checking += cents;
        break;
      }
      case "rent":
      case "utility": {
        if (!payFromChecking(event.cents, day)) return fail(`${event.type} on day ${day} could not be paid`);
        transactions.push(
          event.type === "rent"
            ? housingTransaction(checkingCtx, event.payee, event.mortgage, event.cents, day, event.stream.streamId)
            : utilityTransaction(checkingCtx, event.payee, event.cents, day, event.stream.streamId),
        );
        checking -= event.cents;
        break;
      }
      case "subscription": {
        const cents = event.service.price_cents;
        if (event.card !== null) {
          if (!cardCanTake(event.card, cents)) return fail("a subscription would take a card over its limit");
          transactions.push(subscriptionTransaction(cardCtx[event.card] as Ctx, event.service, day, event.stream.streamId));
          cards[event.card] = (cards[event.card] as number) + cents;
        } else {
          if (!payFromChecking(cents, day)) return fail("a subscription could not be paid");
          transactions.push(subscriptionTransaction(checkingCtx, event.service, day, event.stream.streamId));
          checking -= cents;
        }
        break;
      }
      case "card_payment": {
        // Autopay is a fixed amount: when less than that is owed, this month's payment is skipped,
        // so the series keeps its amount (QC-5).
        const owed = cards[event.card] as number;
        const cents = event.cents;
        if (cents > owed) break;
        if (!payFromChecking(cents, day)) return fail("a card payment could not be paid");
        transfer("card_payment", checkingCtx, cardCtx[event.card] as Ctx, cents, day, event.transferStream.streamId, event.cardStream.streamId);
        checking -= cents;
        cards[event.card] = owed - cents;
        lastCardPayment[event.card] = { cents, day };
        break;
      }
      case "loan_payment": {
        if (loan === null || loanCtx === null) break;
        const cents = Math.min(event.cents, loan);
        if (cents <= 0) break;
        if (!payFromChecking(cents, day)) return fail("a loan payment could not be paid");
        // A payoff smaller than the monthly payment ends the series but is not part of it: its
        // amount would break the series' ±10 % rule (QC-5).
        const inSeries = cents === event.cents;
        transfer("loan_payment", checkingCtx, loanCtx, cents, day, inSeries ? event.transferStream.streamId : null, inSeries ? event.loanStream.streamId : null);
        checking -= cents;
        loan -= cents;
        lastLoanPayment = { cents, day };
        break;
      }
      case "save": {
        // Saving waits for a month when checking cannot spare it.
        if (event.cents > checking) break;
        if (savingsCtx !== null && savings !== null) {
          transfer("savings_deposit", checkingCtx, savingsCtx, event.cents, day, event.transferStream.streamId, event.savingsStream?.streamId ?? null);
          savings += event.cents;
        } else {
          transactions.push(investmentTransferTransaction(checkingCtx, event.cents, day, event.transferStream.streamId));
        }
        checking -= event.cents;
        break;
      }
      case "spend": {
        const card = chooseCard(event.preferCard, event.cents);
        if (card !== null) {
          transactions.push(spendTransaction(cardCtx[card] as Ctx, event.kind, day, { priceCents: event.cents }));
          cards[card] = (cards[card] as number) + event.cents;
          break;
        }
        // Short of money: buy at the category's lowest price, or skip the purchase.
        let cents = event.cents;
        if (cents > checking) cents = Math.min(cents, SPEND_CATEGORIES[event.kind].price_cents.min);
        if (cents > checking && !rescue(cents, day)) break;
        transactions.push(spendTransaction(checkingCtx, event.kind, day, { priceCents: cents }));
        checking -= cents;
        break;
      }
      case "life_expense": {
        const card = event.card !== null && cardCanTake(event.card, event.cents) ? event.card : null;
        let txn: Transaction;
        if (card !== null) {
          txn = oneOffExpenseTransaction(cardCtx[card] as Ctx, event.payee, event.cents, day);
          cards[card] = (cards[card] as number) + event.cents;
        } else {
          if (!payFromChecking(event.cents, day)) return fail("a life-event expense could not be paid");
          txn = oneOffExpenseTransaction(checkingCtx, event.payee, event.cents, day);
          checking -= event.cents;
        }
        transactions.push(txn);
        lifeEventTransactions.set(event.lifeEvent, [txn.transaction_id]);
        break;
      }
    }
    if (checking < 0) return fail(`checking went below zero on day ${day}`);
  }

  return result(true);

  function chooseCard(preferred: number | null, cents: number): number | null {
    if (preferred !== null && cardCanTake(preferred, cents)) return preferred;
    // Out of cash: any card with room.
    if (cents > checking) {
      const other = cards.findIndex((_, c) => cardCanTake(c, cents));
      if (other >= 0) return other;
    }
    return null;
  }
}
