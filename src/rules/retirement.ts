// Retirement income (issue 9): who of the users 65+ is retired, their Social Security (paid on the 2nd,
// 3rd or 4th Wednesday of each month by birthday, as the SSA pays) and any pension. Pure: every draw
// comes from the user's own keyed streams, so a re-plan keeps the same retiree, amounts and Wednesday.
import type { ProfileData } from "../data/profile.ts";
import { keyedRng } from "../random/rng.ts";
import type { IncomeTier } from "../schemas/brackets.ts";
import type { UserMetadata } from "../schemas/user.ts";
import { previousBusinessDay } from "../units/business-days.ts";
import { dayOf, dayOfMonth, weekdayOfDay } from "../units/dates.ts";

export interface Retirement {
  /** Day of the month the user was born (1-31): it sets the Social Security Wednesday. */
  birthDay: number;
  /** Which Wednesday of the month pays (2, 3 or 4). */
  wednesday: number;
  socialSecurityCents: number;
  /** Monthly pension, in cents, or 0 without one. */
  pensionCents: number;
}

/**
 * The day of the month a user was born, uniform over the days of a (non-leap) year, from its own
 * keyed stream. The user record has no birth date; this is the one place it is derived.
 */
export function birthDayOfMonth(seed: number, index: number): number {
  const rng = keyedRng(seed, "birthday", index);
  return dayOfMonth(dayOf(2001, 1, 1) + rng.int(0, 364));
}

/** Which Wednesday of the month Social Security pays for a birthday (`POPULATION.retirement.wednesdayByBirthday`). */
export function socialSecurityWednesday(profile: ProfileData, birthDay: number): number {
  const rows = profile.population.retirement.wednesdayByBirthday;
  return (rows.find((r) => birthDay <= r.maxDay) ?? (rows[rows.length - 1] as (typeof rows)[number])).wednesday;
}

/** The `nth` Wednesday of a month, or the business day before it when that Wednesday is a federal holiday. */
export function socialSecurityPayday(year: number, month: number, nth: number): number {
  const first = dayOf(year, month, 1);
  const wednesday = first + ((3 - weekdayOfDay(first) + 7) % 7) + 7 * (nth - 1);
  return previousBusinessDay(wednesday);
}

/** Take-home retirement income per month, in cents: the income net of the tier's share, as for payroll. */
export function retirementMonthlyCents(profile: ProfileData, income: number, tier: IncomeTier): number {
  return Math.round((income * 100 * profile.budget.payroll.netShareByTier[tier]) / 12);
}

/** A monthly Social Security benefit, in cents: whole dollars (as the SSA pays), at most the maximum benefit. */
export function socialSecurityCents(profile: ProfileData, cents: number): number {
  return Math.floor(Math.min(profile.population.retirement.socialSecurityMaxMonthlyCents, cents) / 100) * 100;
}

/**
 * Whether a user is retired and, if so, their monthly Social Security and pension (take-home income as
 * for payroll: the user's income net of the tier's share, per month). Null for users still working
 * (under the retirement age, not drawn as retired, or changing jobs).
 */
export function drawRetirement(
  profile: ProfileData,
  seed: number,
  index: number,
  user: Pick<UserMetadata, "age" | "income" | "income_bracket" | "life_event">,
): Retirement | null {
  const rules = profile.population.retirement;
  // A user whose life event is a job change is working.
  if (user.age < rules.age || user.life_event === "job_change") return null;
  const rng = keyedRng(seed, "retirement", index);
  if (!rng.chance(rules.retiredShare)) return null;
  const monthlyCents = Math.round(
    (user.income * 100 * profile.budget.payroll.netShareByTier[user.income_bracket]) / 12,
  );
  const hasPension = rng.chance(rules.pensionShare) || monthlyCents > rules.socialSecurityMaxMonthlyCents;
  const share = rng.float(rules.socialSecurityShareWithPension.min, rules.socialSecurityShareWithPension.max);
  const ss = socialSecurityCents(profile, hasPension ? monthlyCents * share : monthlyCents);
  const birthDay = birthDayOfMonth(seed, index);
  return {
    birthDay,
    wednesday: socialSecurityWednesday(profile, birthDay),
    socialSecurityCents: ss,
    pensionCents: hasPension ? monthlyCents - ss : 0,
  };
}
