import type { Rng } from "./rng.ts";
/** A version-4-shaped UUID drawn from `rng` (not from the system's entropy). */
export declare function uuidFrom(rng: Rng): string;
/** `user_001` style: zero-padded to at least three digits. */
export declare function userId(index: number): string;
/** `user001@example.com` style, matching `userId`. */
export declare function userEmail(index: number): string;
/** A four-digit account mask. */
export declare function maskFrom(rng: Rng): string;
//# sourceMappingURL=ids.d.ts.map