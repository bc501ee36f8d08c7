import type { ProfileData } from "../data/profile.ts";
import type { Rng } from "../random/rng.ts";
import { type Liability } from "../schemas/liability.ts";
export interface LiabilityRuleInput {
    rng: Rng;
    profile: ProfileData;
    type: "credit_card" | "student_loan";
    accountId: string;
    userId: string;
    /** The account's amount owed, in cents. */
    balanceCents: number;
    /** The reference day the "days ago / from now" dates count from (`YYYY-MM-DD`). */
    asOf: string;
    /** Known to a ledger; drawn (`cardIsOverdue`) when omitted. */
    overdue?: boolean;
    /** The latest payment as a ledger saw it (null: none in the window); drawn when omitted. */
    lastPayment?: {
        amountCents: number;
        date: string;
    } | null;
    /** The next (or, when overdue, the missed) due date, when a ledger fixed it. */
    nextDueDate?: string;
    /** A student loan's monthly payment, when a ledger fixed it (`studentLoanPaymentCents`). */
    minimumPaymentCents?: number;
    /** Annual income in dollars a student loan's payment scales with (`studentLoanPaymentCents`). */
    income: number;
}
/** Whether a card is overdue (the spec's 5 %, `LIABILITIES.cardOverdueShare`). Student loans never are. */
export declare function cardIsOverdue(profile: ProfileData, rng: Rng): boolean;
/**
 * A student loan's monthly payment, in cents: inside the spec's $150-$400, rising with income
 * (`LIABILITIES.studentMinimumCents` over `BUDGET.studentLoan`'s income span), in whole dollars.
 */
export declare function studentLoanPaymentCents(profile: ProfileData, income: number): number;
/**
 * Build one liability.
 *
 * @example
 * drawLiability({ rng, profile: DEFAULT_PROFILE, type: "credit_card", accountId, userId: "user_001", balanceCents: 250000, income: 80000, asOf: "2025-10-31" });
 */
export declare function drawLiability(input: LiabilityRuleInput): Liability;
//# sourceMappingURL=liability.d.ts.map