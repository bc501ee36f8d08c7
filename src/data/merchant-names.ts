// The merchant catalogue behind everyday spending: national brands by kind, and the word lists local
// businesses are named from, per city (a prefix and a noun: "Maple Street Diner", "Harbor Bistro").
// Each brand, and each local noun, has exactly one Plaid PFCv2 category, so a merchant_name keeps one
// category across the whole dataset. Rows only.
import type { PfcDetailed } from "./pfc-taxonomy.ts";

export interface Merchant {
  merchant_name: string;
  /** The raw statement descriptor (Plaid's `name`); a store number is appended for in-store visits. */
  name: string;
  pfc: PfcDetailed;
  /** Share of this merchant's purchases made online; the rest are in store. */
  online_share: number;
  /** How often users pick this brand relative to others of its kind (market size); 1 when omitted. */
  weight?: number;
}

/** A noun local businesses of a kind are named with, and the category it means. */
export interface LocalNoun {
  noun: string;
  pfc: PfcDetailed;
}

const m = (merchant_name: string, name: string, pfc: PfcDetailed, online_share = 0, weight = 1): Merchant => ({
  merchant_name,
  name,
  pfc,
  online_share,
  weight,
});

const GROCERY: PfcDetailed = "FOOD_AND_DRINK_GROCERIES";
const FAST: PfcDetailed = "FOOD_AND_DRINK_FAST_FOOD";
const DINE: PfcDetailed = "FOOD_AND_DRINK_RESTAURANT";
const COFFEE: PfcDetailed = "FOOD_AND_DRINK_COFFEE";
const GAS: PfcDetailed = "TRANSPORTATION_GAS";
const PHARMACY: PfcDetailed = "MEDICAL_PHARMACIES_AND_SUPPLEMENTS";

export const GROCERY_BRANDS: readonly Merchant[] = [
  m("Whole Foods Market", "WHOLEFDS MKT", GROCERY, 0.05, 2),
  m("Trader Joe's", "TRADER JOE S", GROCERY, 0, 2),
  m("Kroger", "KROGER", GROCERY, 0.1, 3),
  m("Safeway", "SAFEWAY", GROCERY, 0.1, 2),
  m("Publix", "PUBLIX SUPER MARKETS", GROCERY, 0.05, 2),
  m("H-E-B", "H-E-B", GROCERY, 0.05, 2),
  m("Albertsons", "ALBERTSONS", GROCERY, 0.05),
  m("Aldi", "ALDI", GROCERY, 0, 2),
  m("Wegmans", "WEGMANS", GROCERY, 0.05),
  m("Meijer", "MEIJER", GROCERY, 0.05),
  m("Food Lion", "FOOD LION", GROCERY),
  m("Giant Eagle", "GIANT EAGLE", GROCERY),
  m("Stop & Shop", "STOP & SHOP", GROCERY),
  m("Hy-Vee", "HY-VEE", GROCERY),
  m("WinCo Foods", "WINCO FOODS", GROCERY),
  m("Sprouts Farmers Market", "SPROUTS FARMERS MAR", GROCERY),
  m("Harris Teeter", "HARRIS TEETER", GROCERY),
  m("Ralphs", "RALPHS", GROCERY),
  m("Vons", "VONS", GROCERY),
  m("Winn-Dixie", "WINN-DIXIE", GROCERY),
  m("ShopRite", "SHOPRITE", GROCERY),
  m("Fred Meyer", "FRED-MEYER", GROCERY),
  m("Piggly Wiggly", "PIGGLY WIGGLY", GROCERY),
  m("Lidl", "LIDL US", GROCERY),
  m("Save A Lot", "SAVE A LOT", GROCERY),
  m("Market Basket", "MARKET BASKET", GROCERY),
  m("Smart & Final", "SMART AND FINAL", GROCERY),
  m("Instacart", "INSTACART", GROCERY, 1),
];

