export declare const BUDGET: {
    /** Transactions per user over the spec's six-month window; other windows scale it (`countBand`). */
    readonly countBand: {
        readonly min: 150;
        readonly max: 200;
        readonly days: 184;
    };
    /** The plan aims this share of the band's width inside each end, so the ledger lands in the band. */
    readonly countBandMargin: 0.12;
    /** Re-plans after a plan that could not be paid for; each is more frugal, fully so at `fullyFrugalAt`. */
    readonly replan: {
        readonly maxAttempts: 6;
        readonly fullyFrugalAt: 3;
    };
    /** Monthly bills fall on their day of the month, give or take this many days. */
    readonly dayJitter: 2;
    readonly payroll: {
        /** Take-home pay as a share of gross income, by tier. */
        readonly netShareByTier: {
            readonly low: 0.85;
            readonly middle: 0.78;
            readonly upper_middle: 0.72;
            readonly high: 0.65;
        };
        /** Share of users paid biweekly (every other Friday); the rest monthly (last business day). */
        readonly biweeklyShare: 0.6;
        /** Each deposit varies by up to this share (the spec's ±2 %). */
        readonly variance: 0.02;
        readonly periodDays: {
            readonly BIWEEKLY: 14;
            readonly MONTHLY: 30;
        };
    };
    readonly housing: {
        /** Rent or mortgage as a share of gross monthly income (the spec's 25-35 %), rounded to whole dollars. */
        readonly shareOfGrossMonthly: {
            readonly min: 0.25;
            readonly max: 0.35;
        };
        readonly dayOfMonth: 1;
        /** Owners: this share of users in these life stages with at least this income pay a mortgage. */
        readonly ownerShare: 0.6;
        readonly ownerLifeStages: readonly ["mid_career", "pre_retirement", "retiree"];
        readonly ownerMinIncome: 60000;
    };
    readonly utilities: {
        /** Every monthly bill lands in the spec's $80-$150. */
        readonly cents: {
            readonly min: 8000;
            readonly max: 15000;
        };
        readonly dayOfMonth: 15;
        /** A customer's bill varies month to month by up to this share around their own base. */
        readonly monthlyVariance: 0.04;
    };
    readonly subscriptions: {
        /** Share of subscriptions charged to the first card (when there is one). */
        readonly cardShare: 0.7;
        readonly dayOfMonth: {
            readonly min: 3;
            readonly max: 27;
        };
    };
    readonly studentLoan: {
        /** The monthly payment rises linearly with income from `incomeFrom` over `incomeSpan` dollars. */
        readonly incomeFrom: 15000;
        readonly incomeSpan: 100000;
        readonly dayOfMonth: {
            readonly min: 5;
            readonly max: 25;
        };
    };
    readonly cardPayments: {
        readonly dayOfMonth: {
            readonly min: 5;
            readonly max: 25;
        };
        /** Autopay covers the month's purchases times this factor (less by `frugalCut` when re-planning). */
        readonly coverFactor: {
            readonly min: 0.95;
            readonly max: 1.1;
        };
        readonly frugalCut: 0.3;
        /**
         * Autopay as a share of the amount owed at the start, inside the spec's 2-50 % last-payment range
         * (`LIABILITIES.cardLastPaymentShare`) with room for the balance to move during the window.
         */
        readonly autopayShareOfOwed: {
            readonly min: 0.025;
            readonly max: 0.4;
        };
        readonly minimumCents: 2500;
        readonly roundCents: 100;
    };
    readonly savings: {
        /** Savings earn interest at this APY, paid each quarter end. */
        readonly apy: {
            readonly min: 0.005;
            readonly max: 0.045;
        };
        readonly transferDayOfMonth: {
            readonly min: 3;
            readonly max: 12;
        };
        /** Low-income customers without a savings account do not save. */
        readonly nonSaverTier: "low";
        readonly minimumTransferCents: 2500;
        readonly roundCents: 10000;
        /** Checking ends the window at its opening balance times this factor; the rest is saved. */
        readonly checkingEndFactor: {
            readonly min: 0.9;
            readonly max: 1.1;
        };
        /** A shortfall is withdrawn at least this many days inside the window. */
        readonly withdrawalMarginDays: 20;
        /** Otherwise, this share of savers makes one withdrawal of this many hundreds of dollars. */
        readonly extraWithdrawalShare: 0.25;
        readonly extraWithdrawalHundreds: {
            readonly min: 2;
            readonly max: 10;
        };
        /** When checking runs short, savings cover the shortfall plus this buffer, rounded up to `roundCents`. */
        readonly rescueBufferCents: 5000;
    };
};
export type Budget = typeof BUDGET;
//# sourceMappingURL=budget.d.ts.map