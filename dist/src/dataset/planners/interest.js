// Savings interest: paid at each quarter end at the account's APY.
import { quarterEnds } from "../window.js";
export function planSavingsInterest(ctx, budget) {
    const { rng, profile, accounts, window } = ctx;
    if (!accounts.savings)
        return;
    const apy = rng.float(profile.budget.savings.apy.min, profile.budget.savings.apy.max);
    for (const day of quarterEnds(window))
        budget.add({ type: "interest", day, apy }, { count: 1 });
}
//# sourceMappingURL=interest.js.map