export const RESTAURANT_BRANDS: readonly Merchant[] = [
  m("Chipotle Mexican Grill", "CHIPOTLE", FAST, 0.2, 2),
  m("Panera Bread", "PANERA BREAD", DINE, 0.15, 2),
  m("McDonald's", "MCDONALD'S", FAST, 0.05, 3),
  m("Chick-fil-A", "CHICK-FIL-A", FAST, 0.1, 2),
  m("Taco Bell", "TACO BELL", FAST, 0.05, 2),
  m("Wendy's", "WENDYS", FAST),
  m("Burger King", "BURGER KING", FAST),
  m("Subway", "SUBWAY", FAST),
  m("Domino's", "DOMINO'S", FAST, 0.6),
  m("Pizza Hut", "PIZZA HUT", FAST, 0.5),
  m("Papa John's", "PAPA JOHNS", FAST, 0.6),
  m("Five Guys", "FIVE GUYS", FAST),
  m("Shake Shack", "SHAKE SHACK", FAST),
  m("Panda Express", "PANDA EXPRESS", FAST),
  m("Wingstop", "WINGSTOP", FAST, 0.3),
  m("Sonic Drive-In", "SONIC DRIVE IN", FAST),
  m("Jack in the Box", "JACK IN THE BOX", FAST),
  m("Arby's", "ARBYS", FAST),
  m("Popeyes", "POPEYES", FAST),
  m("KFC", "KFC", FAST),
  m("Culver's", "CULVERS", FAST),
  m("Whataburger", "WHATABURGER", FAST),
  m("In-N-Out Burger", "IN N OUT BURGER", FAST),
  m("Raising Cane's", "RAISING CANES", FAST),
  m("Jersey Mike's Subs", "JERSEY MIKES", FAST),
  m("Jimmy John's", "JIMMY JOHNS", FAST, 0.3),
  m("Qdoba", "QDOBA", FAST),
  m("Sweetgreen", "SWEETGREEN", FAST, 0.4),
  m("Olive Garden", "OLIVE GARDEN", DINE),
  m("Applebee's", "APPLEBEES", DINE),
  m("Chili's", "CHILIS", DINE),
  m("Texas Roadhouse", "TEXAS ROADHOUSE", DINE),
  m("Outback Steakhouse", "OUTBACK STEAKHOUSE", DINE),
  m("Red Lobster", "RED LOBSTER", DINE),
  m("The Cheesecake Factory", "CHEESECAKE FACTORY", DINE),
  m("IHOP", "IHOP", DINE),
  m("Denny's", "DENNYS", DINE),
  m("Buffalo Wild Wings", "BUFFALO WILD WINGS", DINE),
  m("Cracker Barrel", "CRACKER BARREL", DINE),
  m("P.F. Chang's", "PF CHANGS", DINE),
  m("Red Robin", "RED ROBIN", DINE),
  m("LongHorn Steakhouse", "LONGHORN STEAK", DINE),
  m("Waffle House", "WAFFLE HOUSE", DINE),
  m("DoorDash", "DD DOORDASH", FAST, 1, 2),
  m("Uber Eats", "UBER EATS", FAST, 1, 2),
  m("Grubhub", "GRUBHUB", FAST, 1),
];

export const COFFEE_BRANDS: readonly Merchant[] = [
  m("Starbucks", "STARBUCKS STORE", COFFEE, 0.1, 4),
  m("Dunkin'", "DUNKIN", COFFEE, 0.05, 3),
  m("Peet's Coffee", "PEETS COFFEE", COFFEE),
  m("Dutch Bros Coffee", "DUTCH BROS", COFFEE),
  m("Tim Hortons", "TIM HORTONS", COFFEE),
  m("Caribou Coffee", "CARIBOU COFFEE", COFFEE),
  m("Philz Coffee", "PHILZ COFFEE", COFFEE),
  m("Blue Bottle Coffee", "BLUE BOTTLE COFFEE", COFFEE),
  m("Scooter's Coffee", "SCOOTERS COFFEE", COFFEE),
  m("Biggby Coffee", "BIGGBY COFFEE", COFFEE),
  m("The Coffee Bean & Tea Leaf", "COFFEE BEAN TEA LEAF", COFFEE),
];

