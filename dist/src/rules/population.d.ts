import { type Population } from "../data/demographics.ts";
import type { AgeBracket, IncomeTier } from "../schemas/brackets.ts";
import type { LifeEventKind, Region } from "../schemas/user.ts";
export interface PopulationSlot {
    ageBracket: AgeBracket;
    incomeTier: IncomeTier;
    region: Region;
    lifeEvent: LifeEventKind | null;
    hasSavings: boolean;
    hasSubscriptions: boolean;
    hasStudentLoan: boolean;
}
/**
 * The stratified slot of user `index` (1-based) in the population of `seed`.
 *
 * @example
 * populationSlot(42, 1); // { ageBracket: "36-50", incomeTier: "middle", region: "urban", lifeEvent: null }
 */
export declare function populationSlot(seed: number, index: number, population?: Population): PopulationSlot;
//# sourceMappingURL=population.d.ts.map