export const SUBSCRIPTIONS = [
    { service: "Netflix", merchant_name: "Netflix", name: "NETFLIX.COM", price_cents: 1599, pfc: "ENTERTAINMENT_TV_AND_MOVIES" },
    { service: "Spotify", merchant_name: "Spotify", name: "Spotify USA", price_cents: 1099, pfc: "ENTERTAINMENT_MUSIC_AND_AUDIO" },
    { service: "Amazon Prime", merchant_name: "Amazon Prime", name: "Amazon Prime*Membership", price_cents: 1499, pfc: "GENERAL_MERCHANDISE_ONLINE_MARKETPLACES" },
    { service: "Gym Membership", merchant_name: "Anytime Fitness", name: "ANYTIME FITNESS MEMBERSHIP", price_cents: 4500, pfc: "PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS" },
    { service: "Cloud Storage", merchant_name: "Apple", name: "APPLE.COM/BILL ICLOUD STORAGE", price_cents: 999, pfc: "GENERAL_SERVICES_OTHER_GENERAL_SERVICES" },
];
export const SUBSCRIPTION_NAMES = ["Netflix", "Spotify", "Amazon Prime", "Gym Membership", "Cloud Storage"];
//# sourceMappingURL=subscriptions.js.map