import { describe, expect, it } from "vitest";
import { buildDataset, checkReconciliation, checkTransferPairs, customerFactory } from "spendsense-fixtures";

describe("customerFactory", () => {
  it("builds customer n of a seed exactly as buildDataset does", () => {
    const data = buildDataset({ users: 3, seed: 21 });
    const third = customerFactory.build({}, { transient: { seed: 21, index: 3 } });
    expect(third.user).toEqual(data.users[2]);
    expect(third.transactions).toEqual(data.transactions.filter((t) => t.user_id === "user_003"));
    expect(third.accounts).toEqual(data.accounts.filter((a) => a.user_id === "user_003"));
  });

  it("takes userFactory's traits and keeps the graph consistent", () => {
    const c = customerFactory
      .student()
      .withLifeEvent("job_change")
      .build({}, { transient: { seed: 4 } });
    expect(c.user.metadata.life_stage).toBe("student");
    expect(c.lifeEvents.map((e) => e.kind)).toEqual(["job_change"]);
    expect(checkReconciliation(c.accounts, c.transactions)).toEqual([]);
    expect(checkTransferPairs(c.transactions)).toEqual([]);
    expect(new Set(c.transactions.map((t) => t.user_id))).toEqual(new Set([c.user.user_id]));
  });

  it.each(["medical", "large_purchase"] as const)("withLifeEvent(%s) adds the expense to the ledger", (kind) => {
    const c = customerFactory.withLifeEvent(kind).build({}, { transient: { seed: 9 } });
    const [event] = c.lifeEvents;
    expect(event?.kind).toBe(kind);
    const txn = c.transactions.find((t) => t.transaction_id === event?.transaction_ids[0]);
    expect(txn?.amount).toBe(event?.amount);
  });

  it("a high earner holds at least two cards", () => {
    const c = customerFactory.highIncome().build({}, { transient: { seed: 12 } });
    expect(c.accounts.filter((a) => a.type === "credit").length).toBeGreaterThanOrEqual(2);
  });

  it("applies user overrides to the whole graph", () => {
    const c = customerFactory.build({ user: { metadata: { income: 300_000 } } }, { transient: { seed: 2 } });
    expect(c.user.metadata.income_bracket).toBe("high");
  });
});
