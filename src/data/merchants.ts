// Merchants, price ranges and categories for everyday spending (spec tasks 4.3-4.8). Rows only.
import {
  AIRLINES,
  COFFEE_BRANDS,
  ENTERTAINMENT_BRANDS,
  FUEL_BRANDS,
  GROCERY_BRANDS,
  HOTELS,
  LOCAL_NOUNS,
  type LocalNoun,
  type Merchant,
  ONLINE_BRANDS,
  PHARMACY_BRANDS,
  RENTAL_CARS,
  RESTAURANT_BRANDS,
  SEASONAL_BRANDS,
  SHOPPING_BRANDS,
} from "./merchant-names.ts";
import type { PfcDetailed } from "./pfc-taxonomy.ts";

export type { LocalNoun, Merchant } from "./merchant-names.ts";

export interface SpendCategory {
  /** National brands of this kind. */
  merchants: readonly Merchant[];
  price_cents: { min: number; max: number };
  /** Local businesses of this kind, named per city (`localMerchants`): how many per city, and their nouns. */
  local?: { perCity: number; nouns: readonly LocalNoun[] };
}

export const SPEND_KINDS = [
  "groceries", "restaurant", "coffee", "shopping", "online", "entertainment", "gas", "pharmacy", "travel",
  "back_to_school", "holiday",
] as const;
export type SpendKind = (typeof SPEND_KINDS)[number];

const pick = (list: readonly Merchant[], names: readonly string[]): Merchant[] =>
  names.map((n) => {
    const found = list.find((x) => x.merchant_name === n);
    if (!found) throw new Error(`merchants: no brand ${n}`);
    return found;
  });

export const SPEND_CATEGORIES: Readonly<Record<SpendKind, SpendCategory>> = {
  groceries: { price_cents: { min: 3_000, max: 15_000 }, merchants: GROCERY_BRANDS, local: { perCity: 3, nouns: LOCAL_NOUNS.groceries } },
  restaurant: { price_cents: { min: 1_200, max: 6_000 }, merchants: RESTAURANT_BRANDS, local: { perCity: 16, nouns: LOCAL_NOUNS.restaurant } },
  coffee: { price_cents: { min: 400, max: 800 }, merchants: COFFEE_BRANDS, local: { perCity: 6, nouns: LOCAL_NOUNS.coffee } },
  shopping: { price_cents: { min: 2_500, max: 25_000 }, merchants: SHOPPING_BRANDS, local: { perCity: 5, nouns: LOCAL_NOUNS.shopping } },
  online: { price_cents: { min: 1_500, max: 12_000 }, merchants: ONLINE_BRANDS },
  entertainment: { price_cents: { min: 1_200, max: 15_000 }, merchants: ENTERTAINMENT_BRANDS, local: { perCity: 3, nouns: LOCAL_NOUNS.entertainment } },
  gas: { price_cents: { min: 2_500, max: 7_000 }, merchants: FUEL_BRANDS, local: { perCity: 2, nouns: LOCAL_NOUNS.gas } },
  pharmacy: { price_cents: { min: 800, max: 6_000 }, merchants: PHARMACY_BRANDS, local: { perCity: 2, nouns: LOCAL_NOUNS.pharmacy } },
  travel: { price_cents: { min: 12_000, max: 60_000 }, merchants: [...AIRLINES, ...HOTELS, ...RENTAL_CARS] },
  back_to_school: {
    price_cents: { min: 2_000, max: 15_000 },
    merchants: [
      ...pick(SEASONAL_BRANDS, ["Staples", "Office Depot"]),
      ...pick(SHOPPING_BRANDS, ["Barnes & Noble", "Target", "Walmart", "Old Navy"]),
    ],
  },
  holiday: {
    price_cents: { min: 2_500, max: 20_000 },
    merchants: [
      ...pick(SEASONAL_BRANDS, ["Macy's", "Hallmark"]),
      ...pick(SHOPPING_BRANDS, ["Kohl's", "Best Buy", "Target", "Michaels", "Nordstrom"]),
      ...pick(ONLINE_BRANDS, ["Amazon", "Etsy"]),
    ],
  },
};

