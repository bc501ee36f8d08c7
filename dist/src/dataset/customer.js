import { accountFactory } from "../../factories/account-factory.js";
import { userFactory } from "../../factories/user-factory.js";
import { DEFAULT_PROFILE } from "../data/profile.js";
import { keyedRng } from "../random/rng.js";
import { withBalance } from "../rules/account.js";
import { drawLiability } from "../rules/liability.js";
import { populationSlot } from "../rules/population.js";
import { fromDay } from "../units/dates.js";
import { toDollars } from "../units/money.js";
import { runLedger } from "./ledger.js";
import { planCustomer } from "./plan.js";
import { buildStreams } from "./streams.js";
import { countBand } from "./window.js";
/** Accounts per customer are keyed `index * ACCOUNT_KEY_STRIDE + n`. */
const ACCOUNT_KEY_STRIDE = 10;
function openAccounts(profile, input, user) {
    const { seed, index } = input;
    const rng = keyedRng(seed, "holdings", index);
    const slot = populationSlot(seed, index, profile.population);
    const m = user.metadata;
    const rules = profile.accounts;
    const hasLoan = slot.ageBracket === m.age_bracket ? slot.hasStudentLoan : rng.chance(rules.studentLoanChanceByAge[m.age_bracket]);
    const weights = rules.cardCountWeights[m.income_bracket];
    const cardCount = rng.weighted([0, 1, 2, 3], (n) => weights[n] ?? 0);
    const subscriptions = slot.hasSubscriptions ? rng.int(rules.subscriptionsPerSubscriber.min, rules.subscriptionsPerSubscriber.max) : 0;
    let n = 0;
    const open = (kind) => accountFactory.build({}, { transient: { seed, index: index * ACCOUNT_KEY_STRIDE + n++, kind, profile }, associations: { user } });
    const checking = open("checking");
    const savings = slot.hasSavings ? open("savings") : null;
    const cards = Array.from({ length: cardCount }, () => open("credit_card"));
    const loan = hasLoan ? open("student_loan") : null;
    const all = [checking, ...(savings ? [savings] : []), ...cards, ...(loan ? [loan] : [])];
    return { checking, savings, cards, loan, all, subscriptions };
}
/** Plan and replay until a ledger is consistent and inside the count band, each re-plan more frugal. */
function consistentLedger(profile, input, user, accounts) {
    const { seed, index, window } = input;
    const band = countBand(window, profile.budget.countBand);
    let lastReason = "";
    for (let attempt = 0; attempt < profile.budget.replan.maxAttempts; attempt++) {
        const plan = planCustomer({ profile, seed, index, attempt, user, accounts, window, subscriptions: accounts.subscriptions });
        const ledger = runLedger(keyedRng(seed, "ledger", index, attempt), profile, accounts, plan.events, user.metadata.home);
        const count = ledger.transactions.length;
        if (ledger.ok && count >= band.min && count <= band.max)
            return { plan, ledger };
        lastReason = ledger.ok ? `${count} transactions, outside ${band.min}-${band.max}` : (ledger.reason ?? "unknown");
    }
    throw new Error(`buildCustomer: no consistent ledger for ${user.user_id} (seed ${seed}) after ${profile.budget.replan.maxAttempts} attempts: ${lastReason}`);
}
/** One liability per card and loan, drawn from the ledger's facts: balance, latest payment, due dates. */
function liabilitiesOf(profile, input, user, accounts, plan, ledger) {
    const { seed, index, window } = input;
    const lastPayment = (account) => {
        const payment = ledger.lastPayment.get(account.account_id);
        return payment ? { amountCents: payment.cents, date: fromDay(payment.day) } : null;
    };
    const common = { profile, userId: user.user_id, income: user.metadata.income, asOf: window.endDate };
    const liabilities = accounts.cards.map((card, c) => {
        const overdueDay = plan.overdueDueDay[c] ?? null;
        return drawLiability({
            ...common,
            rng: keyedRng(seed, "liability", index, c),
            type: "credit_card",
            accountId: card.account_id,
            balanceCents: ledger.balances.of(card),
            overdue: overdueDay !== null,
            lastPayment: lastPayment(card),
            nextDueDate: fromDay(overdueDay ?? plan.cardNextDue[c]),
        });
    });
    if (accounts.loan) {
        liabilities.push(drawLiability({
            ...common,
            rng: keyedRng(seed, "liability", index, "loan"),
            type: "student_loan",
            accountId: accounts.loan.account_id,
            balanceCents: ledger.balances.of(accounts.loan),
            overdue: false,
            lastPayment: lastPayment(accounts.loan),
            ...(plan.loanNextDue === null ? {} : { nextDueDate: fromDay(plan.loanNextDue) }),
            ...(plan.loanPaymentCents === null ? {} : { minimumPaymentCents: plan.loanPaymentCents }),
        }));
    }
    return liabilities;
}
/**
 * Build one customer. Pure: the same input gives the same customer.
 *
 * @example
 * const c = buildCustomer({ seed: 42, index: 1, window: dataWindow("2025-05-01", "2025-10-31") });
 * c.transactions.length; // between 150 and 200
 */
export function buildCustomer(input) {
    const { seed, index, window } = input;
    const profile = input.profile ?? DEFAULT_PROFILE;
    const user = userFactory.build(input.user ?? {}, {
        transient: { ...input.wishes, seed, index, profile, window: { startDate: window.startDate, endDate: window.endDate } },
    });
    const accounts = openAccounts(profile, input, user);
    const { plan, ledger } = consistentLedger(profile, input, user, accounts);
    // Stable sort: same-day transactions keep the ledger's order (inflows first).
    const transactions = ledger.transactions
        .map((t, i) => ({ t, i }))
        .sort((a, b) => (a.t.date < b.t.date ? -1 : a.t.date > b.t.date ? 1 : a.i - b.i))
        .map(({ t }) => t);
    const lifeEvents = plan.lifeEvents.map((e) => ({
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
        accounts: accounts.all.map((a) => withBalance(a, ledger.balances.of(a))),
        transactions,
        liabilities: liabilitiesOf(profile, input, user, accounts, plan, ledger),
        recurringStreams: buildStreams(transactions, plan.streams, window.endDay),
        lifeEvents,
    };
}
//# sourceMappingURL=customer.js.map