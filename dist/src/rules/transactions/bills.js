import { incomeTierOf } from "../../schemas/brackets.js";
import { makeTransaction } from "./base.js";
/** A payroll deposit: positive, `INCOME_SALARY`, channel `other`, no merchant name (Plaid gives none). */
export function payrollTransaction(ctx, employer, amountCents, day, streamId = null, pfc = "INCOME_SALARY") {
    return makeTransaction(ctx, {
        day,
        amountCents: Math.abs(amountCents),
        name: pfc === "INCOME_SALARY" ? `${employer.toUpperCase()} PAYROLL DIR DEP` : employer.toUpperCase(),
        merchantName: null,
        channel: "other",
        pfc,
        confidence: "VERY_HIGH",
        streamId,
    });
}
/** A rent or mortgage payment: negative, channel `other`. */
export function housingTransaction(ctx, payee, mortgage, amountCents, day, streamId = null) {
    return makeTransaction(ctx, {
        day,
        amountCents: -Math.abs(amountCents),
        name: payee.name,
        merchantName: payee.merchant_name,
        channel: "other",
        pfc: mortgage ? "LOAN_PAYMENTS_MORTGAGE_PAYMENT" : "RENT_AND_UTILITIES_RENT",
        confidence: "HIGH",
        streamId,
    });
}
/** A utility bill paid online: negative. */
export function utilityTransaction(ctx, provider, amountCents, day, streamId = null) {
    return makeTransaction(ctx, {
        day,
        amountCents: -Math.abs(amountCents),
        name: provider.name,
        merchantName: provider.merchant_name,
        channel: "online",
        pfc: provider.pfc,
        confidence: "VERY_HIGH",
        streamId,
    });
}
/** Interest paid into a savings account: positive, `INCOME_INTEREST_EARNED`. */
export function interestTransaction(ctx, amountCents, day, streamId = null) {
    return makeTransaction(ctx, {
        day,
        amountCents: Math.abs(amountCents),
        name: "INTEREST PAYMENT",
        merchantName: null,
        channel: "other",
        pfc: "INCOME_INTEREST_EARNED",
        confidence: "VERY_HIGH",
        streamId,
    });
}
/** Whether a user is paid biweekly or monthly (`BUDGET.payroll.biweeklyShare`). */
export function drawPayFrequency(profile, rng) {
    return rng.chance(profile.budget.payroll.biweeklyShare) ? "BIWEEKLY" : "MONTHLY";
}
/** Take-home pay per period, in cents, before the deposit's own variance: net share of gross income by tier. */
export function netPayPerPeriodCents(profile, income, frequency, tier = incomeTierOf(income)) {
    const periodsPerYear = frequency === "BIWEEKLY" ? 26 : 12;
    return (income * 100 * profile.budget.payroll.netShareByTier[tier]) / periodsPerYear;
}
/** One deposit of a pay period: the period's pay within the spec's ±2 % (`BUDGET.payroll.variance`). */
export function payDepositCents(profile, rng, perPeriodCents) {
    const v = profile.budget.payroll.variance;
    return Math.round(perPeriodCents * (1 + rng.float(-v, v)));
}
/** Whether a user owns their home (and pays a mortgage) rather than renting. */
export function drawHomeowner(profile, rng, user) {
    const h = profile.budget.housing;
    const eligible = h.ownerLifeStages.includes(user.life_stage) && user.income >= h.ownerMinIncome;
    return eligible && rng.chance(h.ownerShare);
}
/** The monthly rent or mortgage, in cents: the spec's 25-35 % of gross monthly income, in whole dollars. */
export function housingCents(profile, rng, income, frugal = 0) {
    const { min, max } = profile.budget.housing.shareOfGrossMonthly;
    const share = min + (max - min) * rng.next() * (1 - frugal);
    return Math.round((income * 100 * share) / 12 / 100) * 100;
}
/** A customer's own utility base, in cents, chosen so every monthly bill around it stays in the spec's range. */
export function utilityBaseCents(profile, rng, frugal = 0) {
    const { cents, monthlyVariance: v } = profile.budget.utilities;
    const lo = Math.ceil(cents.min / (1 - v));
    const hi = Math.floor(cents.max / (1 + v));
    return lo + Math.round((hi - lo) * rng.next() * (1 - frugal));
}
/** One month's utility bill around the customer's base (`BUDGET.utilities.monthlyVariance`). */
export function utilityBillCents(profile, rng, baseCents) {
    const v = profile.budget.utilities.monthlyVariance;
    return Math.round(baseCents * (1 + rng.float(-v, v)));
}
//# sourceMappingURL=bills.js.map