// Ground truth for recurring series, shaped like Plaid's `TransactionStream` (one per account and
// series). Amounts follow this toolkit's sign rule, so inflow streams are positive.
import { z } from "zod";
import { CurrencyCode, Dollars, IsoDate, UserId, uuidIdWithPrefix } from "./common.ts";
import { PersonalFinanceCategorySchema } from "./transaction.ts";

export const STREAM_FREQUENCIES = ["UNKNOWN", "WEEKLY", "BIWEEKLY", "SEMI_MONTHLY", "MONTHLY", "ANNUALLY"] as const;
export const STREAM_STATUSES = ["UNKNOWN", "MATURE", "EARLY_DETECTION", "TOMBSTONED"] as const;

export const RecurringStreamSchema = z
  .object({
    stream_id: uuidIdWithPrefix("stream_"),
    account_id: uuidIdWithPrefix("acc_"),
    user_id: UserId,
    description: z.string().min(1),
    merchant_name: z.string().min(1).nullable(),
    frequency: z.enum(STREAM_FREQUENCIES),
    first_date: IsoDate,
    last_date: IsoDate,
    average_amount: Dollars,
    last_amount: Dollars,
    iso_currency_code: CurrencyCode,
    is_active: z.boolean(),
    status: z.enum(STREAM_STATUSES),
    personal_finance_category: PersonalFinanceCategorySchema,
    /** The ids of this series' transactions, sorted by date. */
    transaction_ids: z.array(uuidIdWithPrefix("txn_")).min(1),
  })
  .superRefine((s, ctx) => {
    if (s.first_date > s.last_date)
      ctx.addIssue({ code: "custom", path: ["last_date"], message: "last_date is before first_date" });
    if (s.status === "MATURE" && s.transaction_ids.length < 3) {
      ctx.addIssue({ code: "custom", path: ["status"], message: "a MATURE stream has at least 3 transactions" });
    }
  });

export type RecurringStream = z.infer<typeof RecurringStreamSchema>;
export type StreamFrequency = (typeof STREAM_FREQUENCIES)[number];
