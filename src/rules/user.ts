// The user rule: one user from a keyed stream, a population slot, trait wishes and fixed fields.
// Derived fields (brackets, life stage) are always computed from the final age and income, so an
// override of `age` or `income` never leaves them stale.
import { AGE_BRACKETS, INCOME_TIERS, LIFE_EVENT_KINDS } from "../data/demographics.ts";
import { PLACES_BY_REGION } from "../data/places.ts";
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
  seed: number;
  index: number;
  windowStart: string;
  wishes?: UserWishes;
  fixed?: UserFixed;
}

const STUDENT_AGE = { min: 18, max: 23 } as const;
const STUDENT_INCOME = { min: 15_000, max: 44_900 } as const;
const RETIREE_AGE = { min: 62, max: 80 } as const;

function bracketRange(name: AgeBracket) {
  return AGE_BRACKETS.find((b) => b.name === name) as (typeof AGE_BRACKETS)[number];
}

function tierRange(name: IncomeTier) {
  return INCOME_TIERS.find((t) => t.name === name) as (typeof INCOME_TIERS)[number];
}

/** Income inside a tier, placed higher for older people so that income rises with age. */
function incomeInTier(rng: Rng, tier: IncomeTier, age: number): number {
  const { min, max } = tierRange(tier);
  const ageFactor = Math.min(1, Math.max(0, (age - 18) / 57));
  let p = 0.55 * rng.next() + 0.45 * ageFactor;
  if (tier === "high") p = p * p; // most high earners sit near the bottom of an open-ended tier
  return Math.min(max, Math.round((min + p * (max - min)) / 100) * 100);
}

/**
 * Build one user. Pure: the same input gives the same user.
 *
 * @example
 * drawUser({ seed: 42, index: 1, windowStart: "2025-05-01" }).user_id; // "user_001"
 */
export function drawUser(input: UserRuleInput): User {
  const { seed, index } = input;
  const wishes = input.wishes ?? {};
  const fixed = input.fixed ?? {};
  const rng = keyedRng(seed, "user", index);
  const slot = populationSlot(seed, index);

  const student = wishes.student === true && fixed.age === undefined;
  const retiree = wishes.retiree === true && fixed.age === undefined && !student;

  let age: number;
  if (fixed.age !== undefined) age = fixed.age;
  else if (student) age = rng.int(STUDENT_AGE.min, STUDENT_AGE.max);
  else if (retiree) age = rng.int(RETIREE_AGE.min, RETIREE_AGE.max);
  else {
    const bracket = bracketRange(wishes.ageBracket ?? slot.ageBracket);
    age = rng.int(bracket.min, bracket.max);
  }

  let income: number;
  if (fixed.income !== undefined) income = fixed.income;
  else if (student && wishes.incomeTier === undefined) income = Math.round(rng.int(STUDENT_INCOME.min, STUDENT_INCOME.max) / 100) * 100;
  else income = incomeInTier(rng, wishes.incomeTier ?? slot.incomeTier, age);

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
    created_at: addDays(input.windowStart, -rng.int(30, 3 * 365)),
    metadata: {
      age,
      age_bracket: ageBracketOf(age),
      income,
      income_bracket: incomeTierOf(income),
      region,
      life_stage: lifeStageOf(age, income),
      life_event: lifeEvent,
      home,
    },
  };
}
