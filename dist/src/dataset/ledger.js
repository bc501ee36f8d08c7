import { uuidFrom } from "../random/ids.js";
import { StoreLocator } from "../rules/transactions/base.js";
import { housingTransaction, interestTransaction, payrollTransaction, utilityTransaction } from "../rules/transactions/bills.js";
import { oneOffExpenseTransaction } from "../rules/transactions/life-events.js";
import { spendTransaction, subscriptionTransaction } from "../rules/transactions/spending.js";
import { investmentTransferTransaction, transferLegs } from "../rules/transactions/transfers.js";
import { toCents } from "../units/money.js";
import { eventOrder } from "./events.js";
/** Balances in integer cents by account id: money held for depository accounts, amount owed for cards and loans. */
export class Balances {
    cents = new Map();
    constructor(accounts) {
        for (const a of accounts)
            this.cents.set(a.account_id, toCents(a.opening_balance));
    }
    of(account) {
        const cents = this.cents.get(account.account_id);
        if (cents === undefined)
            throw new RangeError(`no balance for account ${account.account_id}`);
        return cents;
    }
    add(account, delta) {
        this.cents.set(account.account_id, this.of(account) + delta);
    }
}
/** What the handlers share while one ledger runs. */
class LedgerState {
    rng;
    profile;
    accounts;
    transactions = [];
    lifeEventTransactions = new Map();
    lastPayment = new Map();
    balances;
    contexts = new Map();
    constructor(rng, profile, accounts, home) {
        this.rng = rng;
        this.profile = profile;
        this.accounts = accounts;
        const all = [accounts.checking, ...(accounts.savings ? [accounts.savings] : []), ...accounts.cards, ...(accounts.loan ? [accounts.loan] : [])];
        this.balances = new Balances(all);
        const stores = new StoreLocator(home, rng, profile.spending.stores);
        for (const a of all)
            this.contexts.set(a.account_id, { rng, profile, accountId: a.account_id, userId: a.user_id, stores, mask: a.mask });
    }
    ctx(account) {
        return this.contexts.get(account.account_id);
    }
    get checking() {
        return this.balances.of(this.accounts.checking);
    }
    card(c) {
        return this.accounts.cards[c];
    }
    cardCanTake(c, cents) {
        const card = this.card(c);
        return this.balances.of(card) + cents <= toCents(card.credit_limit ?? 0);
    }
    /** Money moves between two of the customer's accounts; `sign` says whether each side's balance grows. */
    transfer(kind, from, to, cents, day, streams = [null, null]) {
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
    rescue(needed, day) {
        const savings = this.accounts.savings;
        if (!savings)
            return false;
        const round = this.profile.budget.savings.roundCents;
        const shortfall = needed - this.checking;
        const cents = Math.min(this.balances.of(savings), Math.ceil((shortfall + this.profile.budget.savings.rescueBufferCents) / round) * round);
        if (cents < shortfall || cents <= 0)
            return false;
        this.transfer("savings_withdrawal", savings, this.accounts.checking, cents, day);
        this.balances.add(savings, -cents);
        this.balances.add(this.accounts.checking, cents);
        return true;
    }
    payFromChecking(cents, day) {
        return cents <= this.checking || this.rescue(cents, day);
    }
    /** The preferred card if it has room; when cash is short, any card with room. */
    chooseCard(preferred, cents) {
        if (preferred !== null && this.cardCanTake(preferred, cents))
            return preferred;
        if (cents > this.checking) {
            const other = this.accounts.cards.findIndex((_, c) => this.cardCanTake(c, cents));
            if (other >= 0)
                return other;
        }
        return null;
    }
    record(txn, lifeEvent) {
        this.transactions.push(txn);
        if (lifeEvent)
            this.lifeEventTransactions.set(lifeEvent, [txn.transaction_id]);
    }
}
const HANDLERS = {
    payroll(s, e) {
        const { checking } = s.accounts;
        s.record(payrollTransaction(s.ctx(checking), e.employer, e.cents, e.day, e.stream.streamId), e.lifeEvent);
        s.balances.add(checking, e.cents);
        return null;
    },
    interest(s, e) {
        const { savings } = s.accounts;
        if (!savings)
            return null;
        const cents = Math.round((s.balances.of(savings) * e.apy) / 4);
        if (cents < 1)
            return null;
        s.record(interestTransaction(s.ctx(savings), cents, e.day));
        s.balances.add(savings, cents);
        return null;
    },
    withdraw(s, e) {
        const { savings, checking } = s.accounts;
        if (!savings)
            return null;
        const cents = Math.min(e.cents, s.balances.of(savings));
        if (cents <= 0)
            return null;
        s.transfer("savings_withdrawal", savings, checking, cents, e.day);
        s.balances.add(savings, -cents);
        s.balances.add(checking, cents);
        return null;
    },
    rent(s, e) {
        if (!s.payFromChecking(e.cents, e.day))
            return `rent on day ${e.day} could not be paid`;
        s.record(housingTransaction(s.ctx(s.accounts.checking), e.payee, e.mortgage, e.cents, e.day, e.stream.streamId));
        s.balances.add(s.accounts.checking, -e.cents);
        return null;
    },
    utility(s, e) {
        if (!s.payFromChecking(e.cents, e.day))
            return `utility on day ${e.day} could not be paid`;
        s.record(utilityTransaction(s.ctx(s.accounts.checking), e.payee, e.cents, e.day, e.stream.streamId));
        s.balances.add(s.accounts.checking, -e.cents);
        return null;
    },
    subscription(s, e) {
        const cents = e.service.price_cents;
        if (e.card !== null) {
            if (!s.cardCanTake(e.card, cents))
                return "a subscription would take a card over its limit";
            s.record(subscriptionTransaction(s.ctx(s.card(e.card)), e.service, e.day, e.stream.streamId));
            s.balances.add(s.card(e.card), cents);
            return null;
        }
        if (!s.payFromChecking(cents, e.day))
            return "a subscription could not be paid";
        s.record(subscriptionTransaction(s.ctx(s.accounts.checking), e.service, e.day, e.stream.streamId));
        s.balances.add(s.accounts.checking, -cents);
        return null;
    },
    card_payment(s, e) {
        // Autopay is a fixed amount: when less than that is owed, this month's payment is skipped, so the
        // series keeps its amount (QC-5).
        const card = s.card(e.card);
        if (e.cents > s.balances.of(card))
            return null;
        if (!s.payFromChecking(e.cents, e.day))
            return "a card payment could not be paid";
        s.transfer("card_payment", s.accounts.checking, card, e.cents, e.day, [e.transferStream.streamId, e.cardStream.streamId]);
        s.balances.add(s.accounts.checking, -e.cents);
        s.balances.add(card, -e.cents);
        s.lastPayment.set(card.account_id, { cents: e.cents, day: e.day });
        return null;
    },
    loan_payment(s, e) {
        const { loan } = s.accounts;
        if (!loan)
            return null;
        const cents = Math.min(e.cents, s.balances.of(loan));
        if (cents <= 0)
            return null;
        if (!s.payFromChecking(cents, e.day))
            return "a loan payment could not be paid";
        s.transfer("loan_payment", s.accounts.checking, loan, cents, e.day, [e.transferStream.streamId, e.loanStream.streamId]);
        s.balances.add(s.accounts.checking, -cents);
        s.balances.add(loan, -cents);
        s.lastPayment.set(loan.account_id, { cents, day: e.day });
        return null;
    },
    save(s, e) {
        // Saving waits for a month when checking cannot spare it.
        const { checking, savings } = s.accounts;
        if (e.cents > s.checking)
            return null;
        if (savings) {
            s.transfer("savings_deposit", checking, savings, e.cents, e.day, [e.transferStream.streamId, e.savingsStream?.streamId ?? null]);
            s.balances.add(savings, e.cents);
        }
        else {
            s.record(investmentTransferTransaction(s.ctx(checking), e.cents, e.day, e.transferStream.streamId));
        }
        s.balances.add(checking, -e.cents);
        return null;
    },
    spend(s, e) {
        const card = s.chooseCard(e.preferCard, e.cents);
        if (card !== null) {
            s.record(spendTransaction(s.ctx(s.card(card)), e.kind, e.day, { priceCents: e.cents }));
            s.balances.add(s.card(card), e.cents);
            return null;
        }
        // Short of money: buy at the category's lowest price, or skip the purchase.
        let cents = e.cents;
        if (cents > s.checking)
            cents = Math.min(cents, s.profile.spending.categories[e.kind].price_cents.min);
        if (cents > s.checking && !s.rescue(cents, e.day))
            return null;
        s.record(spendTransaction(s.ctx(s.accounts.checking), e.kind, e.day, { priceCents: cents }));
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
        if (!s.payFromChecking(e.cents, e.day))
            return "a life-event expense could not be paid";
        s.record(oneOffExpenseTransaction(s.ctx(s.accounts.checking), e.payee, e.cents, e.day), e.lifeEvent);
        s.balances.add(s.accounts.checking, -e.cents);
        return null;
    },
};
function apply(s, event) {
    return HANDLERS[event.type](s, event);
}
export function runLedger(rng, profile, accounts, events, home) {
    const s = new LedgerState(rng, profile, accounts, home);
    const result = (reason) => ({
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
        if (failure !== null)
            return result(failure);
        if (s.checking < 0)
            return result(`checking went below zero on day ${event.day}`);
    }
    return result();
}
//# sourceMappingURL=ledger.js.map