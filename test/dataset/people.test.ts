// Who the users are and the rest of their budget (issue 9), measured over several seeds of the
// default profile: income by age, retirees on Social Security, pay frequencies, renters and owners,
// student loans by age, phone/internet/insurance bills, ATM cash, P2P and seasonal electricity.
// Tolerances are three binomial standard deviations over the users measured unless said otherwise.
import { beforeAll, describe, expect, it } from "vitest";
import {
  buildDataset,
  checkReconciliation,
  customerFactory,
  type Dataset,
  DEFAULT_PROFILE,
  type Transaction,
} from "spendsense-fixtures";
import { buildCustomer } from "../../src/dataset/customer.ts";
import { paydaysInWindow } from "../../src/dataset/planners/payroll.ts";
import { dataWindow } from "../../src/dataset/window.ts";
import { birthDayOfMonth } from "../../src/rules/retirement.ts";
import { dayOfMonth, toDay, weekdayOfDay } from "../../src/units/dates.ts";
import { OPM_FEDERAL_HOLIDAYS } from "../fixtures/federal-holidays.ts";

const SEEDS = [1, 2, 3, 42, 2024];
const USERS = 100;
const HOLIDAYS = new Set(Object.values(OPM_FEDERAL_HOLIDAYS).flat());
const isBusinessDate = (date: string) => {
  const w = weekdayOfDay(toDay(date));
  return w !== 0 && w !== 6 && !HOLIDAYS.has(date);
};
const detailed = (t: Transaction) => t.personal_finance_category.detailed;
const threeSigma = (p: number, n: number) => 3 * Math.sqrt((p * (1 - p)) / n);
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

interface Run {
  seed: number;
  data: Dataset;
  byUser: Map<string, Transaction[]>;
}
const runs: Run[] = [];

beforeAll(() => {
  for (const seed of SEEDS) {
    const data = buildDataset({ users: USERS, seed });
    const byUser = new Map<string, Transaction[]>();
    for (const t of data.transactions) {
      let list = byUser.get(t.user_id);
      if (!list) byUser.set(t.user_id, (list = []));
      list.push(t);
    }
    runs.push({ seed, data, byUser });
  }
});

const everyUser = () =>
  runs.flatMap((r) =>
    r.data.users.map((u, i) => ({ run: r, user: u, index: i + 1, txns: r.byUser.get(u.user_id) ?? [] })),
  );

describe("income by age", () => {
  it("median income peaks at 36-50 and is lower for 51+", () => {
    // Each block of 20 holds 2 middle, 4 upper-middle and 1 high earner aged 36-50, and 2 middle and 1
    // high aged 51+ (POPULATION.ageIncomeBlock), so over whole blocks the 36-50 median is upper-middle
    // (>= $75,000) and the 51+ median middle (< $75,000), whatever the draws inside each tier.
    const incomes = new Map<string, number[]>();
    for (const { user } of everyUser()) {
      const list = incomes.get(user.metadata.age_bracket) ?? [];
      list.push(user.metadata.income);
      incomes.set(user.metadata.age_bracket, list);
    }
    const m = (b: string) => median(incomes.get(b) ?? []);
    expect(m("36-50")).toBeGreaterThanOrEqual(75_000);
    expect(m("51+")).toBeLessThan(75_000);
    expect(m("36-50")).toBeGreaterThan(m("26-35"));
    expect(m("26-35")).toBeGreaterThan(m("18-25"));
  });
});

