export const SPEND_KINDS = [
    "groceries", "restaurant", "coffee", "shopping", "online", "entertainment", "gas", "travel",
    "back_to_school", "holiday",
];
export const SPEND_CATEGORIES = {
    groceries: {
        price_cents: { min: 3_000, max: 15_000 },
        merchants: [
            { merchant_name: "Whole Foods Market", name: "WHOLEFDS MKT", pfc: "FOOD_AND_DRINK_GROCERIES", online_share: 0.05 },
            { merchant_name: "Trader Joe's", name: "TRADER JOE S", pfc: "FOOD_AND_DRINK_GROCERIES", online_share: 0 },
            { merchant_name: "Kroger", name: "KROGER", pfc: "FOOD_AND_DRINK_GROCERIES", online_share: 0.1 },
            { merchant_name: "Safeway", name: "SAFEWAY", pfc: "FOOD_AND_DRINK_GROCERIES", online_share: 0.1 },
        ],
    },
    restaurant: {
        price_cents: { min: 1_200, max: 6_000 },
        merchants: [
            { merchant_name: "Chipotle Mexican Grill", name: "CHIPOTLE", pfc: "FOOD_AND_DRINK_FAST_FOOD", online_share: 0.2 },
            { merchant_name: "Panera Bread", name: "PANERA BREAD", pfc: "FOOD_AND_DRINK_RESTAURANT", online_share: 0.15 },
            { merchant_name: "Local Diner", name: "LOCAL DINER", pfc: "FOOD_AND_DRINK_RESTAURANT", online_share: 0 },
            { merchant_name: "Pizza Place", name: "PIZZA PLACE", pfc: "FOOD_AND_DRINK_RESTAURANT", online_share: 0.3 },
        ],
    },
    coffee: {
        price_cents: { min: 400, max: 800 },
        merchants: [
            { merchant_name: "Starbucks", name: "STARBUCKS STORE", pfc: "FOOD_AND_DRINK_COFFEE", online_share: 0.1 },
            { merchant_name: "Local Coffee", name: "LOCAL COFFEE", pfc: "FOOD_AND_DRINK_COFFEE", online_share: 0 },
            { merchant_name: "Dunkin'", name: "DUNKIN", pfc: "FOOD_AND_DRINK_COFFEE", online_share: 0.05 },
        ],
    },
    shopping: {
        price_cents: { min: 2_500, max: 25_000 },
        merchants: [
            { merchant_name: "Old Navy", name: "OLD NAVY", pfc: "GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES", online_share: 0.3 },
            { merchant_name: "Nordstrom", name: "NORDSTROM", pfc: "GENERAL_MERCHANDISE_DEPARTMENT_STORES", online_share: 0.3 },
            { merchant_name: "Best Buy", name: "BEST BUY", pfc: "GENERAL_MERCHANDISE_ELECTRONICS", online_share: 0.4 },
            { merchant_name: "Target", name: "TARGET", pfc: "GENERAL_MERCHANDISE_SUPERSTORES", online_share: 0.2 },
        ],
    },
    online: {
        price_cents: { min: 1_500, max: 12_000 },
        merchants: [
            { merchant_name: "Amazon", name: "AMAZON MKTPL", pfc: "GENERAL_MERCHANDISE_ONLINE_MARKETPLACES", online_share: 1 },
            { merchant_name: "Etsy", name: "ETSY.COM", pfc: "GENERAL_MERCHANDISE_ONLINE_MARKETPLACES", online_share: 1 },
            { merchant_name: "Uber", name: "UBER *TRIP", pfc: "TRANSPORTATION_TAXIS_AND_RIDE_SHARES", online_share: 1 },
            { merchant_name: "DoorDash", name: "DD DOORDASH", pfc: "FOOD_AND_DRINK_FAST_FOOD", online_share: 1 },
        ],
    },
    entertainment: {
        price_cents: { min: 1_200, max: 15_000 },
        merchants: [
            { merchant_name: "AMC Theatres", name: "AMC THEATRES", pfc: "ENTERTAINMENT_TV_AND_MOVIES", online_share: 0.3 },
            { merchant_name: "Ticketmaster", name: "TICKETMASTER", pfc: "ENTERTAINMENT_SPORTING_EVENTS_AMUSEMENT_PARKS_AND_MUSEUMS", online_share: 1 },
            { merchant_name: "Steam", name: "STEAMGAMES.COM", pfc: "ENTERTAINMENT_VIDEO_GAMES", online_share: 1 },
        ],
    },
    gas: {
        price_cents: { min: 2_500, max: 7_000 },
        merchants: [
            { merchant_name: "Shell", name: "SHELL OIL", pfc: "TRANSPORTATION_GAS", online_share: 0 },
            { merchant_name: "Chevron", name: "CHEVRON", pfc: "TRANSPORTATION_GAS", online_share: 0 },
            { merchant_name: "ExxonMobil", name: "EXXONMOBIL", pfc: "TRANSPORTATION_GAS", online_share: 0 },
        ],
    },
    travel: {
        price_cents: { min: 12_000, max: 60_000 },
        merchants: [
            { merchant_name: "Delta Air Lines", name: "DELTA AIR LINES", pfc: "TRAVEL_FLIGHTS", online_share: 1 },
            { merchant_name: "Marriott", name: "MARRIOTT HOTELS", pfc: "TRAVEL_LODGING", online_share: 0.5 },
            { merchant_name: "Hertz", name: "HERTZ RENT-A-CAR", pfc: "TRAVEL_RENTAL_CARS", online_share: 0.5 },
        ],
    },
    back_to_school: {
        price_cents: { min: 2_000, max: 15_000 },
        merchants: [
            { merchant_name: "Staples", name: "STAPLES", pfc: "GENERAL_MERCHANDISE_OFFICE_SUPPLIES", online_share: 0.3 },
            { merchant_name: "Barnes & Noble", name: "BARNES & NOBLE", pfc: "GENERAL_MERCHANDISE_BOOKSTORES_AND_NEWSSTANDS", online_share: 0.3 },
            { merchant_name: "Target", name: "TARGET", pfc: "GENERAL_MERCHANDISE_SUPERSTORES", online_share: 0.2 },
        ],
    },
    holiday: {
        price_cents: { min: 2_500, max: 20_000 },
        merchants: [
            { merchant_name: "Macy's", name: "MACYS", pfc: "GENERAL_MERCHANDISE_DEPARTMENT_STORES", online_share: 0.4 },
            { merchant_name: "Amazon", name: "AMAZON MKTPL", pfc: "GENERAL_MERCHANDISE_ONLINE_MARKETPLACES", online_share: 1 },
            { merchant_name: "Hallmark", name: "HALLMARK", pfc: "GENERAL_MERCHANDISE_GIFTS_AND_NOVELTIES", online_share: 0.1 },
        ],
    },
};
/** Monthly bill payees for the utilities stream. */
export const UTILITY_PROVIDERS = [
    { merchant_name: "Duke Energy", name: "DUKE ENERGY PAYMENT", pfc: "RENT_AND_UTILITIES_GAS_AND_ELECTRICITY" },
    { merchant_name: "Con Edison", name: "CON ED OF NY BILL PAYMT", pfc: "RENT_AND_UTILITIES_GAS_AND_ELECTRICITY" },
    { merchant_name: "PG&E", name: "PGANDE WEB ONLINE", pfc: "RENT_AND_UTILITIES_GAS_AND_ELECTRICITY" },
    { merchant_name: "Xcel Energy", name: "XCEL ENERGY PAYMENT", pfc: "RENT_AND_UTILITIES_GAS_AND_ELECTRICITY" },
    { merchant_name: "Comcast Xfinity", name: "COMCAST XFINITY", pfc: "RENT_AND_UTILITIES_INTERNET_AND_CABLE" },
    { merchant_name: "Verizon", name: "VERIZON WIRELESS PAYMENTS", pfc: "RENT_AND_UTILITIES_TELEPHONE" },
];
export const LANDLORDS = [
    { merchant_name: "Greystar", name: "GREYSTAR RENT PAYMENT" },
    { merchant_name: "AvalonBay Communities", name: "AVALONBAY RENT" },
    { merchant_name: "Equity Residential", name: "EQUITY RESIDENTIAL RENT" },
    { merchant_name: "Camden Property Trust", name: "CAMDEN PROPERTY RENT" },
];
export const MORTGAGE_LENDERS = [
    { merchant_name: "Rocket Mortgage", name: "ROCKET MORTGAGE PAYMENT" },
    { merchant_name: "Wells Fargo Home Mortgage", name: "WELLS FARGO HOME MTG" },
    { merchant_name: "Chase Home Lending", name: "CHASE MORTGAGE PAYMENT" },
];
export const MEDICAL_PROVIDERS = [
    { merchant_name: "St. Mary's Hospital", name: "ST MARYS HOSPITAL BILLING", pfc: "MEDICAL_PRIMARY_CARE" },
    { merchant_name: "City Urgent Care", name: "CITY URGENT CARE", pfc: "MEDICAL_PRIMARY_CARE" },
    { merchant_name: "Aspen Dental", name: "ASPEN DENTAL", pfc: "MEDICAL_DENTAL_CARE" },
];
export const LARGE_PURCHASES = [
    { merchant_name: "CarMax", name: "CARMAX AUTO DOWN PAYMENT", pfc: "TRANSPORTATION_OTHER_TRANSPORTATION" },
    { merchant_name: "The Home Depot", name: "THE HOME DEPOT APPLIANCES", pfc: "HOME_IMPROVEMENT_HARDWARE" },
    { merchant_name: "Ashley Furniture", name: "ASHLEY FURNITURE", pfc: "HOME_IMPROVEMENT_FURNITURE" },
];
/** Employers whose names appear on payroll deposits (`<EMPLOYER> PAYROLL DIR DEP`). */
export const EMPLOYERS = [
    "Acme Corp", "Globex", "Initech", "Northwind Traders", "Contoso", "Umbrella Health", "Stark Logistics",
    "Wayne Enterprises", "Blue Ridge Foods", "Pioneer Energy", "Summit Health Partners", "Lakeside Schools",
    "Evergreen Software", "Harbor Freight Lines", "Keystone Insurance", "Redwood Retail", "Granite Construction Co",
    "Cascade Medical Group", "Silverline Bank", "Metro Transit Authority", "Orion Analytics", "Maple Leaf Hospitality",
    "Sunrise Senior Living", "Ironclad Manufacturing", "Bright Horizons Learning", "Coastal Credit Union",
    "Prairie Wind Farms", "Atlas Engineering", "Beacon Media", "Crescent City Government",
];
/**
 * The spending concern of the profile: what everyday purchases cost, how often each kind happens and
 * on which days (spec tasks 4.5-4.7).
 */