export const SHOPPING_BRANDS: readonly Merchant[] = [
  m("Old Navy", "OLD NAVY", "GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES", 0.3),
  m("Nordstrom", "NORDSTROM", "GENERAL_MERCHANDISE_DEPARTMENT_STORES", 0.3),
  m("Best Buy", "BEST BUY", "GENERAL_MERCHANDISE_ELECTRONICS", 0.4),
  m("Target", "TARGET", "GENERAL_MERCHANDISE_SUPERSTORES", 0.2, 3),
  m("Walmart", "WAL-MART", "GENERAL_MERCHANDISE_SUPERSTORES", 0.2, 3),
  m("Costco", "COSTCO WHSE", "GENERAL_MERCHANDISE_SUPERSTORES", 0.1, 2),
  m("Sam's Club", "SAMS CLUB", "GENERAL_MERCHANDISE_SUPERSTORES", 0.1),
  m("Kohl's", "KOHLS", "GENERAL_MERCHANDISE_DEPARTMENT_STORES", 0.3),
  m("JCPenney", "JCPENNEY", "GENERAL_MERCHANDISE_DEPARTMENT_STORES", 0.3),
  m("TJ Maxx", "TJMAXX", "GENERAL_MERCHANDISE_DISCOUNT_STORES"),
  m("Marshalls", "MARSHALLS", "GENERAL_MERCHANDISE_DISCOUNT_STORES"),
  m("Ross Dress for Less", "ROSS STORES", "GENERAL_MERCHANDISE_DISCOUNT_STORES"),
  m("Burlington", "BURLINGTON STORES", "GENERAL_MERCHANDISE_DISCOUNT_STORES"),
  m("Dollar General", "DOLLAR GENERAL", "GENERAL_MERCHANDISE_DISCOUNT_STORES", 0, 2),
  m("Dollar Tree", "DOLLAR TREE", "GENERAL_MERCHANDISE_DISCOUNT_STORES"),
  m("Gap", "GAP", "GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES", 0.3),
  m("H&M", "H&M", "GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES", 0.3),
  m("Zara", "ZARA USA", "GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES", 0.3),
  m("Uniqlo", "UNIQLO", "GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES", 0.3),
  m("Foot Locker", "FOOT LOCKER", "GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES", 0.2),
  m("Nike", "NIKE", "GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES", 0.5),
  m("GameStop", "GAMESTOP", "GENERAL_MERCHANDISE_ELECTRONICS", 0.2),
  m("Dick's Sporting Goods", "DICKS SPORTING GOODS", "GENERAL_MERCHANDISE_SPORTING_GOODS", 0.3),
  m("REI", "REI", "GENERAL_MERCHANDISE_SPORTING_GOODS", 0.3),
  m("Academy Sports + Outdoors", "ACADEMY SPORTS", "GENERAL_MERCHANDISE_SPORTING_GOODS", 0.2),
  m("PetSmart", "PETSMART", "GENERAL_MERCHANDISE_PET_SUPPLIES", 0.2),
  m("Petco", "PETCO", "GENERAL_MERCHANDISE_PET_SUPPLIES", 0.2),
  m("7-Eleven", "7-ELEVEN", "GENERAL_MERCHANDISE_CONVENIENCE_STORES"),
  m("Michaels", "MICHAELS STORES", "GENERAL_MERCHANDISE_GIFTS_AND_NOVELTIES", 0.2),
  m("Barnes & Noble", "BARNES & NOBLE", "GENERAL_MERCHANDISE_BOOKSTORES_AND_NEWSSTANDS", 0.3),
];

/** Brands only seasonal shopping visits (back to school; the holidays). */
export const SEASONAL_BRANDS: readonly Merchant[] = [
  m("Staples", "STAPLES", "GENERAL_MERCHANDISE_OFFICE_SUPPLIES", 0.3),
  m("Office Depot", "OFFICE DEPOT", "GENERAL_MERCHANDISE_OFFICE_SUPPLIES", 0.3),
  m("Macy's", "MACYS", "GENERAL_MERCHANDISE_DEPARTMENT_STORES", 0.4),
  m("Hallmark", "HALLMARK", "GENERAL_MERCHANDISE_GIFTS_AND_NOVELTIES", 0.1),
];

export const ONLINE_BRANDS: readonly Merchant[] = [
  m("Amazon", "AMAZON MKTPL", "GENERAL_MERCHANDISE_ONLINE_MARKETPLACES", 1, 6),
  m("Etsy", "ETSY.COM", "GENERAL_MERCHANDISE_ONLINE_MARKETPLACES", 1),
  m("eBay", "EBAY O*", "GENERAL_MERCHANDISE_ONLINE_MARKETPLACES", 1),
  m("Temu", "TEMU.COM", "GENERAL_MERCHANDISE_ONLINE_MARKETPLACES", 1),
  m("AliExpress", "ALIEXPRESS", "GENERAL_MERCHANDISE_ONLINE_MARKETPLACES", 1),
  m("Shein", "SHEIN.COM", "GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES", 1),
  m("Zappos", "ZAPPOS.COM", "GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES", 1),
  m("Wayfair", "WAYFAIR", "HOME_IMPROVEMENT_FURNITURE", 1),
  m("Chewy", "CHEWY.COM", "GENERAL_MERCHANDISE_PET_SUPPLIES", 1),
  m("Newegg", "NEWEGG", "GENERAL_MERCHANDISE_ELECTRONICS", 1),
  m("Uber", "UBER *TRIP", "TRANSPORTATION_TAXIS_AND_RIDE_SHARES", 1, 2),
  m("Lyft", "LYFT *RIDE", "TRANSPORTATION_TAXIS_AND_RIDE_SHARES", 1),
];