describe("retirees", () => {
  it("users 65+ are mostly retired: Social Security (and some pensions), no payroll", () => {
    let candidates = 0;
    let retired = 0;
    let pensions = 0;
    for (const { user, txns } of everyUser()) {
      const retirementIncome = txns.filter((t) => detailed(t) === "INCOME_RETIREMENT_PENSION");
      if (user.metadata.age < 65) {
        expect(retirementIncome, user.user_id).toEqual([]);
        continue;
      }
      if (user.metadata.life_event === "job_change") continue; // a job changer is working
      candidates++;
      if (retirementIncome.length === 0) continue;
      retired++;
      expect(
        txns.filter((t) => detailed(t) === "INCOME_SALARY"),
        user.user_id,
      ).toEqual([]);
      if (retirementIncome.some((t) => !t.name.startsWith("SSA TREAS"))) pensions++;
    }
    const p = DEFAULT_PROFILE.population.retirement.retiredShare;
    expect(candidates).toBeGreaterThan(20);
    expect(Math.abs(retired / candidates - p)).toBeLessThanOrEqual(threeSigma(p, candidates));
    expect(pensions).toBeGreaterThan(0);
    expect(pensions).toBeLessThan(retired);
  });

  it("Social Security pays monthly on the 2nd, 3rd or 4th Wednesday by birthday, or the business day before", () => {
    let checked = 0;
    for (const { run, user, index, txns } of everyUser()) {
      const ss = txns.filter((t) => t.name === "SSA TREAS 310 XXSOC SEC");
      if (ss.length === 0) continue;
      // The SSA's schedule: birthday 1-10 -> 2nd Wednesday, 11-20 -> 3rd, 21-31 -> 4th.
      const birthDay = birthDayOfMonth(run.seed, index);
      const nth = birthDay <= 10 ? 2 : birthDay <= 20 ? 3 : 4;
      expect(ss.length, user.user_id).toBe(6); // one a month over May-October 2025
      for (const t of ss) {
        checked++;
        expect(detailed(t)).toBe("INCOME_RETIREMENT_PENSION");
        expect(t.amount).toBeGreaterThan(0);
        expect(isBusinessDate(t.date), `${user.user_id} ${t.date}`).toBe(true);
        const [y, mo] = t.date.split("-").map(Number) as [number, number];
        const firstWeekday = weekdayOfDay(toDay(`${t.date.slice(0, 8)}01`));
        const wednesday = 1 + ((3 - firstWeekday + 7) % 7) + 7 * (nth - 1);
        const wanted = `${y}-${String(mo).padStart(2, "0")}-${String(wednesday).padStart(2, "0")}`;
        // On the Wednesday, or (a holiday) within the four days before it.
        const shift = toDay(wanted) - toDay(t.date);
        expect(shift, `${user.user_id} ${t.date} vs ${wanted}`).toBeGreaterThanOrEqual(0);
        if (shift > 0) expect(HOLIDAYS.has(wanted)).toBe(true);
        expect(t.stream_id, `${user.user_id}: Social Security is a recurring stream`).not.toBeNull();
      }
      const stream = run.data.recurringStreams.find((s) => s.stream_id === ss[0]?.stream_id);
      expect(stream?.frequency).toBe("MONTHLY");
      expect(new Set(ss.map((t) => t.amount)).size).toBe(1);
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("customerFactory.retiree() keeps the retiree life stage, and a retired one is paid by Social Security", () => {
    let retired = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const c = customerFactory.retiree().build({}, { transient: { seed } });
      expect(c.user.metadata.life_stage).toBe("retiree");
      expect(checkReconciliation(c.accounts, c.transactions)).toEqual([]);
      const ss = c.transactions.filter((t) => t.name === "SSA TREAS 310 XXSOC SEC");
      if (ss.length > 0) {
        retired++;
        expect(c.user.metadata.age).toBeGreaterThanOrEqual(65);
        expect(c.transactions.filter((t) => detailed(t) === "INCOME_SALARY")).toEqual([]);
      }
    }
    // Retiree personas are 62-80: 16/19 are 65+ and 80 % of those retire (less the few job changers),
    // so a build is retired with p ~ 0.65; 12 builds with none retired would have a chance of ~3e-6.
    expect(retired).toBeGreaterThan(0);
  });

  it("the birthday day is a day of the month, deterministic per (seed, index)", () => {
    const days = Array.from({ length: 400 }, (_, i) => birthDayOfMonth(7, i + 1));
    expect(Math.min(...days)).toBe(1);
    expect(Math.max(...days)).toBe(31);
    expect(birthDayOfMonth(7, 5)).toBe(days[4]);
  });
});

describe("pay frequencies", () => {
  it("the default profile pays 60 % biweekly and 40 % monthly (no weekly or semi-monthly)", () => {
    let payroll = 0;
    let biweekly = 0;
    for (const { run, txns } of everyUser()) {
      const salary = txns.find((t) => detailed(t) === "INCOME_SALARY");
      if (!salary) continue;
      const frequency = run.data.recurringStreams.find((s) => s.stream_id === salary.stream_id)?.frequency;
      expect(["BIWEEKLY", "MONTHLY"]).toContain(frequency);
      payroll++;
      if (frequency === "BIWEEKLY") biweekly++;
    }
    expect(Math.abs(biweekly / payroll - 0.6)).toBeLessThanOrEqual(threeSigma(0.6, payroll));
  });

  const window = dataWindow("2025-05-01", "2025-10-31");

  it("weekly paydays are every Friday, or the business day before a Friday holiday", () => {
    const days = paydaysInWindow("WEEKLY", window, 0);
    expect(days.length).toBe(27); // Fridays May 2 .. Oct 31, 2025: (Oct 31 - May 2) / 7 + 1 = 182 / 7 + 1
    for (const day of days) {
      const weekday = weekdayOfDay(day);
      // 2025-07-04 (a Friday holiday) pays on Thursday 3 July.
      expect(weekday === 5 || (weekday === 4 && day === toDay("2025-07-03"))).toBe(true);
    }
  });

  it("semi-monthly paydays are the 15th and the last day, or the business day before", () => {
    const days = paydaysInWindow("SEMI_MONTHLY", window, 0);
    expect(days.length).toBe(12);
    for (const day of days) {
      const dom = dayOfMonth(day);
      const next = [1, 2, 3].map((k) => dayOfMonth(day + k));
      // Either on the 15th or the month's end, or a few days before it when that day is not a business day.
      const onTarget = dom === 15 || dayOfMonth(day + 1) === 1;
      const before = next.includes(15) || next.includes(1);
      expect(onTarget || before, String(day)).toBe(true);
      const w = weekdayOfDay(day);
      expect(w >= 1 && w <= 5).toBe(true);
    }
    // August 15, 2025 is a Friday (paid that day); November 15 would be a Saturday but is outside.
    expect(days).toContain(toDay("2025-08-15"));
    // May 31, 2025 is a Saturday: paid Friday 30 May.
    expect(days).toContain(toDay("2025-05-30"));
  });

  it.each(["WEEKLY", "SEMI_MONTHLY"] as const)("a profile paying everyone %s builds valid customers", (frequency) => {
    const shares = { WEEKLY: 0, BIWEEKLY: 0, SEMI_MONTHLY: 0, MONTHLY: 0, [frequency]: 1 };
    const profile = {
      ...DEFAULT_PROFILE,
      budget: { ...DEFAULT_PROFILE.budget, payroll: { ...DEFAULT_PROFILE.budget.payroll, frequencyShares: shares } },
    } as unknown as typeof DEFAULT_PROFILE;
    for (let index = 1; index <= 10; index++) {
      const c = buildCustomer({ seed: 5, index, window, profile });
      const salary = c.transactions.filter((t) => detailed(t) === "INCOME_SALARY");
      if (salary.length === 0) continue; // a retiree
      const streamIds = new Set(salary.map((t) => t.stream_id));
      for (const id of streamIds) expect(c.recurringStreams.find((s) => s.stream_id === id)?.frequency).toBe(frequency);
      for (const t of salary) expect(isBusinessDate(t.date)).toBe(true);
      if (c.user.metadata.life_event !== "job_change") expect(salary.length).toBe(frequency === "WEEKLY" ? 27 : 12);
    }
  });
});

describe("housing and student loans", () => {
  it("about 35 % rent, renting likelier when young; the rest pay a mortgage", () => {
    const renters = new Map<string, { n: number; rent: number }>();
    let n = 0;
    let rent = 0;
    for (const { user, txns } of everyUser()) {
      const isRenter = txns.some((t) => detailed(t) === "RENT_AND_UTILITIES_RENT");
      const isOwner = txns.some((t) => detailed(t) === "LOAN_PAYMENTS_MORTGAGE_PAYMENT");
      expect(isRenter !== isOwner, user.user_id).toBe(true);
      const b = renters.get(user.metadata.age_bracket) ?? { n: 0, rent: 0 };
      b.n++;
      if (isRenter) b.rent++;
      renters.set(user.metadata.age_bracket, b);
      n++;
      if (isRenter) rent++;
    }
    // Expected renters: 1 - (0.2*0.3 + 0.3*0.6 + 0.35*0.8 + 0.15*0.85) = 35.25 % (BUDGET.housing.ownerShareByAge).
    expect(Math.abs(rent / n - 0.3525)).toBeLessThanOrEqual(threeSigma(0.3525, n));
    const share = (b: string) => (renters.get(b)?.rent ?? 0) / (renters.get(b)?.n ?? 1);
    expect(share("18-25")).toBeGreaterThan(share("26-35"));
    expect(share("26-35")).toBeGreaterThan(share("36-50"));
  });

  it("25 % hold a student loan: most under 40, some 40-49, few 50+", () => {
    const by: Record<"under40" | "forties" | "fiftyPlus", [users: number, holders: number]> = {
      under40: [0, 0],
      forties: [0, 0],
      fiftyPlus: [0, 0],
    };
    for (const run of runs) {
      const holders = new Set(run.data.accounts.filter((a) => a.subtype === "student").map((a) => a.user_id));
      // Five holders in every block of 20 users (POPULATION.studentLoansPerBlock): exactly 25 of 100.
      expect(holders.size).toBe(25);
      for (const u of run.data.users) {
        const key = u.metadata.age < 40 ? "under40" : u.metadata.age < 50 ? "forties" : "fiftyPlus";
        by[key][0]++;
        if (holders.has(u.user_id)) by[key][1]++;
      }
    }
    const share = ([n, h]: [number, number]) => h / n;
    expect(share(by.under40)).toBeGreaterThan(share(by.forties));
    expect(share(by.forties)).toBeGreaterThan(share(by.fiftyPlus));
    // Few 50+: the reference is 4 % (Pew/SHED 2023); allow its three-sigma band over the users measured.
    expect(share(by.fiftyPlus)).toBeLessThanOrEqual(0.04 + threeSigma(0.04, by.fiftyPlus[0]));
    expect(by.forties[1]).toBeGreaterThan(0);
  });
});

describe("the rest of a budget", () => {
  it("phone, internet and insurance bills are held by their shares, one fixed amount a month", () => {
    const bills = DEFAULT_PROFILE.budget.bills;
    const cases = [
      ["RENT_AND_UTILITIES_TELEPHONE", bills.phone],
      ["RENT_AND_UTILITIES_INTERNET_AND_CABLE", bills.internet],
      ["GENERAL_SERVICES_INSURANCE", bills.insurance],
    ] as const;
    const users = everyUser();
    for (const [category, rule] of cases) {
      let holders = 0;
      for (const { user, txns } of users) {
        const list = txns.filter((t) => detailed(t) === category);
        if (list.length === 0) continue;
        holders++;
        expect(list.length, `${user.user_id} ${category}`).toBe(6);
        expect(new Set(list.map((t) => t.amount)).size).toBe(1);
        const cents = -Math.round((list[0] as Transaction).amount * 100);
        expect(cents).toBeGreaterThanOrEqual(rule.cents.min);
        expect(cents).toBeLessThanOrEqual(rule.cents.max);
        for (const t of list) expect(isBusinessDate(t.date)).toBe(true);
      }
      expect(Math.abs(holders / users.length - rule.share)).toBeLessThanOrEqual(threeSigma(rule.share, users.length));
    }
  });

  it("some users withdraw round amounts of $20-$200 at ATMs and send or receive P2P payments", () => {
    const users = everyUser();
    let cashUsers = 0;
    let p2pUsers = 0;
    for (const { txns } of users) {
      const atm = txns.filter((t) => detailed(t) === "TRANSFER_OUT_WITHDRAWAL");
      if (atm.length > 0) cashUsers++;
      for (const t of atm) {
        const cents = -Math.round(t.amount * 100);
        expect(cents % 2_000).toBe(0);
        expect(cents).toBeGreaterThanOrEqual(2_000);
        expect(cents).toBeLessThanOrEqual(20_000);
        expect(t.transfer_id).toBeNull();
      }
      const p2p = txns.filter((t) => ["Venmo", "Zelle", "Cash App"].includes(t.merchant_name ?? ""));
      if (p2p.length > 0) p2pUsers++;
      for (const t of p2p)
        expect(detailed(t)).toBe(t.amount < 0 ? "TRANSFER_OUT_ACCOUNT_TRANSFER" : "TRANSFER_IN_ACCOUNT_TRANSFER");
    }
    const { cash, p2p } = DEFAULT_PROFILE.budget;
    expect(Math.abs(cashUsers / users.length - cash.share)).toBeLessThanOrEqual(threeSigma(cash.share, users.length));
    expect(Math.abs(p2pUsers / users.length - p2p.share)).toBeLessThanOrEqual(threeSigma(p2p.share, users.length));
    expect(users.some(({ txns }) => txns.some((t) => detailed(t) === "TRANSFER_IN_ACCOUNT_TRANSFER"))).toBe(true);
  });

  it("electricity peaks in summer: each user's July and August bills exceed their October bill", () => {
    let users = 0;
    for (const { user, txns } of everyUser()) {
      const bills = txns.filter((t) => detailed(t) === "RENT_AND_UTILITIES_GAS_AND_ELECTRICITY");
      const inMonth = (m: string) => bills.filter((t) => t.date.slice(5, 7) === m).map((t) => -t.amount);
      const summer = [...inMonth("07"), ...inMonth("08")];
      const october = inMonth("10");
      if (summer.length === 0 || october.length === 0) continue;
      users++;
      // The default shape gives Jul/Aug 1.0435 and Oct 0.979 times the base; the ±0.5 % monthly
      // variance cannot close a 6.6 % gap.
      expect(Math.min(...summer), user.user_id).toBeGreaterThan(Math.max(...october));
      for (const b of bills) {
        expect(-b.amount).toBeGreaterThanOrEqual(80);
        expect(-b.amount).toBeLessThanOrEqual(150);
      }
    }
    expect(users).toBeGreaterThan(400);
  });
});
