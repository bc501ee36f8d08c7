import type { ProfileData } from "../data/profile.ts";
import { type Rng } from "../random/rng.ts";
import { type AgeBracket, type IncomeTier } from "../schemas/brackets.ts";
import type { HomeLocation, LifeEventKind, Region, User } from "../schemas/user.ts";
/** What traits ask for; anything left undefined comes from the population slot. */
export interface UserWishes {
    ageBracket?: AgeBracket;
    incomeTier?: IncomeTier;
    region?: Region;
    student?: boolean;
    retiree?: boolean;
    /** A kind, `"any"` for a random kind, or null for none. */
    lifeEvent?: LifeEventKind | "any" | null;
}
/** Fields given outright (overrides); they win over wishes and the slot. */
export interface UserFixed {
    age?: number;
    income?: number;
    region?: Region;
    name?: string;
    home?: Partial<HomeLocation>;
}
export interface UserRuleInput {
    profile: ProfileData;
    seed: number;
    index: number;
    windowStart: string;
    wishes?: UserWishes;
    fixed?: UserFixed;
}
/** Income inside a tier, placed higher for older people so that income rises with age (`POPULATION.incomeInTier`). */
export declare function incomeInTier(profile: ProfileData, rng: Rng, tier: IncomeTier, age: number): number;
/**
 * Build one user. Pure: the same input gives the same user.
 *
 * @example
 * drawUser({ seed: 42, index: 1, windowStart: "2025-05-01" }).user_id; // "user_001"
 */
export declare function drawUser(input: UserRuleInput): User;
//# sourceMappingURL=user.d.ts.map