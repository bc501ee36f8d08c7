// Every check gives the right verdict on crafted passing and failing inputs: a check that cannot
// fail would prove nothing.
import { describe, expect, it } from "vitest";
import { buildDataset, type Customer } from "spendsense-fixtures";
import { type ExternalMeasurements, QualityAccumulator } from "../../src/quality/checks.ts";

const data = buildDataset({ users: 100, seed: 42 });
const customers: Customer[] = data.users.map((user) => ({
  user,
  accounts: data.accounts.filter((a) => a.user_id === user.user_id),
  transactions: data.transactions.filter((t) => t.user_id === user.user_id),
  liabilities: data.liabilities.filter((l) => l.user_id === user.user_id),
  recurringStreams: data.recurringStreams.filter((s) => s.user_id === user.user_id),
  lifeEvents: data.lifeEvents.filter((e) => e.user_id === user.user_id),
}));
const GOOD: ExternalMeasurements = {
  loadProblems: [],
  databaseBytes: 9_000_000,
  generationSeconds: 1.5,
  reproducible: { identical: true, detail: "identical" },
};

function verdicts(list: Customer[], external: ExternalMeasurements = GOOD, requested = 100): Record<string, string> {
  const q = new QualityAccumulator({ requestedUsers: requested, startDate: "2025-05-01", endDate: "2025-10-31" });
  for (const c of list) q.add(c);
  return Object.fromEntries(q.checks(external).map((c) => [c.id, c.status]));
}

function failing(v: Record<string, string>): string[] {
  return Object.entries(v)
    .filter(([, s]) => s === "fail")
    .map(([id]) => id);
}

const clone = (): Customer[] => structuredClone(customers);
const first = (list: Customer[]) => list[0] as Customer;

describe("quality checks", () => {
  it("the default dataset passes every check", () => {
    expect(failing(verdicts(customers))).toEqual([]);
  });

  it.each<[string, () => [Customer[], ExternalMeasurements?, number?]]>([
    ["AC-1", () => [clone().slice(0, 99)]],
    ["AC-2", () => { const l = clone(); first(l).transactions = first(l).transactions.slice(0, 3); first(l).recurringStreams = []; first(l).liabilities = []; first(l).accounts = []; return [l]; }],
    ["AC-3", () => { const l = clone(); (first(l).accounts[0] as { mask: string }).mask = "12"; return [l]; }],
    ["AC-4", () => { const l = clone(); for (const c of l.slice(0, 10)) c.user.metadata.income_bracket = "high"; return [l]; }],
    ["AC-5", () => { const l = clone(); for (const c of l.slice(0, 10)) c.user.metadata.age_bracket = "51+"; return [l]; }],
    ["AC-6", () => { const l = clone(); for (const c of l) c.transactions = c.transactions.filter((t, i) => t.personal_finance_category.detailed !== "INCOME_SALARY" || i % 3 !== 0); return [l]; }],
    ["AC-7", () => [clone(), { ...GOOD, loadProblems: ["synthetic_users.csv:2: user_id: bad"] }]],
    ["AC-8", () => [clone(), { ...GOOD, databaseBytes: 60 * 1_048_576 }]],
    ["AC-9", () => [clone(), { ...GOOD, generationSeconds: 130 }]],
    ["AC-10", () => [clone(), { ...GOOD, reproducible: { identical: false, detail: "differs" } }]],
    ["QC-1", () => { const l = clone(); (first(l).transactions[0] as { name: string | null }).name = null; return [l]; }],
    ["QC-2", () => { const l = clone(); for (const c of l) for (const t of c.transactions) if (t.merchant_name && t.amount < 0) t.merchant_name = null; return [l]; }],
    ["QC-3", () => { const l = clone(); (first(l).transactions[0] as { account_id: string }).account_id = (l[1] as Customer).accounts[0]!.account_id; return [l]; }],
    ["QC-4", () => { const l = clone(); (first(l).transactions[0] as { date: string; authorized_date: string }).date = "2025-04-15"; first(l).transactions[0]!.authorized_date = "2025-04-15"; return [l]; }],
    ["QC-5", () => { const l = clone(); const s = first(l).recurringStreams.find((x) => x.transaction_ids.length >= 3)!; const t = first(l).transactions.find((x) => x.transaction_id === s.transaction_ids[1])!; t.amount = Math.round(t.amount * 150) / 100; return [l]; }],
    ["INT-1", () => { const l = clone(); first(l).accounts[0]!.opening_balance += 1; return [l]; }],
    ["INT-2", () => { const l = clone(); const c = l.find((x) => x.accounts.some((a) => a.subtype === "checking"))!; const a = c.accounts.find((x) => x.subtype === "checking")!; a.opening_balance -= 1_000_000; a.current_balance -= 1_000_000; a.available_balance = a.current_balance; return [l]; }],
    ["INT-3", () => { const l = clone(); const c = l.find((x) => x.transactions.some((t) => t.transfer_id))!; c.transactions.find((t) => t.transfer_id)!.transfer_id = "xfer_lonely"; return [l]; }],
    ["INT-4", () => { const l = clone(); const c = l.find((x) => x.liabilities.length > 0)!; c.liabilities[0]!.last_payment_date = "2025-01-01"; return [l]; }],
    ["INT-5", () => { const l = clone(); const t = first(l).transactions[0]!; t.personal_finance_category = { ...t.personal_finance_category, detailed: "FOOD_AND_DRINK_CAVIAR" }; return [l]; }],
    ["INT-6", () => { const l = clone(); first(l).recurringStreams[0]!.transaction_ids.pop(); return [l]; }],
    ["RD-1", () => { const l = clone(); for (const c of l) for (const s of c.recurringStreams) s.transaction_ids = []; for (const c of l) c.recurringStreams = c.recurringStreams.slice(0, 1); return [l]; }],
    ["RD-2", () => { const l = clone(); for (const c of l) for (const s of c.recurringStreams) { const idx = new Set(s.transaction_ids.filter((_, i) => i % 2 === 1)); for (const t of c.transactions) if (idx.has(t.transaction_id)) t.date = "2025-05-03"; } return [l]; }],
  ])("%s fails on an input crafted to break it", (id, craft) => {
    const [list, external, requested] = craft();
    expect(failing(verdicts(list, external, requested))).toContain(id);
  });

  it("a measurement that was not taken is skipped with its reason, not passed", () => {
    const q = new QualityAccumulator({ requestedUsers: 100, startDate: "2025-05-01", endDate: "2025-10-31" });
    for (const c of customers) q.add(c);
    const checks = q.checks({ ...GOOD, loadProblems: null, databaseBytes: null, skipped: { "AC-7": "over 1000 users", "AC-8": "over 1000 users" } });
    expect(checks.find((c) => c.id === "AC-7")).toMatchObject({ status: "skipped", measured: "not measured: over 1000 users" });
  });
});
