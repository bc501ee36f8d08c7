import type { UserWishes } from "../src/rules/user.ts";
import type { LifeEventKind } from "../src/schemas/user.ts";
/** Each trait sets every wish it conflicts with, so the later trait of a chain wins. */
export declare const PERSONAS: {
    readonly highIncome: {
        readonly incomeTier: "high";
        readonly student: false;
    };
    readonly lowIncome: {
        readonly incomeTier: "low";
    };
    readonly student: {
        readonly student: true;
        readonly retiree: false;
        readonly ageBracket: "18-25";
        readonly incomeTier: undefined;
    };
    readonly retiree: {
        readonly retiree: true;
        readonly student: false;
        readonly ageBracket: "51+";
    };
};
/** The wish of `withLifeEvent(kind)`, refusing unknown kinds. */
export declare function lifeEventWish(kind: LifeEventKind | undefined): UserWishes;
//# sourceMappingURL=persona-traits.d.ts.map