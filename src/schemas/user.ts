// The user record: identity plus the demographic metadata that drives generation.
import { z } from "zod";
import { LIFE_EVENT_KINDS, LIFE_STAGES, REGIONS } from "../data/demographics.ts";
import { AGE_BRACKET_NAMES, INCOME_TIER_NAMES, ageBracketOf, incomeTierOf } from "./brackets.ts";
import { IsoDate, UserId } from "./common.ts";

// Strict: an unknown key (a typo, another tool's field) is an error, not silently dropped.
export const HomeLocationSchema = z.strictObject({
  city: z.string().min(1),
  state: z.string().regex(/^[A-Z]{2}$/, { message: "expected a two-letter US state code" }),
  postal_code: z.string().regex(/^\d{5}$/, { message: "expected a five-digit ZIP code" }),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

export const UserMetadataSchema = z
  .strictObject({
    age: z.number().int().min(18).max(100),
    age_bracket: z.enum(AGE_BRACKET_NAMES),
    income: z.number().int().positive(),
    income_bracket: z.enum(INCOME_TIER_NAMES),
    region: z.enum(REGIONS.map((r) => r.name) as ["urban", "suburban", "rural"]),
    life_stage: z.enum(LIFE_STAGES),
    life_event: z.enum(LIFE_EVENT_KINDS).nullable(),
    home: HomeLocationSchema,
  })
  .superRefine((m, ctx) => {
    if (Number.isInteger(m.age) && ageBracketOf(m.age) !== m.age_bracket) {
      ctx.addIssue({
        code: "custom",
        path: ["age_bracket"],
        message: `age ${m.age} is in bracket ${ageBracketOf(m.age)}, not ${m.age_bracket}`,
      });
    }
    if (m.income > 0 && incomeTierOf(m.income) !== m.income_bracket) {
      ctx.addIssue({
        code: "custom",
        path: ["income_bracket"],
        message: `income ${m.income} is in tier ${incomeTierOf(m.income)}, not ${m.income_bracket}`,
      });
    }
  });

export const UserSchema = z.object({
  user_id: UserId,
  name: z.string().min(1),
  email: z.email(),
  created_at: IsoDate,
  metadata: UserMetadataSchema,
});

export type User = z.infer<typeof UserSchema>;
export type UserMetadata = z.infer<typeof UserMetadataSchema>;
export type HomeLocation = z.infer<typeof HomeLocationSchema>;
export type Region = UserMetadata["region"];
export type LifeEventKind = (typeof LIFE_EVENT_KINDS)[number];