/** Monthly bill payees for the utilities stream. */
export const UTILITY_PROVIDERS: readonly { merchant_name: string; name: string; pfc: PfcDetailed }[] = [
  { merchant_name: "Duke Energy", name: "DUKE ENERGY PAYMENT", pfc: "RENT_AND_UTILITIES_GAS_AND_ELECTRICITY" },
  { merchant_name: "Con Edison", name: "CON ED OF NY BILL PAYMT", pfc: "RENT_AND_UTILITIES_GAS_AND_ELECTRICITY" },
  { merchant_name: "PG&E", name: "PGANDE WEB ONLINE", pfc: "RENT_AND_UTILITIES_GAS_AND_ELECTRICITY" },
  { merchant_name: "Xcel Energy", name: "XCEL ENERGY PAYMENT", pfc: "RENT_AND_UTILITIES_GAS_AND_ELECTRICITY" },
  { merchant_name: "Comcast Xfinity", name: "COMCAST XFINITY", pfc: "RENT_AND_UTILITIES_INTERNET_AND_CABLE" },
  { merchant_name: "Verizon", name: "VERIZON WIRELESS PAYMENTS", pfc: "RENT_AND_UTILITIES_TELEPHONE" },
];

export const LANDLORDS: readonly { merchant_name: string; name: string }[] = [
  { merchant_name: "Greystar", name: "GREYSTAR RENT PAYMENT" },
  { merchant_name: "AvalonBay Communities", name: "AVALONBAY RENT" },
  { merchant_name: "Equity Residential", name: "EQUITY RESIDENTIAL RENT" },
  { merchant_name: "Camden Property Trust", name: "CAMDEN PROPERTY RENT" },
];

export const MORTGAGE_LENDERS: readonly { merchant_name: string; name: string }[] = [
  { merchant_name: "Rocket Mortgage", name: "ROCKET MORTGAGE PAYMENT" },
  { merchant_name: "Wells Fargo Home Mortgage", name: "WELLS FARGO HOME MTG" },
  { merchant_name: "Chase Home Lending", name: "CHASE MORTGAGE PAYMENT" },
];

export const MEDICAL_PROVIDERS: readonly { merchant_name: string; name: string; pfc: PfcDetailed }[] = [
  { merchant_name: "St. Mary's Hospital", name: "ST MARYS HOSPITAL BILLING", pfc: "MEDICAL_PRIMARY_CARE" },
  { merchant_name: "City Urgent Care", name: "CITY URGENT CARE", pfc: "MEDICAL_PRIMARY_CARE" },
  { merchant_name: "Aspen Dental", name: "ASPEN DENTAL", pfc: "MEDICAL_DENTAL_CARE" },
];

export const LARGE_PURCHASES: readonly { merchant_name: string; name: string; pfc: PfcDetailed }[] = [
  { merchant_name: "CarMax", name: "CARMAX AUTO DOWN PAYMENT", pfc: "TRANSPORTATION_OTHER_TRANSPORTATION" },
  { merchant_name: "The Home Depot", name: "THE HOME DEPOT APPLIANCES", pfc: "HOME_IMPROVEMENT_HARDWARE" },
  { merchant_name: "Ashley Furniture", name: "ASHLEY FURNITURE", pfc: "HOME_IMPROVEMENT_FURNITURE" },
];

