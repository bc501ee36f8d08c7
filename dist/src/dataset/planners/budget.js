import { uuidFrom } from "../../random/ids.js";
export class PlanBudget {
    rng;
    events = [];
    streams = new Map();
    lifeEvents = [];
    /** Transactions the fixed series will make; everyday spending fills the rest of the target. */
    fixedCount = 0;
    inflowCents = 0;
    outflowCents = 0;
    cardPurchases;
    constructor(rng, cards) {
        this.rng = rng;
        this.cardPurchases = Array.from({ length: cards }, () => 0);
    }
    /** A new recurring series, recorded as ground truth. */
    stream(frequency, periodDays) {
        const plan = { streamId: `stream_${uuidFrom(this.rng)}`, frequency, periodDays };
        this.streams.set(plan.streamId, plan);
        return plan;
    }
    /** A new life-event id. */
    lifeEventId() {
        return `event_${uuidFrom(this.rng)}`;
    }
    add(event, flow = {}) {
        this.events.push(event);
        this.fixedCount += flow.count ?? 0;
        this.inflowCents += flow.inCents ?? 0;
        this.outflowCents += flow.outCents ?? 0;
        if (flow.card)
            this.cardPurchases[flow.card.index] = this.cardPurchases[flow.card.index] + flow.card.cents;
    }
}
/** Day-of-month jitter for monthly bills (`BUDGET.dayJitter`). */
export function jitter(ctx) {
    const d = ctx.profile.budget.dayJitter;
    return () => ctx.rng.int(-d, d);
}
//# sourceMappingURL=budget.js.map