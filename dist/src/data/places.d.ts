export interface Place {
    city: string;
    state: string;
    postal_code: string;
    lat: number;
    lon: number;
}
export declare const PLACES_BY_REGION: Readonly<Record<"urban" | "suburban" | "rural", readonly Place[]>>;
/** Street names for synthetic store addresses. */
export declare const STREET_NAMES: readonly ["Main St", "Oak Ave", "Maple Dr", "Elm St", "Congress Ave", "Washington Blvd", "Lake St", "Park Ave", "Pine St", "Cedar Ln", "Broadway", "Market St", "1st Ave", "2nd St", "Highland Ave", "Sunset Blvd"];
//# sourceMappingURL=places.d.ts.map