import { makeTransaction } from "./base.js";
/** A large one-off purchase or bill, paid in store or online. */
export function oneOffExpenseTransaction(ctx, payee, amountCents, day) {
    return makeTransaction(ctx, {
        day,
        authLagDays: ctx.rng.int(0, 2),
        amountCents: -Math.abs(amountCents),
        name: payee.name,
        merchantName: payee.merchant_name,
        channel: "in store",
        pfc: payee.pfc,
        confidence: "HIGH",
    });
}
//# sourceMappingURL=life-events.js.map