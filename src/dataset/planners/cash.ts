// ATM cash and P2P payments (issue 9): a few round withdrawals a month from checking for some users
// (`BUDGET.cash`), and P2P payments sent and sometimes received (`BUDGET.p2p`), none of them recurring.
// They take at most `room` transactions, so everyday spending still fills the rest of the target.
import { ATM_NAMES, P2P_APPS } from "../../data/bills.ts";
import { cashWithdrawalCents, p2pCents } from "../../rules/transactions/bills.ts";
import { dayOf } from "../../units/dates.ts";
import { inWindow } from "../window.ts";
import type { PlanBudget, PlanContext } from "./budget.ts";

export function planCashAndP2p(ctx: PlanContext, budget: PlanBudget, room: number): void {
  const { rng, profile, window } = ctx;
  const { cash, p2p } = profile.budget;
  const usesCash = rng.chance(cash.share);
  const usesP2p = rng.chance(p2p.share);
  const atm = rng.pick(ATM_NAMES);
  const app = rng.pick(P2P_APPS);
  let left = room;
  const dayIn = (year: number, month: number): number | null => {
    const day = dayOf(year, month, rng.int(1, 31));
    return inWindow(window, day) ? day : null;
  };
  for (const { year, month } of window.months) {
    if (usesCash) {
      for (let n = rng.int(cash.perMonth.min, cash.perMonth.max); n > 0 && left > 0; n--) {
        const day = dayIn(year, month);
        const cents = cashWithdrawalCents(profile, rng);
        if (day === null) continue;
        budget.add({ type: "cash_withdrawal", day, cents, atm }, { count: 1, outCents: cents });
        left--;
      }
    }
    if (usesP2p) {
      for (let n = rng.int(p2p.sentPerMonth.min, p2p.sentPerMonth.max); n > 0 && left > 0; n--) {
        const day = dayIn(year, month);
        const cents = p2pCents(profile, rng);
        if (day === null) continue;
        budget.add({ type: "p2p", day, cents: -cents, app }, { count: 1, outCents: cents });
        left--;
      }
      if (rng.chance(p2p.receivedChancePerMonth) && left > 0) {
        const day = dayIn(year, month);
        const cents = p2pCents(profile, rng);
        if (day !== null) {
          budget.add({ type: "p2p", day, cents, app }, { count: 1, inCents: cents });
          left--;
        }
      }
    }
  }
}