export const ENTERTAINMENT_BRANDS: readonly Merchant[] = [
  m("AMC Theatres", "AMC THEATRES", "ENTERTAINMENT_TV_AND_MOVIES", 0.3, 2),
  m("Regal Cinemas", "REGAL CINEMAS", "ENTERTAINMENT_TV_AND_MOVIES", 0.3),
  m("Cinemark", "CINEMARK THEATRES", "ENTERTAINMENT_TV_AND_MOVIES", 0.3),
  m("Fandango", "FANDANGO", "ENTERTAINMENT_TV_AND_MOVIES", 1),
  m("Ticketmaster", "TICKETMASTER", "ENTERTAINMENT_SPORTING_EVENTS_AMUSEMENT_PARKS_AND_MUSEUMS", 1, 2),
  m("StubHub", "STUBHUB", "ENTERTAINMENT_SPORTING_EVENTS_AMUSEMENT_PARKS_AND_MUSEUMS", 1),
  m("Six Flags", "SIX FLAGS", "ENTERTAINMENT_SPORTING_EVENTS_AMUSEMENT_PARKS_AND_MUSEUMS", 0.3),
  m("Topgolf", "TOPGOLF", "ENTERTAINMENT_SPORTING_EVENTS_AMUSEMENT_PARKS_AND_MUSEUMS"),
  m("Live Nation", "LIVE NATION", "ENTERTAINMENT_MUSIC_AND_AUDIO", 1),
  m("Steam", "STEAMGAMES.COM", "ENTERTAINMENT_VIDEO_GAMES", 1),
  m("PlayStation Store", "PLAYSTATION NETWORK", "ENTERTAINMENT_VIDEO_GAMES", 1),
  m("Xbox", "MICROSOFT*XBOX", "ENTERTAINMENT_VIDEO_GAMES", 1),
  m("Nintendo eShop", "NINTENDO ESHOP", "ENTERTAINMENT_VIDEO_GAMES", 1),
  m("Dave & Buster's", "DAVE & BUSTERS", "ENTERTAINMENT_OTHER_ENTERTAINMENT"),
  m("Bowlero", "BOWLERO", "ENTERTAINMENT_OTHER_ENTERTAINMENT"),
  m("Eventbrite", "EVENTBRITE", "ENTERTAINMENT_OTHER_ENTERTAINMENT", 1),
];

export const FUEL_BRANDS: readonly Merchant[] = [
  m("Shell", "SHELL OIL", GAS, 0, 3),
  m("Chevron", "CHEVRON", GAS, 0, 2),
  m("ExxonMobil", "EXXONMOBIL", GAS, 0, 2),
  m("BP", "BP", GAS, 0, 2),
  m("Marathon", "MARATHON PETRO", GAS),
  m("Speedway", "SPEEDWAY", GAS),
  m("Circle K", "CIRCLE K", GAS, 0, 2),
  m("Valero", "VALERO", GAS),
  m("Sunoco", "SUNOCO", GAS),
  m("Phillips 66", "PHILLIPS 66", GAS),
  m("Citgo", "CITGO", GAS),
  m("Texaco", "TEXACO", GAS),
  m("QuikTrip", "QT", GAS),
  m("Sheetz", "SHEETZ", GAS),
  m("Wawa", "WAWA", GAS),
  m("Casey's", "CASEYS GEN STORE", GAS),
  m("Love's Travel Stops", "LOVES COUNTRY", GAS),
  m("Pilot Flying J", "PILOT", GAS),
  m("Murphy USA", "MURPHY USA", GAS),
  m("RaceTrac", "RACETRAC", GAS),
  m("Kwik Trip", "KWIK TRIP", GAS),
];

