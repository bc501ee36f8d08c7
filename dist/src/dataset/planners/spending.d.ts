import type { SpendKind } from "../../data/merchants.ts";
import type { ProfileData } from "../../data/profile.ts";
import type { PlanBudget, PlanContext } from "./budget.ts";
type KindWeights = readonly (readonly [SpendKind, number])[];
/** Category weights for a day: restaurants likelier on weekends, seasonal kinds in their months. */
export declare function kindWeights(profile: ProfileData, day: number, coffeeDrinker: boolean): KindWeights;
export declare function planSpending(ctx: PlanContext, budget: PlanBudget, count: number): void;
export {};
//# sourceMappingURL=spending.d.ts.map