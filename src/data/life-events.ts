// The life-events concern of the profile: what a medical bill, a job change or a large purchase costs
// and how long it lasts (spec task 4.8). Numbers only; the payees are in merchants.ts.

export const LIFE_EVENTS = {
  medicalCents: { min: 50_000, max: 300_000 },
  largePurchaseCents: { min: 80_000, max: 600_000 },
  /** A large purchase costs `base + incomeWeight * incomeFactor` of the way up its range. */
  largePurchaseIncomeScale: { base: 0.4, incomeWeight: 0.6 },
  /** One-off expenses fall at least this many days inside the window. */
  dayMarginDays: 7,
  /** A fully frugal re-plan places a one-off expense this far (as a share) into the possible days. */
  frugalLateShare: 0.7,
  /** A one-off expense goes on a card whose available credit is at least this multiple of it. */
  cardHeadroom: 1.5,
  /** Otherwise savings pay for it when they can, withdrawn up to this many days before. */
  savingsLeadDays: { min: 0, max: 2 },
  jobChangeGapDays: { min: 14, max: 28 },
  /** The new salary as a multiple of the old one. */
  jobChangeRaise: { min: 0.9, max: 1.25 },
} as const;

export type LifeEvents = typeof LIFE_EVENTS;