export const SPENDING = {
    categories: SPEND_CATEGORIES,
    /** Relative weights of everyday categories (the spec's per-day chances, used as weights: AC-2 ruling). */
    weights: { groceries: 0.4, restaurant: 0.5, coffee: 0.6, shopping: 0.12, online: 0.2, entertainment: 0.08, gas: 0.15 },
    /** Seasonal categories and the months (1-12) they appear in, with their weight then. */
    seasonal: [
        { kind: "travel", months: [6, 7], weight: 0.06 },
        { kind: "back_to_school", months: [8, 9], weight: 0.08 },
        { kind: "holiday", months: [11, 12], weight: 0.15 },
    ],
    /** Restaurants are this many times likelier on Friday to Sunday. */
    weekendRestaurantUplift: 1.8,
    /** Any purchase is this many times likelier on Friday to Sunday, and in a seasonal month. */
    weekendDayUplift: 1.25,
    seasonalDayUplift: 1.2,
    /**
     * Who buys coffee (the spec: "60 % chance per day for students/high-income"): users whose life stage
     * or income tier is listed. Everyone else never buys coffee.
     */
    coffeeDrinkers: { lifeStages: ["student"], incomeTiers: ["high"] },
    /** Chance that a purchase of a kind goes on a card when the customer has one. */
    cardPreference: { groceries: 0.4, restaurant: 0.4, coffee: 0.35 },
    cardPreferenceDefault: 0.8,
    /**
     * Where a price falls inside its category's range: `base + incomeWeight * incomeFactor - frugalWeight
     * * frugality`, plus a uniform spread of `spread` around it, clamped to the range. The income factor
     * is 0 at `incomeFloor` and 1 at `incomeCeiling` dollars, on a log scale.
     */
    pricePosition: { base: 0.15, incomeWeight: 0.6, frugalWeight: 0.35, spread: 0.5, incomeFloor: 15_000, incomeCeiling: 400_000 },
    /** Days between authorization and posting. */
    authLagDays: { inStore: { min: 0, max: 2 }, online: { min: 0, max: 1 } },
    /** Stores near home: a store number, a street number, and coordinates within this many degrees. */
    stores: { storeNumber: { min: 100, max: 9_999 }, streetNumber: { min: 100, max: 9_899 }, coordinateJitterDegrees: 0.05 },
    /** How sure Plaid is of a purchase's category: cumulative shares of VERY_HIGH, then HIGH; the rest MEDIUM. */
    confidence: { veryHigh: 0.75, high: 0.2 },
};
//# sourceMappingURL=merchants.js.map