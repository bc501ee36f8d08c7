export declare const LIFE_EVENTS: {
    readonly medicalCents: {
        readonly min: 50000;
        readonly max: 300000;
    };
    readonly largePurchaseCents: {
        readonly min: 80000;
        readonly max: 600000;
    };
    /** A large purchase costs `base + incomeWeight * incomeFactor` of the way up its range. */
    readonly largePurchaseIncomeScale: {
        readonly base: 0.4;
        readonly incomeWeight: 0.6;
    };
    /** One-off expenses fall at least this many days inside the window. */
    readonly dayMarginDays: 7;
    /** A one-off expense goes on a card whose available credit is at least this multiple of it. */
    readonly cardHeadroom: 1.5;
    /** Otherwise savings pay for it when they can, withdrawn up to this many days before. */
    readonly savingsLeadDays: {
        readonly min: 0;
        readonly max: 2;
    };
    readonly jobChangeGapDays: {
        readonly min: 14;
        readonly max: 28;
    };
    /** The new salary as a multiple of the old one. */
    readonly jobChangeRaise: {
        readonly min: 0.9;
        readonly max: 1.25;
    };
};
export type LifeEvents = typeof LIFE_EVENTS;
//# sourceMappingURL=life-events.d.ts.map