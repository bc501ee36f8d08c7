// The liability record: Plaid's `CreditCardLiability` and `StudentLoan` fields flattened to one row.
// Fields that belong to the other type are null.
import { z } from "zod";
import { LIABILITIES } from "../data/liabilities.ts";
import { percentOf, toCents } from "../units/money.ts";
import { Dollars, IsoDate, NonNegativeDollars, UserId, uuidIdWithPrefix } from "./common.ts";

/** A card's minimum payment: `LIABILITIES.cardMinimumShare` (the spec's 2 %) of what the statement says is owed. */
export function cardMinimumPaymentCents(statementCents: number, share: number = LIABILITIES.cardMinimumShare): number {
  return percentOf(Math.max(0, statementCents), share);
}

export const LiabilitySchema = z
  .object({
    liability_id: uuidIdWithPrefix("liab_"),
    account_id: uuidIdWithPrefix("acc_"),
    user_id: UserId,
    type: z.enum(["credit_card", "student_loan"]),
    /** Credit cards: 15.99-24.99. */
    apr_percentage: z.number().min(0).max(100).nullable(),
    apr_type: z.enum(["balance_transfer_apr", "cash_apr", "purchase_apr", "special"]).nullable(),
    /** Student loans: 4.5-7.5. */
    interest_rate_percentage: z.number().min(0).max(100).nullable(),
    minimum_payment_amount: NonNegativeDollars,
    last_payment_amount: NonNegativeDollars.nullable(),
    last_payment_date: IsoDate.nullable(),
    last_statement_balance: Dollars.nullable(),
    next_payment_due_date: IsoDate.nullable(),
    is_overdue: z.boolean(),
  })
  .superRefine((l, ctx) => {
    if (l.type === "credit_card") {
      if (l.apr_percentage === null)
        ctx.addIssue({
          code: "custom",
          path: ["apr_percentage"],
          message: "a credit card liability needs apr_percentage",
        });
      if (l.apr_type === null)
        ctx.addIssue({ code: "custom", path: ["apr_type"], message: "a credit card liability needs apr_type" });
      if (l.interest_rate_percentage !== null)
        ctx.addIssue({ code: "custom", path: ["interest_rate_percentage"], message: "must be null for a credit card" });
      if (l.last_statement_balance === null) {
        ctx.addIssue({
          code: "custom",
          path: ["last_statement_balance"],
          message: "a credit card liability needs last_statement_balance",
        });
      } else {
        const expected = cardMinimumPaymentCents(toCents(l.last_statement_balance));
        if (toCents(l.minimum_payment_amount) !== expected) {
          ctx.addIssue({
            code: "custom",
            path: ["minimum_payment_amount"],
            message: `a card's minimum payment is ${LIABILITIES.cardMinimumShare * 100}% of last_statement_balance (${expected / 100})`,
          });
        }
      }
    } else {
      if (l.interest_rate_percentage === null)
        ctx.addIssue({
          code: "custom",
          path: ["interest_rate_percentage"],
          message: "a student loan liability needs interest_rate_percentage",
        });
      if (l.apr_percentage !== null)
        ctx.addIssue({ code: "custom", path: ["apr_percentage"], message: "must be null for a student loan" });
      if (l.apr_type !== null)
        ctx.addIssue({ code: "custom", path: ["apr_type"], message: "must be null for a student loan" });
    }
  });

export type Liability = z.infer<typeof LiabilitySchema>;
