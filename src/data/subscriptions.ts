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

/**
 * More streaming services at their 2024 US list prices (ad-free tiers), for profiles that follow
 * Deloitte's Digital Media Trends 2024 (about 4 services, about $61 a month per streaming household).
 * Source notes: the services' US price pages as reported in 2024 press coverage. Rows only.
 */
export const STREAMING_2024: readonly SubscriptionService[] = [
  { service: "Hulu", merchant_name: "Hulu", name: "HULU 877-8244858", price_cents: 1899, pfc: "ENTERTAINMENT_TV_AND_MOVIES" },
  { service: "Disney+", merchant_name: "Disney+", name: "DISNEY PLUS", price_cents: 1399, pfc: "ENTERTAINMENT_TV_AND_MOVIES" },
  { service: "Max", merchant_name: "Max", name: "MAX.COM", price_cents: 1699, pfc: "ENTERTAINMENT_TV_AND_MOVIES" },
  { service: "Peacock", merchant_name: "Peacock", name: "PEACOCK PREMIUM", price_cents: 1399, pfc: "ENTERTAINMENT_TV_AND_MOVIES" },
  { service: "Paramount+", merchant_name: "Paramount+", name: "PARAMOUNT+", price_cents: 1199, pfc: "ENTERTAINMENT_TV_AND_MOVIES" },
  { service: "Apple TV+", merchant_name: "Apple TV+", name: "APPLE.COM/BILL TV+", price_cents: 999, pfc: "ENTERTAINMENT_TV_AND_MOVIES" },
  { service: "YouTube Premium", merchant_name: "YouTube", name: "GOOGLE *YOUTUBEPREMIUM", price_cents: 1399, pfc: "ENTERTAINMENT_TV_AND_MOVIES" },
];
