// The personas concern of the profile: what the persona traits (`student()`, `retiree()`) mean, and the
// defaults a factory uses when it builds a record without a user. Numbers only.
export const PERSONAS = {
    /** A student: young, and under the life-stage rule's student income (checked by the profile schema). */
    student: { age: { min: 18, max: 23 }, income: { min: 15_000, max: 44_900 } },
    /** A retiree: at or past the life-stage rule's retirement age (checked by the profile schema). */
    retiree: { age: { min: 62, max: 80 } },
    /** Annual income, in dollars, that a factory draws when no user (or income) is given. */
    factoryIncome: { min: 35_000, max: 120_000 },
};
//# sourceMappingURL=personas.js.map