/** Employers whose names appear on payroll deposits (`<EMPLOYER> PAYROLL DIR DEP`). */
export const EMPLOYERS: readonly string[] = [
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
  /**
   * Relative weights of everyday categories (the spec's per-day chances, used as weights: AC-2 ruling).
   * Groceries and restaurants are overridden by `weightsByIncome`.
   */
  weights: { groceries: 0.4, restaurant: 0.5, coffee: 0.6, shopping: 0.12, online: 0.2, entertainment: 0.08, gas: 0.15, pharmacy: 0.06 },
  /**
   * Kind weights that move with income (at income factor 0 and 1, linear between; `incomeFactor`): lower
   * incomes buy more groceries and eat out less, so the groceries-to-eating-out ratio in dollars falls
   * from about 2.3 in the lowest income quintile to about 1.2 in the highest (BLS CE 2024 Table 1101,
   * food at home / food away from home by quintile: 2.32, 2.02, 1.78, 1.53, 1.22).
   */
  weightsByIncome: { groceries: { low: 0.55, high: 0.37 }, restaurant: { low: 0.26, high: 0.7 } },
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
   * Purchase amounts: a lognormal truncated to the category's range (drawn by inverse CDF, so no point
   * mass at a bound) and right-skewed. On the log scale of the range (0 = min, 1 = max) the median sits
   * at `base + incomeWeight * incomeFactor - frugalWeight * frugality` and the spread is `spread`. The
   * income factor is 0 at `incomeFloor` and 1 at `incomeCeiling` dollars, on a log scale.
   */
  pricePosition: { base: 0.12, incomeWeight: 0.3, frugalWeight: 0.35, spread: 0.35, incomeFloor: 15_000, incomeCeiling: 400_000 },
  /**
   * Days a card authorization stays pending before it posts (Plaid: `authorized_date` is the purchase
   * day, `date` the posting day). A purchase whose posting day falls after the window end is still
   * pending: `pending: true`, `date` = the authorization date.
   */
  pending: { inStore: { min: 0, max: 3 }, online: { min: 0, max: 2 } },
  /**
   * Each user's own shops per kind: this many national brands (drawn by brand weight) and local
   * businesses of the home city. The shops are ranked; the k-th gets weight 1 / k^`loyalty`, so the
   * first is a favourite visited habitually (on random days, never on a schedule). Kinds not listed
   * draw from the whole category.
   */
  merchantPool: {
    loyalty: 1.1,
    kinds: {
      groceries: { national: { min: 1, max: 2 }, local: { min: 0, max: 2 } },
      restaurant: { national: { min: 3, max: 6 }, local: { min: 2, max: 6 } },
      coffee: { national: { min: 1, max: 2 }, local: { min: 1, max: 2 } },
      shopping: { national: { min: 2, max: 5 }, local: { min: 0, max: 2 } },
      online: { national: { min: 1, max: 3 }, local: { min: 0, max: 0 } },
      entertainment: { national: { min: 1, max: 3 }, local: { min: 0, max: 1 } },
      gas: { national: { min: 1, max: 2 }, local: { min: 0, max: 1 } },
      pharmacy: { national: { min: 1, max: 1 }, local: { min: 0, max: 1 } },
    },
  },
  /**
   * A travel purchase is a trip: a flight booked online (no location) some days before, a few nights
   * in another city of the catalogue, the hotel paid at check-out and maybe a rental car on return
   * (both located at the destination), and meals there (local restaurants of the destination).
   */
  trips: {
    nights: { min: 1, max: 4 },
    bookingLeadDays: { min: 7, max: 45 },
    rentalCarShare: 0.45,
    meals: { min: 1, max: 3 },
    localMealShare: 0.7,
  },
  /** Stores near home: a store number, a street number, and coordinates within this many degrees. */
  stores: { storeNumber: { min: 100, max: 9_999 }, streetNumber: { min: 100, max: 9_899 }, coordinateJitterDegrees: 0.05 },
  /** How sure Plaid is of a purchase's category: cumulative shares of VERY_HIGH, then HIGH; the rest MEDIUM. */
  confidence: { veryHigh: 0.75, high: 0.2 },
} as const satisfies {
  weights: Readonly<Partial<Record<SpendKind, number>>>;
  weightsByIncome: Readonly<Partial<Record<SpendKind, { low: number; high: number }>>>;
  seasonal: readonly { kind: SpendKind; months: readonly number[]; weight: number }[];
  cardPreference: Readonly<Partial<Record<SpendKind, number>>>;
  [key: string]: unknown;
};

export type Spending = typeof SPENDING;
