// The account record, in Plaid's `AccountBase` terms flattened to one row (balances inline).
import { z } from "zod";
import { toCents } from "../units/money.ts";
import { CurrencyCode, Dollars, UserId, uuidIdWithPrefix } from "./common.ts";

/** The Plaid (type, subtype) pairs this toolkit generates. */
export const ACCOUNT_KINDS = {
  checking: { type: "depository", subtype: "checking" },
  savings: { type: "depository", subtype: "savings" },
  credit_card: { type: "credit", subtype: "credit card" },
  student_loan: { type: "loan", subtype: "student" },
} as const;
export type AccountKind = keyof typeof ACCOUNT_KINDS;

export const AccountSchema = z
  .object({
    account_id: uuidIdWithPrefix("acc_"),
    user_id: UserId,
    type: z.enum(["depository", "credit", "loan"]),
    subtype: z.enum(["checking", "savings", "credit card", "student"]),
    name: z.string().min(1),
    official_name: z.string().min(1).nullable(),
    mask: z.string().regex(/^\d{4}$/, { message: "expected 4 digits" }),
    /** Depository: money held. Credit and loan: the positive amount owed (Plaid's meaning). */
    current_balance: Dollars,
    available_balance: Dollars.nullable(),
    credit_limit: Dollars.nullable(),
    iso_currency_code: CurrencyCode,
    /** The balance (or amount owed) at the start of the data window, so the ledger can be replayed. */
    opening_balance: Dollars,
  })
  .superRefine((a, ctx) => {
    const pair = Object.values(ACCOUNT_KINDS).find((k) => k.type === a.type && k.subtype === a.subtype);
    if (!pair) {
      ctx.addIssue({
        code: "custom",
        path: ["subtype"],
        message: `subtype "${a.subtype}" does not belong to type "${a.type}"`,
      });
    }
    if (a.type === "credit") {
      if (a.credit_limit === null || a.credit_limit <= 0) {
        ctx.addIssue({
          code: "custom",
          path: ["credit_limit"],
          message: "a credit card needs a positive credit_limit",
        });
      } else if (
        a.available_balance === null ||
        toCents(a.available_balance) > toCents(a.credit_limit) - toCents(a.current_balance)
      ) {
        // Pending purchases are not in current_balance but hold credit: available = limit - current - pending.
        ctx.addIssue({
          code: "custom",
          path: ["available_balance"],
          message: `a credit card's available_balance must be at most credit_limit - current_balance (${(toCents(a.credit_limit) - toCents(a.current_balance)) / 100}); pending purchases lower it`,
        });
      }
    } else if (a.credit_limit !== null) {
      ctx.addIssue({
        code: "custom",
        path: ["credit_limit"],
        message: `credit_limit must be null for a ${a.subtype} account`,
      });
    }
    if (a.type === "loan" && a.current_balance < 0) {
      ctx.addIssue({ code: "custom", path: ["current_balance"], message: "a loan's amount owed cannot be negative" });
    }
  });

export type Account = z.infer<typeof AccountSchema>;
