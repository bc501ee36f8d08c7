// The user rule: one user from a keyed stream, a population slot, trait wishes and fixed fields.
// Derived fields (brackets, life stage) are always computed from the final age and income, so an
// override of `age` or `income` never leaves them stale.
import { LIFE_EVENT_KINDS } from "../data/demographics.ts";
import { PLACES_BY_REGION } from "../data/places.ts";
import type { ProfileData } from "../data/profile.ts";
import { fakerDraw } from "../random/faker.ts";
import { userEmail, userId } from "../random/ids.ts";
import { keyedRng, type Rng } from "../random/rng.ts";
import { type AgeBracket, type IncomeTier, ageBracketOf, incomeTierOf, lifeStageOf } from "../schemas/brackets.ts";
import type { HomeLocation, LifeEventKind, Region, User } from "../schemas/user.ts";
import { addDays } from "../units/dates.ts";
import { populationSlot } from "./population.ts";

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

/**
 * Income inside a tier, placed higher in mid-career so that income peaks there and falls after
 * (`POPULATION.incomeInTier`: the age factor rises to 1 at `peakAge` and falls back to 0 at `ageTo`).
 */
export function incomeInTier(profile: ProfileData, rng: Rng, tier: IncomeTier, age: number): number {
  const { incomeTiers, incomeInTier: rule } = profile.population;
  const { min, max } = incomeTiers.find((t) => t.name === tier) as (typeof incomeTiers)[number];
  const rising = (age - rule.ageFrom) / (rule.peakAge - rule.ageFrom);
  const falling = 1 - (age - rule.peakAge) / (rule.ageTo - rule.peakAge);
  const ageFactor = Math.min(1, Math.max(0, age <= rule.peakAge ? rising : falling));
  let p = (1 - rule.ageWeight) * rng.next() + rule.ageWeight * ageFactor;
  if (tier === incomeTiers[incomeTiers.length - 1]?.name) p = p * p; // most top earners sit near the bottom of an open-ended tier
  return Math.min(max, Math.round((min + p * (max - min)) / rule.roundDollars) * rule.roundDollars);
}

/**
 * Build one user. Pure: the same input gives the same user.
 *
 * @example
 * drawUser({ seed: 42, index: 1, windowStart: "2025-05-01" }).user_id; // "user_001"
 */
export function drawUser(input: UserRuleInput): User {
  const { seed, index, profile } = input;
  const { personas, population } = profile;
  const wishes = input.wishes ?? {};
  const fixed = input.fixed ?? {};
  const rng = keyedRng(seed, "user", index);
  const slot = populationSlot(seed, index, population);

  const student = wishes.student === true && fixed.age === undefined;
  const retiree = wishes.retiree === true && fixed.age === undefined && !student;

  let age: number;
  if (fixed.age !== undefined) age = fixed.age;
  else if (student) age = rng.int(personas.student.age.min, personas.student.age.max);
  else if (retiree) age = rng.int(personas.retiree.age.min, personas.retiree.age.max);
  else {
    const name = wishes.ageBracket ?? slot.ageBracket;
    const bracket = population.ageBrackets.find((b) => b.name === name) as (typeof population.ageBrackets)[number];
    age = rng.int(bracket.min, bracket.max);
  }

  let income: number;
  if (fixed.income !== undefined) income = fixed.income;
  else if (student && wishes.incomeTier === undefined) {
    const step = population.incomeInTier.roundDollars;
    income = Math.round(rng.int(personas.student.income.min, personas.student.income.max) / step) * step;
  } else income = incomeInTier(profile, rng, wishes.incomeTier ?? slot.incomeTier, age);

  const region = fixed.region ?? wishes.region ?? slot.region;
  const place = rng.pick(PLACES_BY_REGION[region]);
  const home: HomeLocation = { ...place, ...fixed.home };

  let lifeEvent: LifeEventKind | null;
  if (wishes.lifeEvent === undefined) lifeEvent = slot.lifeEvent;
  else if (wishes.lifeEvent === "any") lifeEvent = rng.pick(LIFE_EVENT_KINDS);
  else lifeEvent = wishes.lifeEvent;

  const name = fixed.name ?? fakerDraw(keyedRng(seed, "user-name", index), (faker) => faker.person.fullName());

  return {
    user_id: userId(index),
    name,
    email: userEmail(index),
    created_at: addDays(input.windowStart, -rng.int(population.signupDaysBefore.min, population.signupDaysBefore.max)),
    metadata: {
      age,
      age_bracket: ageBracketOf(age),
      income,
      income_bracket: incomeTierOf(income),
      region,
      life_stage: lifeStageOf(age, income, population.lifeStages),
      life_event: lifeEvent,
      home,
    },
  };
}
