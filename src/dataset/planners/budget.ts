// What every stream planner shares: the customer's context (read-only) and the budget (what the plan
// has committed so far: events, transaction counts, cash flows through checking, card purchases, and
// the ground truth of each stream and life event, recorded when a planner creates it).
import type { ProfileData } from "../../data/profile.ts";
import { uuidFrom } from "../../random/ids.ts";
import type { Rng } from "../../random/rng.ts";
import type { StudentLoanTerms } from "../../rules/liability.ts";
import type { Account } from "../../schemas/account.ts";
import type { StreamFrequency } from "../../schemas/recurring-stream.ts";
import type { User } from "../../schemas/user.ts";
import type { LedgerEvent, StreamPlan } from "../events.ts";
import type { DataWindow } from "../window.ts";

export interface CustomerAccounts {
  checking: Account;
  savings: Account | null;
  cards: Account[];
  loan: Account | null;
}

export interface LifeEventPlan {
  id: string;
  kind: "medical" | "job_change" | "large_purchase";
  startDay: number;
  endDay: number;
  /** Dollars in cents: the expense (negative) or the change in pay per period. */
  cents: number;
}

/** The customer a plan is for; planners read it and never change it. */
export interface PlanContext {
  rng: Rng;
  profile: ProfileData;
  user: User;
  accounts: CustomerAccounts;
  window: DataWindow;
  /** 0 for the first plan, rising to 1 as re-plans get more frugal. */
  frugal: number;
  /**
   * The last re-plan (`BUDGET.replan`): nothing new goes on a card (subscriptions and purchases are paid
   * from checking, which opens higher), so a customer whose cards no plan could keep under their limits
   * or pay down still gets a consistent ledger.
   */
  lastResort?: boolean;
  /** Terms drawn with the accounts (the same in every re-plan): each card's APR and the loan's rate and payment. */
  terms: PlanTerms;
  /** Lives paycheck to paycheck (`BUDGET.stress`): keeps little in checking and may overdraw it. */
  strained: boolean;
}

export interface PlanTerms {
  cardAprs: number[];
  loan: StudentLoanTerms | null;
}

/** How an event moves money, for the budget's running totals. */
export interface EventFlow {
  /** Transactions the event makes (a transfer makes two). */
  count?: number;
  /** Cents into checking. */
  inCents?: number;
  /** Cents out of checking. */
  outCents?: number;
  /** Cents charged to a card. */
  card?: { index: number; cents: number };
}

export class PlanBudget {
  readonly events: LedgerEvent[] = [];
  readonly streams = new Map<string, StreamPlan>();
  readonly lifeEvents: LifeEventPlan[] = [];
  /** Transactions the fixed series will make; everyday spending fills the rest of the target. */
  fixedCount = 0;
  inflowCents = 0;
  outflowCents = 0;
  /** A strained customer's checking opens at this instead (`BUDGET.stress`), or null to keep the account's. */
  checkingOpeningCents: number | null = null;
  readonly cardPurchases: number[];

  constructor(
    private readonly rng: Rng,
    cards: number,
  ) {
    this.cardPurchases = Array.from({ length: cards }, () => 0);
  }

  /** A new recurring series, recorded as ground truth. */
  stream(frequency: StreamFrequency, periodDays: number): StreamPlan {
    const plan = { streamId: `stream_${uuidFrom(this.rng)}`, frequency, periodDays };
    this.streams.set(plan.streamId, plan);
    return plan;
  }

  /** A new life-event id. */
  lifeEventId(): string {
    return `event_${uuidFrom(this.rng)}`;
  }

  add(event: LedgerEvent, flow: EventFlow = {}): void {
    this.events.push(event);
    this.fixedCount += flow.count ?? 0;
    this.inflowCents += flow.inCents ?? 0;
    this.outflowCents += flow.outCents ?? 0;
    if (flow.card)
      this.cardPurchases[flow.card.index] = (this.cardPurchases[flow.card.index] as number) + flow.card.cents;
  }
}

/** Day-of-month jitter for monthly bills (`BUDGET.dayJitter`); ACH debits then move to a business day within it. */
export function jitter(ctx: PlanContext): () => number {
  const d = ctx.profile.budget.dayJitter;
  return () => ctx.rng.int(-d, d);
}
