// Spec rules the default profile follows and a calibrated profile may change (CHECK_TABLE declares
// which profiles each does not apply to): SP-1 (0-3 cards), SP-2 (rent or mortgage 25-35 % of gross
// monthly income), SP-3 (card utilization 30-70 % at the window's start), SP-4 (the five
// subscriptions at their prices). CAL-1 (ACH on business days) is a diagnostic for every profile.
import { SUBSCRIPTIONS } from "../../data/subscriptions.ts";
import { isBusinessDay } from "../../units/business-days.ts";
import { toDay } from "../../units/dates.ts";
import { CHECK_RULES } from "../check-table.ts";
import { Family, type Measurement } from "../family.ts";
import type { InspectedCustomer } from "../inspect.ts";
import { Examples } from "../sample.ts";

const PRICE_BY_MERCHANT = new Map(SUBSCRIPTIONS.map((s) => [s.merchant_name, { cents: s.price_cents, pfc: s.pfc }]));
const HOUSING = new Set(["RENT_AND_UTILITIES_RENT", "LOAN_PAYMENTS_MORTGAGE_PAYMENT"]);
/** ACH-style postings (CAL-1): these categories on a depository account through channel `other`. */
const ACH_PREFIXES = ["INCOME_", "RENT_AND_UTILITIES_", "LOAN_PAYMENTS_", "GENERAL_SERVICES_INSURANCE"] as const;
/**
 * Savings interest is the bank's own credit, not an ACH payment: it posts on the quarter's last
 * calendar day, a weekend in some quarters (2022-12-31, 2023-09-30, 2024-03-31, ...).
 */
const NOT_ACH = new Set(["INCOME_INTEREST_EARNED"]);

/** Whether a depository account's `other`-channel posting of this detailed category moves by ACH (CAL-1, R-9). */
export const isAchCategory = (detailed: string): boolean =>
  ACH_PREFIXES.some((p) => detailed.startsWith(p)) && !NOT_ACH.has(detailed);

export class SpecRulesFamily extends Family<SpecRulesFamily> {
  private users = 0;
  private readonly counts = {
    cardsOutside: 0,
    housing: 0,
    housingOutside: 0,
    cards: 0,
    cardsOutsideUtil: 0,
    subs: 0,
    subsOff: 0,
  };
  private readonly examples = {
    cards: new Examples(CHECK_RULES.examples),
    housing: new Examples(CHECK_RULES.examples),
    util: new Examples(CHECK_RULES.examples),
    subs: new Examples(CHECK_RULES.examples),
  };

  add({ valid }: InspectedCustomer): void {
    const spec = CHECK_RULES.spec;
    const user = valid.user.user_id;
    this.users++;
    const cards = valid.accounts.filter((a) => a.subtype === "credit card");
    if (cards.length > spec.maxCards) {
      this.counts.cardsOutside++;
      this.examples.cards.note({ user, seq: 0 }, `${user} holds ${cards.length} cards`);
    }
    const monthly = valid.user.metadata.income / 12;
    valid.transactions.forEach((t, seq) => {
      const detailed = t.personal_finance_category.detailed;
      if (HOUSING.has(detailed) && t.amount < 0) {
        this.counts.housing++;
        const lo = spec.housingShareOfGrossMonthly.min * monthly - spec.housingSlackDollars;
        const hi = spec.housingShareOfGrossMonthly.max * monthly + spec.housingSlackDollars;
        if (-t.amount < lo || -t.amount > hi) {
          this.counts.housingOutside++;
          this.examples.housing.note(
            { user, seq },
            `${user} ${t.date} $${-t.amount} on $${Math.round(monthly)} a month`,
          );
        }
      }
      const sub = t.merchant_name === null ? undefined : PRICE_BY_MERCHANT.get(t.merchant_name);
      if (sub && t.stream_id !== null && detailed === sub.pfc) {
        this.counts.subs++;
        if (Math.round(-t.amount * 100) !== sub.cents) {
          this.counts.subsOff++;
          this.examples.subs.note({ user, seq }, `${user} ${t.merchant_name} $${-t.amount}`);
        }
      }
    });
    cards.forEach((c, seq) => {
      if (!c.credit_limit) return;
      this.counts.cards++;
      const u = c.opening_balance / c.credit_limit;
      const { min, max } = spec.openingUtilization;
      if (u < min - spec.utilizationSlack || u > max + spec.utilizationSlack) {
        this.counts.cardsOutsideUtil++;
        this.examples.util.note({ user, seq }, `${user} ${c.mask} ${(u * 100).toFixed(1)}%`);
      }
    });
  }

  merge(other: SpecRulesFamily): void {
    this.users += other.users;
    for (const k of Object.keys(this.counts) as (keyof typeof this.counts)[]) this.counts[k] += other.counts[k];
    for (const k of Object.keys(this.examples) as (keyof typeof this.examples)[])
      this.examples[k].merge(other.examples[k]);
  }

  measure(): Measurement[] {
    const c = this.counts;
    const eg = (e: Examples) => (e.texts.length ? ` (e.g. ${e.texts.join("; ")})` : "");
    return [
      {
        id: "SP-1",
        measured: `${c.cardsOutside} of ${this.users} users outside${eg(this.examples.cards)}`,
        value: c.cardsOutside,
      },
      {
        id: "SP-2",
        measured: `${c.housingOutside} of ${c.housing} payments outside${eg(this.examples.housing)}`,
        value: c.housingOutside,
      },
      {
        id: "SP-3",
        measured: `${c.cardsOutsideUtil} of ${c.cards} cards outside${eg(this.examples.util)}`,
        value: c.cardsOutsideUtil,
      },
      {
        id: "SP-4",
        measured: `${c.subsOff} of ${c.subs} charges at another price${eg(this.examples.subs)}`,
        value: c.subsOff,
      },
    ];
  }
}

/** CAL-1: ACH debits and credits on business days only. */
export class CalendarFamily extends Family<CalendarFamily> {
  private total = 0;
  private offDay = 0;
  private readonly examples = new Examples(CHECK_RULES.examples);

  add({ valid }: InspectedCustomer): void {
    const depository = new Set(valid.accounts.filter((a) => a.type === "depository").map((a) => a.account_id));
    valid.transactions.forEach((t, seq) => {
      const d = t.personal_finance_category.detailed;
      if (!depository.has(t.account_id) || t.payment_channel !== "other" || !isAchCategory(d)) return;
      this.total++;
      if (!isBusinessDay(toDay(t.date))) {
        this.offDay++;
        this.examples.note({ user: valid.user.user_id, seq }, `${t.user_id} ${t.date} ${t.name}`);
      }
    });
  }

  merge(other: CalendarFamily): void {
    this.total += other.total;
    this.offDay += other.offDay;
    this.examples.merge(other.examples);
  }

  measure(): Measurement[] {
    const eg = this.examples.texts.length ? ` (e.g. ${this.examples.texts.join("; ")})` : "";
    return [
      {
        id: "CAL-1",
        measured: `${this.offDay} of ${this.total} on a weekend or federal holiday${eg}`,
        value: this.offDay,
      },
    ];
  }
}