export const PHARMACY_BRANDS: readonly Merchant[] = [
  m("CVS Pharmacy", "CVS/PHARMACY", PHARMACY, 0.05, 4),
  m("Walgreens", "WALGREENS", PHARMACY, 0.05, 4),
  m("Rite Aid", "RITE AID", PHARMACY, 0, 2),
  m("Duane Reade", "DUANE READE", PHARMACY),
  m("GNC", "GNC", PHARMACY, 0.2),
  m("The Vitamin Shoppe", "VITAMIN SHOPPE", PHARMACY, 0.2),
  m("Health Mart", "HEALTH MART PHARMACY", PHARMACY),
  m("Bartell Drugs", "BARTELL DRUGS", PHARMACY),
];

/** Airlines: booked online, so their charges carry no location. */
export const AIRLINES: readonly Merchant[] = [
  m("Delta Air Lines", "DELTA AIR LINES", "TRAVEL_FLIGHTS", 1, 2),
  m("American Airlines", "AMERICAN AIRLINES", "TRAVEL_FLIGHTS", 1, 2),
  m("United Airlines", "UNITED AIRLINES", "TRAVEL_FLIGHTS", 1, 2),
  m("Southwest Airlines", "SOUTHWEST AIRLINES", "TRAVEL_FLIGHTS", 1, 2),
  m("JetBlue", "JETBLUE AIRWAYS", "TRAVEL_FLIGHTS", 1),
  m("Alaska Airlines", "ALASKA AIRLINES", "TRAVEL_FLIGHTS", 1),
  m("Spirit Airlines", "SPIRIT AIRLINES", "TRAVEL_FLIGHTS", 1),
  m("Frontier Airlines", "FRONTIER AIRLINES", "TRAVEL_FLIGHTS", 1),
];

/** Hotels: paid at check-out, at the destination (Airbnb is paid online). */
export const HOTELS: readonly Merchant[] = [
  m("Marriott", "MARRIOTT HOTELS", "TRAVEL_LODGING", 0, 2),
  m("Hilton", "HILTON HOTELS", "TRAVEL_LODGING", 0, 2),
  m("Hyatt", "HYATT HOTELS", "TRAVEL_LODGING"),
  m("Holiday Inn", "HOLIDAY INN", "TRAVEL_LODGING"),
  m("Best Western", "BEST WESTERN", "TRAVEL_LODGING"),
  m("Hampton Inn", "HAMPTON INN", "TRAVEL_LODGING"),
  m("La Quinta Inn", "LA QUINTA INN", "TRAVEL_LODGING"),
  m("Embassy Suites", "EMBASSY SUITES", "TRAVEL_LODGING"),
  m("Airbnb", "AIRBNB * HM", "TRAVEL_LODGING", 1, 2),
];

/** Rental cars: paid on return, at the destination. */
export const RENTAL_CARS: readonly Merchant[] = [
  m("Hertz", "HERTZ RENT-A-CAR", "TRAVEL_RENTAL_CARS"),
  m("Enterprise Rent-A-Car", "ENTERPRISE RENT-A-CAR", "TRAVEL_RENTAL_CARS", 0, 2),
  m("Avis", "AVIS RENT A CAR", "TRAVEL_RENTAL_CARS"),
  m("Budget", "BUDGET RENT A CAR", "TRAVEL_RENTAL_CARS"),
  m("National Car Rental", "NATIONAL CAR RENTAL", "TRAVEL_RENTAL_CARS"),
  m("Alamo", "ALAMO RENT A CAR", "TRAVEL_RENTAL_CARS"),
];

/** First words of local business names ("Maple Street Diner", "Rosa's Taqueria"). */
export const LOCAL_PREFIXES: readonly string[] = [
  "Maple", "Harbor", "Cedar", "Willow", "Oak Tree", "Pine Hill", "Birch", "Aspen", "Juniper", "Magnolia",
  "Cypress", "Hawthorn", "Laurel", "Sycamore", "Elm Street", "Hickory", "Redwood", "Riverside", "Lakeside",
  "Hillside", "Northside", "Southside", "Eastside", "Westside", "Downtown", "Uptown", "Old Town",
  "Main Street", "Maple Street", "Union", "Liberty", "Heritage", "Pioneer", "Frontier", "Summit", "Canyon",
  "Prairie", "Meadow", "Orchard", "Copper", "Silver", "Golden", "Blue Door", "Red Barn", "Green Leaf",
  "Little", "Corner", "Hometown", "Sunrise", "Sunset", "Moonlight", "Starlight", "Lighthouse", "Anchor",
  "Compass", "Fox & Hound", "Bluebird", "Sparrow", "Cardinal", "Heron", "Blackbird", "Rosa's", "Sal's",
  "Joe's", "Maria's", "Tony's", "Lucy's", "Nick's", "Ana's", "Frank's", "Lily's", "Gus's", "Hank's",
  "Mabel's", "Ruby's", "Lou's", "Ming's", "Priya's", "Omar's", "Kenji's", "Nguyen's", "Park Avenue",
  "Station", "Depot", "Market Square", "Twin Oaks", "Stone Bridge", "Iron Horse", "Wildflower",
];

