// The events a customer's ledger is made of, before they become transactions. A plan lists them;
// the ledger replays them day by day, deciding how each is paid so that balances stay valid.
import type { P2pApp } from "../data/bills.ts";

import type { Merchant, SpendKind } from "../data/merchants.ts";
import type { PfcDetailed } from "../data/pfc-taxonomy.ts";
import type { SubscriptionService } from "../data/subscriptions.ts";
import type { HomeLocation, LifeEventKind } from "../schemas/user.ts";
import type { StreamFrequency } from "../schemas/recurring-stream.ts";

/** A planned recurring series on one account (a transfer series has one per leg). */
export interface StreamPlan {
  streamId: string;
  frequency: StreamFrequency;
  /** Expected gap between occurrences in days (for `is_active`). */
  periodDays: number;
}

export type Payee = { merchant_name: string; name: string; pfc: PfcDetailed };

export type LedgerEvent =
  | {
      type: "payroll";
      day: number;
      cents: number;
      employer: string;
      stream: StreamPlan;
      lifeEvent?: string;
      /** Social Security and pensions: `INCOME_RETIREMENT_PENSION` (default `INCOME_SALARY`). */
      pfc?: PfcDetailed;
    }
  | { type: "interest"; day: number; apy: number }
  | {
      type: "rent";
      day: number;
      cents: number;
      payee: { merchant_name: string; name: string };
      mortgage: boolean;
      stream: StreamPlan;
    }
  | { type: "utility"; day: number; cents: number; payee: Payee; stream: StreamPlan }
  | { type: "subscription"; day: number; service: SubscriptionService; card: number | null; stream: StreamPlan }
  | {
      type: "card_payment";
      day: number;
      card: number;
      cents: number;
      transferStream: StreamPlan;
      cardStream: StreamPlan;
      /** A transactor's autopay: pays what is owed in full (no fixed amount, no stream). */
      full?: boolean;
    }
  /** A card's statement closes: a month's interest on what is owed at the APR, after the day's other events. */
  | { type: "card_interest"; day: number; card: number; aprPercent: number }
  | {
      type: "loan_payment";
      day: number;
      cents: number;
      transferStream: StreamPlan;
      loanStream: StreamPlan;
      /** The loan's rate: a month's interest accrues on the loan just before each payment. */
      ratePercent: number;
    }
  | {
      type: "save";
      day: number;
      cents: number;
      transferStream: StreamPlan;
      savingsStream: StreamPlan | null;
      /**
       * A strained customer's sweep: when checking cannot spare the whole amount, what it holds above
       * `keepCents` moves out instead.
       */
      partial?: { keepCents: number };
    }
  | { type: "withdraw"; day: number; cents: number }
  | {
      type: "spend";
      /** The purchase (authorization) day; it posts 0-3 days later. */
      day: number;
      kind: SpendKind;
      cents: number;
      preferCard: number | null;
      /** The shop (the user's own pool; a trip's airline, hotel, rental car or restaurant). */
      merchant?: Merchant;
      /** The city of an in-store purchase away from home (a trip's destination); home when absent. */
      place?: HomeLocation;
      channel?: "online" | "in store";
      /** The window's last day: a purchase posting after it stays pending. */
      windowEndDay?: number;
    }
  | {
      type: "life_expense";
      day: number;
      kind: LifeEventKind;
      cents: number;
      payee: Payee;
      lifeEvent: string;
      card: number | null;
    }
  // The rest of a budget (issue 9, people): ATM cash and P2P payments (sent: negative, received: positive).
  | { type: "cash_withdrawal"; day: number; cents: number; atm: string }
  | { type: "p2p"; day: number; cents: number; app: P2pApp };

/** Inflows settle before outflows on the same day, so a payday funds that day's spending. */
export function eventOrder(event: LedgerEvent): number {
  if (event.type === "card_interest") return 2;
  return event.type === "payroll" || event.type === "interest" || event.type === "withdraw" ? 0 : 1;
}
