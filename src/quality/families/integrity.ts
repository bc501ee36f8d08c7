// Integrity: INT-1..INT-6, each counted with examples, and the balance-path chart. INT-1, INT-2 and
// the chart read the one balance replay made when the customer was inspected.
import type { Issue } from "../../issues/issue.ts";
import { formatIssue } from "../../issues/issue.ts";
import type { AccountReplay } from "../balance-replay.ts";
import { CHECK_RULES } from "../check-table.ts";
import { eg, Family, type Measurement, type QualityContext } from "../family.ts";
import type { InspectedCustomer } from "../inspect.ts";
import {
  checkLiabilities,
  checkPfcPairs,
  checkStreams,
  checkTransferPairs,
  dailyBalanceIssues,
  reconciliationIssues,
} from "../integrity.ts";
import { Examples, Sample } from "../sample.ts";

export interface BalancePath {
  account: string;
  label: string;
  points: [string, number][];
}

/** Each integrity check: its id and the issues it finds in one inspected customer. */
const INTEGRITY_CHECKS: readonly { id: string; issues: (c: InspectedCustomer) => Issue[] }[] = [
  { id: "INT-1", issues: (c) => reconciliationIssues(c.replays) },
  { id: "INT-2", issues: (c) => dailyBalanceIssues(c.replays) },
  { id: "INT-3", issues: (c) => checkTransferPairs(c.valid.transactions) },
  { id: "INT-4", issues: (c) => checkLiabilities(c.valid.accounts, c.valid.liabilities, c.valid.transactions) },
  // INT-5 looks at every record, including those the schema already rejected.
  { id: "INT-5", issues: (c) => checkPfcPairs(c.raw.transactions) },
  { id: "INT-6", issues: (c) => checkStreams(c.valid.recurringStreams, c.valid.transactions) },
];

/** The end-of-day balances of a replayed account, in dollars, from the window's start. */
function balancePath(
  userId: string,
  { account: a, openingCents, days }: AccountReplay,
  startDate: string,
): BalancePath {
  const points: [string, number][] = [[startDate, openingCents / 100]];
  for (const day of days) {
    const last = points[points.length - 1] as [string, number];
    if (last[0] === day.date) last[1] = day.cents / 100;
    else points.push([day.date, day.cents / 100]);
  }
  return {
    account: a.account_id,
    label: `${userId} ${a.name} (${a.subtype}${a.type === "credit" ? ", owed" : ""})`,
    points,
  };
}

export class IntegrityFamily extends Family<IntegrityFamily> {
  private readonly counts = new Map<string, number>(INTEGRITY_CHECKS.map((c) => [c.id, 0]));
  private readonly examples = new Map<string, Examples>(
    INTEGRITY_CHECKS.map((c) => [c.id, new Examples(CHECK_RULES.examples)]),
  );
  /** The first users' checking accounts and cards. */
  private readonly paths = new Sample<BalancePath>(CHECK_RULES.balancePaths);

  constructor(private readonly context: QualityContext) {
    super();
  }

  add(customer: InspectedCustomer): void {
    const user = String(customer.raw.user?.user_id);
    for (const check of INTEGRITY_CHECKS) {
      const issues = check.issues(customer);
      this.counts.set(check.id, (this.counts.get(check.id) ?? 0) + issues.length);
      issues.forEach((issue, seq) => this.examples.get(check.id)?.note({ user, seq }, formatIssue(issue)));
    }
    customer.replays.forEach((replay, seq) => {
      const a = replay.account;
      if ((a.subtype === "checking" || a.type === "credit") && this.paths.wants({ user, seq })) {
        this.paths.add({ user, seq }, a.account_id, balancePath(user, replay, this.context.startDate));
      }
    });
  }

  merge(other: IntegrityFamily): void {
    for (const [id, n] of other.counts) this.counts.set(id, (this.counts.get(id) ?? 0) + n);
    for (const [id, sample] of other.examples) this.examples.get(id)?.merge(sample);
    this.paths.merge(other.paths);
  }

  measure(): Measurement[] {
    return INTEGRITY_CHECKS.map(({ id }) => {
      const count = this.counts.get(id) ?? 0;
      return { id, measured: `${count} problems${eg(this.examples.get(id)?.texts ?? [])}`, value: count };
    });
  }

  balancePaths(): BalancePath[] {
    return this.paths.values;
  }
}
