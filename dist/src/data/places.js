// A catalog of real US places (city, state, a real ZIP code in it, and approximate coordinates),
// grouped by the kind of region the spec assigns to users. Rows only, no logic.
export const PLACES_BY_REGION = {
    urban: [
        { city: "Austin", state: "TX", postal_code: "78701", lat: 30.2711, lon: -97.7437 },
        { city: "New York", state: "NY", postal_code: "10001", lat: 40.7506, lon: -73.9972 },
        { city: "Chicago", state: "IL", postal_code: "60601", lat: 41.8857, lon: -87.6229 },
        { city: "Los Angeles", state: "CA", postal_code: "90012", lat: 34.0614, lon: -118.2385 },
        { city: "Seattle", state: "WA", postal_code: "98101", lat: 47.6114, lon: -122.3305 },
        { city: "Denver", state: "CO", postal_code: "80202", lat: 39.7525, lon: -104.9995 },
        { city: "Atlanta", state: "GA", postal_code: "30303", lat: 33.7525, lon: -84.3915 },
        { city: "Boston", state: "MA", postal_code: "02108", lat: 42.3576, lon: -71.0645 },
        { city: "Philadelphia", state: "PA", postal_code: "19103", lat: 39.9522, lon: -75.1746 },
        { city: "Miami", state: "FL", postal_code: "33130", lat: 25.7683, lon: -80.2047 },
        { city: "San Francisco", state: "CA", postal_code: "94103", lat: 37.7726, lon: -122.4099 },
        { city: "Minneapolis", state: "MN", postal_code: "55401", lat: 44.9847, lon: -93.2701 },
    ],
    suburban: [
        { city: "Plano", state: "TX", postal_code: "75023", lat: 33.0551, lon: -96.7364 },
        { city: "Naperville", state: "IL", postal_code: "60540", lat: 41.7663, lon: -88.1409 },
        { city: "Irvine", state: "CA", postal_code: "92618", lat: 33.6598, lon: -117.7301 },
        { city: "Cary", state: "NC", postal_code: "27513", lat: 35.8019, lon: -78.8001 },
        { city: "Bellevue", state: "WA", postal_code: "98004", lat: 47.6162, lon: -122.2048 },
        { city: "Scottsdale", state: "AZ", postal_code: "85251", lat: 33.4942, lon: -111.9261 },
        { city: "Overland Park", state: "KS", postal_code: "66210", lat: 38.9266, lon: -94.7174 },
        { city: "Round Rock", state: "TX", postal_code: "78664", lat: 30.5146, lon: -97.6689 },
        { city: "Schaumburg", state: "IL", postal_code: "60173", lat: 42.0553, lon: -88.0497 },
        { city: "Edison", state: "NJ", postal_code: "08817", lat: 40.5179, lon: -74.3963 },
    ],
    rural: [
        { city: "Marfa", state: "TX", postal_code: "79843", lat: 30.3094, lon: -104.0206 },
        { city: "Ely", state: "MN", postal_code: "55731", lat: 47.9032, lon: -91.8671 },
        { city: "Moab", state: "UT", postal_code: "84532", lat: 38.5733, lon: -109.5498 },
        { city: "Sandpoint", state: "ID", postal_code: "83864", lat: 48.2766, lon: -116.5533 },
        { city: "Bar Harbor", state: "ME", postal_code: "04609", lat: 44.3876, lon: -68.2039 },
        { city: "Hood River", state: "OR", postal_code: "97031", lat: 45.7054, lon: -121.5215 },
        { city: "Galena", state: "IL", postal_code: "61036", lat: 42.4167, lon: -90.4290 },
        { city: "Taos", state: "NM", postal_code: "87571", lat: 36.4072, lon: -105.5731 },
    ],
};
/** Street names for synthetic store addresses. */
export const STREET_NAMES = [
    "Main St", "Oak Ave", "Maple Dr", "Elm St", "Congress Ave", "Washington Blvd", "Lake St", "Park Ave",
    "Pine St", "Cedar Ln", "Broadway", "Market St", "1st Ave", "2nd St", "Highland Ave", "Sunset Blvd",
];
//# sourceMappingURL=places.js.map