export declare const LIABILITIES: {
    readonly aprPercent: {
        readonly min: 15.99;
        readonly max: 24.99;
    };
    readonly interestRatePercent: {
        readonly min: 4.5;
        readonly max: 7.5;
    };
    /** A card's minimum payment is this share of the statement balance (the spec's 2 %). */
    readonly cardMinimumShare: 0.02;
    /** A card's last payment is this share of its balance (the spec's 2-50 %). */
    readonly cardLastPaymentShare: {
        readonly min: 0.02;
        readonly max: 0.5;
    };
    /** A student loan's monthly payment (the spec's $150-$400), in cents. */
    readonly studentMinimumCents: {
        readonly min: 15000;
        readonly max: 40000;
    };
    readonly lastPaymentDaysAgo: {
        readonly min: 5;
        readonly max: 25;
    };
    readonly nextDueDaysAhead: {
        readonly min: 5;
        readonly max: 25;
    };
    /** An overdue account's payment was due this many days before the reference day. */
    readonly overdueDaysAgo: {
        readonly min: 1;
        readonly max: 20;
    };
    /** Share of cards that are overdue (the spec's 5 %); student loans are never overdue. */
    readonly cardOverdueShare: 0.05;
};
export type Liabilities = typeof LIABILITIES;
//# sourceMappingURL=liabilities.d.ts.map