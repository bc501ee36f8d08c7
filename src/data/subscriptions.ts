// The spec's five subscription services at their exact monthly prices (task 4.4). Rows only.
import type { PfcDetailed } from "./pfc-taxonomy.ts";

export interface SubscriptionService {
  /** The service as the spec names it; `transactionFactory.subscription(name)` takes this. */
  service: string;
  merchant_name: string;
  /** The raw description a bank statement shows. */
  name: string;
  price_cents: number;
  pfc: PfcDetailed;
}

export const SUBSCRIPTIONS: readonly SubscriptionService[] = [
  { service: "Netflix", merchant_name: "Netflix", name: "NETFLIX.COM", price_cents: 1599, pfc: "ENTERTAINMENT_TV_AND_MOVIES" },
  { service: "Spotify", merchant_name: "Spotify", name: "Spotify USA", price_cents: 1099, pfc: "ENTERTAINMENT_MUSIC_AND_AUDIO" },
  { service: "Amazon Prime", merchant_name: "Amazon Prime", name: "Amazon Prime*Membership", price_cents: 1499, pfc: "GENERAL_MERCHANDISE_ONLINE_MARKETPLACES" },
  { service: "Gym Membership", merchant_name: "Anytime Fitness", name: "ANYTIME FITNESS MEMBERSHIP", price_cents: 4500, pfc: "PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS" },
  { service: "Cloud Storage", merchant_name: "Apple", name: "APPLE.COM/BILL ICLOUD STORAGE", price_cents: 999, pfc: "GENERAL_SERVICES_OTHER_GENERAL_SERVICES" },
];

export const SUBSCRIPTION_NAMES = ["Netflix", "Spotify", "Amazon Prime", "Gym Membership", "Cloud Storage"] as const;
export type SubscriptionName = (typeof SUBSCRIPTION_NAMES)[number];
