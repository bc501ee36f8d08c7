// The definitions that tie derived user fields to their sources: which bracket an age falls in,
// which tier an income falls in, and which life stage an (age, income) pair means.
import { AGE_BRACKETS, INCOME_TIERS, POPULATION } from "../data/demographics.ts";

export type AgeBracket = (typeof AGE_BRACKETS)[number]["name"];
export type IncomeTier = (typeof INCOME_TIERS)[number]["name"];
export type LifeStage = "student" | "early_career" | "mid_career" | "pre_retirement" | "retiree";

export const AGE_BRACKET_NAMES = AGE_BRACKETS.map((b) => b.name) as [AgeBracket, ...AgeBracket[]];
export const INCOME_TIER_NAMES = INCOME_TIERS.map((t) => t.name) as [IncomeTier, ...IncomeTier[]];

/** The bracket of an age; ages over the last bracket's `max` still count as `51+`. */
export function ageBracketOf(age: number): AgeBracket {
  for (const bracket of AGE_BRACKETS) if (age <= bracket.max) return bracket.name;
  return "51+";
}

/** The tier of an annual income in dollars; incomes above the top tier's `max` are still `high`. */
export function incomeTierOf(income: number): IncomeTier {
  for (const tier of INCOME_TIERS) if (income <= tier.max) return tier.name;
  return "high";
}

/** The life stage implied by age and income. */
export function lifeStageOf(
  age: number,
  income: number,
  r: { readonly [K in keyof typeof POPULATION.lifeStages]: number } = POPULATION.lifeStages,
): LifeStage {
  if (age <= r.studentMaxAge && income < r.studentMaxIncome) return "student";
  if (age <= r.earlyCareerMaxAge) return "early_career";
  if (age <= r.midCareerMaxAge) return "mid_career";
  if (age < r.retirementAge) return "pre_retirement";
  return "retiree";
}
