// Field schemas shared by the entity schemas.
import { z } from "zod";
import { isIsoDate } from "../units/dates.ts";
import { hasCentPrecision } from "../units/money.ts";

/** A calendar date `YYYY-MM-DD`. */
export const IsoDate = z.string().refine(isIsoDate, { message: "expected a real date written YYYY-MM-DD" });

/** A dollar amount with at most two decimals (Plaid's form). */
export const Dollars = z
  .number()
  .refine(hasCentPrecision, { message: "expected a dollar amount with at most two decimals" });

/** A non-negative dollar amount with at most two decimals. */
export const NonNegativeDollars = Dollars.refine((v) => v >= 0, { message: "expected an amount >= 0" });

export const CurrencyCode = z.literal("USD");

export const PAYMENT_CHANNELS = ["online", "in store", "other"] as const;
export const PaymentChannel = z.enum(PAYMENT_CHANNELS);
export type PaymentChannelName = (typeof PAYMENT_CHANNELS)[number];

/** Identifier shapes: a prefix and a seed-derived UUID. */
export const uuidIdWithPrefix = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`), {
    message: `expected ${prefix} followed by a UUID`,
  });

export const UserId = z.string().regex(/^user_\d{3,}$/, { message: "expected user_ followed by at least 3 digits" });