/** The nouns local businesses of each kind end with; the noun decides the category. */
export const LOCAL_NOUNS = {
  groceries: [
    { noun: "Market", pfc: GROCERY },
    { noun: "Grocery", pfc: GROCERY },
    { noun: "Food Co-op", pfc: GROCERY },
    { noun: "Farm Market", pfc: GROCERY },
    { noun: "Provisions", pfc: GROCERY },
  ],
  restaurant: [
    { noun: "Diner", pfc: DINE },
    { noun: "Bistro", pfc: DINE },
    { noun: "Grill", pfc: DINE },
    { noun: "Kitchen", pfc: DINE },
    { noun: "Tavern", pfc: DINE },
    { noun: "Trattoria", pfc: DINE },
    { noun: "Cantina", pfc: DINE },
    { noun: "Brasserie", pfc: DINE },
    { noun: "Smokehouse", pfc: DINE },
    { noun: "Noodle House", pfc: DINE },
    { noun: "Sushi Bar", pfc: DINE },
    { noun: "Steakhouse", pfc: DINE },
    { noun: "Eatery", pfc: DINE },
    { noun: "Thai Kitchen", pfc: DINE },
    { noun: "Pho House", pfc: DINE },
    { noun: "Ramen Bar", pfc: DINE },
    { noun: "Pizzeria", pfc: FAST },
    { noun: "Taqueria", pfc: FAST },
    { noun: "Burger Joint", pfc: FAST },
    { noun: "Sandwich Shop", pfc: FAST },
    { noun: "Deli", pfc: FAST },
    { noun: "BBQ", pfc: FAST },
  ],
  coffee: [
    { noun: "Coffee", pfc: COFFEE },
    { noun: "Coffee Co.", pfc: COFFEE },
    { noun: "Roasters", pfc: COFFEE },
    { noun: "Espresso Bar", pfc: COFFEE },
    { noun: "Coffee House", pfc: COFFEE },
    { noun: "Tea House", pfc: COFFEE },
  ],
  shopping: [
    { noun: "Boutique", pfc: "GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES" },
    { noun: "Outfitters", pfc: "GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES" },
    { noun: "Books", pfc: "GENERAL_MERCHANDISE_BOOKSTORES_AND_NEWSSTANDS" },
    { noun: "Gift Shop", pfc: "GENERAL_MERCHANDISE_GIFTS_AND_NOVELTIES" },
    { noun: "Mercantile", pfc: "GENERAL_MERCHANDISE_OTHER_GENERAL_MERCHANDISE" },
    { noun: "Thrift", pfc: "GENERAL_MERCHANDISE_DISCOUNT_STORES" },
    { noun: "Pet Supply", pfc: "GENERAL_MERCHANDISE_PET_SUPPLIES" },
    { noun: "Bike Shop", pfc: "GENERAL_MERCHANDISE_SPORTING_GOODS" },
  ],
  entertainment: [
    { noun: "Cinema", pfc: "ENTERTAINMENT_TV_AND_MOVIES" },
    { noun: "Lanes", pfc: "ENTERTAINMENT_OTHER_ENTERTAINMENT" },
    { noun: "Music Hall", pfc: "ENTERTAINMENT_MUSIC_AND_AUDIO" },
    { noun: "Playhouse", pfc: "ENTERTAINMENT_OTHER_ENTERTAINMENT" },
  ],
  gas: [
    { noun: "Fuel Stop", pfc: GAS },
    { noun: "Gas & Go", pfc: GAS },
  ],
  pharmacy: [
    { noun: "Pharmacy", pfc: PHARMACY },
    { noun: "Apothecary", pfc: PHARMACY },
    { noun: "Drug Store", pfc: PHARMACY },
  ],
} as const satisfies Readonly<Record<string, readonly LocalNoun[]>>;
