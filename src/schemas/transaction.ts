// The transaction record: Plaid's `Transaction` fields, with this toolkit's sign rule
// (money out of the account is negative, money in is positive).
import { z } from "zod";
import { PFC_CONFIDENCE_LEVELS, PFC_V2_PAIRS } from "../data/pfc-taxonomy.ts";
import { toDay } from "../units/dates.ts";
import { CurrencyCode, Dollars, IsoDate, PaymentChannel, UserId, uuidIdWithPrefix } from "./common.ts";

const PFC_PRIMARY_OF = new Map<string, string>(PFC_V2_PAIRS.map(([primary, detailed]) => [detailed, primary]));

/** True when (primary, detailed) is a row of the PFCv2 taxonomy. */
export function isPfcPair(primary: string, detailed: string): boolean {
  return PFC_PRIMARY_OF.get(detailed) === primary;
}

/** The primary category of a detailed PFCv2 code. */
export function pfcPrimaryOf(detailed: string): string {
  const primary = PFC_PRIMARY_OF.get(detailed);
  if (!primary) throw new RangeError(`not a PFCv2 detailed category: ${detailed}`);
  return primary;
}

/** Primaries whose money always arrives (positive) or always leaves (negative) the account. */
export const INFLOW_PRIMARIES: ReadonlySet<string> = new Set(["INCOME", "TRANSFER_IN", "LOAN_DISBURSEMENTS"]);
export const OUTFLOW_PRIMARIES: ReadonlySet<string> = new Set(["TRANSFER_OUT"]);

export const PersonalFinanceCategorySchema = z
  .object({
    primary: z.string(),
    detailed: z.string(),
    confidence_level: z.enum(PFC_CONFIDENCE_LEVELS),
  })
  .refine((c) => isPfcPair(c.primary, c.detailed), {
    message: "(primary, detailed) is not a pair of the PFCv2 taxonomy",
    path: ["detailed"],
  });

/** Plaid's `Location`: all eight keys always present, each nullable. */
export const LocationSchema = z.object({
  address: z.string().nullable(),
  city: z.string().nullable(),
  region: z.string().nullable(),
  postal_code: z.string().nullable(),
  country: z.string().nullable(),
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  store_number: z.string().nullable(),
});

export const TransactionSchema = z
  .object({
    transaction_id: uuidIdWithPrefix("txn_"),
    account_id: uuidIdWithPrefix("acc_"),
    user_id: UserId,
    date: IsoDate,
    authorized_date: IsoDate.nullable(),
    /** Dollars; negative = money left the account, positive = money arrived. */
    amount: Dollars,
    iso_currency_code: CurrencyCode,
    name: z.string().min(1),
    merchant_name: z.string().min(1).nullable(),
    payment_channel: PaymentChannel,
    personal_finance_category: PersonalFinanceCategorySchema,
    pending: z.boolean(),
    location: LocationSchema,
    /** Shared by the two legs of a transfer between the user's own accounts. */
    transfer_id: z.string().min(1).nullable(),
    /** The ground-truth recurring stream this transaction belongs to, if any. */
    stream_id: z.string().min(1).nullable(),
  })
  .superRefine((t, ctx) => {
    if (
      t.authorized_date !== null &&
      /^\d{4}-\d{2}-\d{2}$/.test(t.date) &&
      /^\d{4}-\d{2}-\d{2}$/.test(t.authorized_date)
    ) {
      try {
        if (toDay(t.authorized_date) > toDay(t.date)) {
          ctx.addIssue({
            code: "custom",
            path: ["authorized_date"],
            message: `authorized_date ${t.authorized_date} is after date ${t.date}`,
          });
        }
      } catch {
        // an invalid date is already reported by its own field schema
      }
    }
    const primary = t.personal_finance_category.primary;
    if (INFLOW_PRIMARIES.has(primary) && t.amount <= 0) {
      ctx.addIssue({
        code: "custom",
        path: ["amount"],
        message: `${primary} is money arriving, so amount must be positive (money in is positive)`,
      });
    }
    if (OUTFLOW_PRIMARIES.has(primary) && t.amount >= 0) {
      ctx.addIssue({
        code: "custom",
        path: ["amount"],
        message: `${primary} is money leaving, so amount must be negative (money out is negative)`,
      });
    }
    const loc = t.location;
    if (
      t.payment_channel === "in store" &&
      (loc.city === null || loc.region === null || loc.postal_code === null || loc.country === null)
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["location"],
        message: "an in-store transaction needs city, region, postal_code and country",
      });
    }
    if (t.payment_channel === "online" && Object.values(loc).some((v) => v !== null)) {
      ctx.addIssue({
        code: "custom",
        path: ["location"],
        message: "an online transaction has every location field null",
      });
    }
  });

export type Transaction = z.infer<typeof TransactionSchema>;
export type TransactionLocation = z.infer<typeof LocationSchema>;
export type PersonalFinanceCategory = z.infer<typeof PersonalFinanceCategorySchema>;
