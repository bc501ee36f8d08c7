export declare const PERSONAS: {
    /** A student: young, and under the life-stage rule's student income (checked by the profile schema). */
    readonly student: {
        readonly age: {
            readonly min: 18;
            readonly max: 23;
        };
        readonly income: {
            readonly min: 15000;
            readonly max: 44900;
        };
    };
    /** A retiree: at or past the life-stage rule's retirement age (checked by the profile schema). */
    readonly retiree: {
        readonly age: {
            readonly min: 62;
            readonly max: 80;
        };
    };
    /** Annual income, in dollars, that a factory draws when no user (or income) is given. */
    readonly factoryIncome: {
        readonly min: 35000;
        readonly max: 120000;
    };
};
export type Personas = typeof PERSONAS;
//# sourceMappingURL=personas.d.ts.map