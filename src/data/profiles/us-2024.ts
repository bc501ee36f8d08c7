// The `us-2024` profile: the default profile (the spec's numbers) with overrides where a spec number
// contradicts public US figures (src/data/references.ts lists them with their sources). Only numbers
// change here; the rules are the same. Built from the concern modules (not from DEFAULT_PROFILE) so
// that src/data/profile.ts can register it without an import cycle.
//
// Overrides (each names the reference it follows):
// - accounts.cardCountWeights: more cards per cardholder (Experian: 3.9 active cards per consumer,
//   2023; SHED 2023: 82 % of adults hold a card, under half only below $25k). The generator holds at
//   most three cards (the weights are a 0-3 tuple), so the mean per cardholder stays under Experian's;
//   more cards need a wider tuple (listed for the integrator).
// - accounts.creditUtilization: opening utilization 5-60 % (transactors pay their cards down over the
//   window, so the end-of-window mean lands nearer Experian's 28-29 %, Consumer Credit Review 2023), not
//   30-70 %.
// - accounts.subscriptionsPerSubscriber and budget.subscriptions.catalogue: 3-7 services from the
//   spec's five plus seven streaming services at 2024 prices (Deloitte Digital Media Trends 2024:
//   about 4 services, about $61 a month per streaming household).
// - budget.countBand: 205-280 transactions per 184 days, so purchases (card and debit card) reach
//   about 31 a month (Atlanta Fed 2024 SDCPC: 48 payments a month, 65 % by card) beside the bills,
//   transfers and payroll; the spec's 150-200 leaves about 20.
// - spending.cardPreference: credit cards carry 35 % of payments and debit cards 30 % (FRB 2025 Diary),
//   so a cardholder's purchase goes on the card a little more often than the spec's defaults.
//
// - budget.payroll.frequencyShares: BLS (2013) pay frequency: weekly 32.4 %, biweekly 36.5 %,
//   semimonthly 19.8 %, monthly 11.3 % (the spec: 60 % biweekly, 40 % monthly).
// - budget.housing.burdenBands: ACS 2023 renter cost burden: median about 31 %, 49.7 % above 30 %, about
//   26 % above 50 % (the spec: 25-35 %). The top band stops at 65 % of gross income: above that a
//   one-earner household's take-home pay cannot carry its bills here (the survey's severely burdened
//   households have income the generator does not model: other earners, benefits).
// - budget.cardPayments.payInFullShare: about a third of cardholders pay in full each month (CFPB 2019:
//   about two thirds of active accounts revolve).
import { ACCOUNTS } from "../bank-products.ts";
import { BUDGET } from "../budget.ts";
import { POPULATION } from "../demographics.ts";
import { LIABILITIES } from "../liabilities.ts";
import { LIFE_EVENTS } from "../life-events.ts";
import { SPENDING } from "../merchants.ts";
import { PERSONAS } from "../personas.ts";
import { STREAMING_2024, SUBSCRIPTIONS } from "../subscriptions.ts";
import type { ProfileData } from "../profile.ts";

export const US_2024_PROFILE = {
  name: "us-2024",
  population: POPULATION,
  accounts: {
    ...ACCOUNTS,
    cardCountWeights: {
      low: [0.4, 0.2, 0.15, 0.25],
      middle: [0.1, 0.1, 0.25, 0.55],
      upper_middle: [0.03, 0.07, 0.2, 0.7],
      high: [0.02, 0.03, 0.15, 0.8],
    },
    creditUtilization: { min: 0.05, max: 0.6 },
    subscriptionsPerSubscriber: { min: 3, max: 7 },
  },
  budget: {
    ...BUDGET,
    countBand: { min: 205, max: 280, days: 184 },
    payroll: {
      ...BUDGET.payroll,
      frequencyShares: { WEEKLY: 0.324, BIWEEKLY: 0.365, SEMI_MONTHLY: 0.198, MONTHLY: 0.113 },
    },
    housing: {
      ...BUDGET.housing,
      burdenBands: [
        { min: 0.15, max: 0.3, weight: 0.48 },
        { min: 0.3, max: 0.5, weight: 0.26 },
        { min: 0.5, max: 0.65, weight: 0.26 },
      ],
    },
    // Drawn above the third that pays in full: a transactor short of cash pays part of a statement.
    cardPayments: { ...BUDGET.cardPayments, payInFullShare: 0.42 },
    subscriptions: { ...BUDGET.subscriptions, catalogue: [...SUBSCRIPTIONS, ...STREAMING_2024] },
  },
  spending: {
    ...SPENDING,
    cardPreference: { ...SPENDING.cardPreference, groceries: 0.65, restaurant: 0.65, coffee: 0.6 },
  },
  liabilities: LIABILITIES,
  lifeEvents: LIFE_EVENTS,
  personas: PERSONAS,
} as const satisfies ProfileData;
