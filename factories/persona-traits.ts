// The persona traits shared by `userFactory` and `customerFactory`, as the wishes they add.
import { LIFE_EVENT_KINDS } from "../src/data/demographics.ts";
import type { UserWishes } from "../src/rules/user.ts";
import type { LifeEventKind } from "../src/schemas/user.ts";

/** Each trait sets every wish it conflicts with, so the later trait of a chain wins. */
export const PERSONAS = {
  highIncome: { incomeTier: "high", student: false },
  lowIncome: { incomeTier: "low" },
  student: { student: true, retiree: false, ageBracket: "18-25", incomeTier: undefined },
  retiree: { retiree: true, student: false, ageBracket: "51+" },
} as const satisfies Record<string, UserWishes>;

/** The wish of `withLifeEvent(kind)`, refusing unknown kinds. */
export function lifeEventWish(kind: LifeEventKind | undefined): UserWishes {
  if (kind !== undefined && !LIFE_EVENT_KINDS.includes(kind)) {
    throw new RangeError(
      `withLifeEvent: unknown kind "${String(kind)}"; expected one of ${LIFE_EVENT_KINDS.join(", ")}`,
    );
  }
  return { lifeEvent: kind ?? "any" };
}
