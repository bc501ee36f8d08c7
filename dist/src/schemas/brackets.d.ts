import { AGE_BRACKETS, INCOME_TIERS, POPULATION } from "../data/demographics.ts";
export type AgeBracket = (typeof AGE_BRACKETS)[number]["name"];
export type IncomeTier = (typeof INCOME_TIERS)[number]["name"];
export type LifeStage = "student" | "early_career" | "mid_career" | "pre_retirement" | "retiree";
export declare const AGE_BRACKET_NAMES: [AgeBracket, ...AgeBracket[]];
export declare const INCOME_TIER_NAMES: [IncomeTier, ...IncomeTier[]];
/** The bracket of an age; ages over the last bracket's `max` still count as `51+`. */
export declare function ageBracketOf(age: number): AgeBracket;
/** The tier of an annual income in dollars; incomes above the top tier's `max` are still `high`. */
export declare function incomeTierOf(income: number): IncomeTier;
/** The life stage implied by age and income. */
export declare function lifeStageOf(age: number, income: number, r?: typeof POPULATION.lifeStages): LifeStage;
//# sourceMappingURL=brackets.d.ts.map