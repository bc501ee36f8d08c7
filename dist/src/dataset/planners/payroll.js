// Payroll: biweekly Fridays or the last business day of each month, net of tax, ±2 % per deposit;
// a job change leaves a gap of two to four weeks and then pays a new amount from a new employer.
import { EMPLOYERS } from "../../data/merchants.js";
import { drawPayFrequency, netPayPerPeriodCents, payDepositCents } from "../../rules/transactions/bills.js";
import { biweeklyFridays, lastBusinessDays } from "../window.js";
export function planPayroll(ctx, budget) {
    const { rng, profile, user, window } = ctx;
    const m = user.metadata;
    const frequency = drawPayFrequency(profile, rng);
    const employers = rng.shuffle(EMPLOYERS);
    const paydays = frequency === "BIWEEKLY" ? biweeklyFridays(window, rng.int(0, 1)) : lastBusinessDays(window);
    const periodDays = profile.budget.payroll.periodDays[frequency];
    const perPeriod = netPayPerPeriodCents(profile, m.income, frequency, m.income_bracket);
    const stream = budget.stream(frequency, periodDays);
    const pay = (day, cents, employer, series, lifeEvent) => {
        const deposit = payDepositCents(profile, rng, cents);
        budget.add({ type: "payroll", day, cents: deposit, employer, stream: series, ...(lifeEvent ? { lifeEvent } : {}) }, { count: 1, inCents: deposit });
    };
    if (m.life_event !== "job_change" || paydays.length < 4) {
        for (const day of paydays)
            pay(day, perPeriod, employers[0], stream);
        return;
    }
    const rules = profile.lifeEvents;
    const lastOld = paydays[rng.int(1, Math.max(1, Math.floor(paydays.length / 2)))];
    const gapStart = lastOld + periodDays; // the first payday that does not come
    const firstNew = gapStart + rng.int(rules.jobChangeGapDays.min, rules.jobChangeGapDays.max);
    const newPerPeriod = perPeriod * rng.float(rules.jobChangeRaise.min, rules.jobChangeRaise.max);
    const newStream = budget.stream(frequency, periodDays);
    const eventId = budget.lifeEventId();
    for (const day of paydays)
        if (day <= lastOld)
            pay(day, perPeriod, employers[0], stream);
    for (let day = firstNew; day <= window.endDay; day += periodDays) {
        pay(day, newPerPeriod, employers[1], newStream, day === firstNew ? eventId : undefined);
    }
    budget.lifeEvents.push({
        id: eventId,
        kind: "job_change",
        startDay: gapStart,
        endDay: Math.min(firstNew, window.endDay),
        cents: Math.round(newPerPeriod - perPeriod),
    });
}
//# sourceMappingURL=payroll.js.map