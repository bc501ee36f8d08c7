import { describe, expect, it } from "vitest";
import { accountFactory, isPfcPair, transactionFactory } from "spendsense-fixtures";
import { SUBSCRIPTIONS } from "../../src/data/subscriptions.ts";

const checking = accountFactory.checking().build({}, { transient: { seed: 5 } });
const SEEDS = [1, 9, 27, 81, 243];

describe("transactionFactory", () => {
  it.each(SEEDS)("seed %i: payroll is a positive INCOME_SALARY deposit on channel other with no merchant", (seed) => {
    const t = transactionFactory.payroll().build({}, { transient: { seed }, associations: { account: checking } });
    expect(t.amount).toBeGreaterThan(0);
    expect(t.personal_finance_category).toMatchObject({ primary: "INCOME", detailed: "INCOME_SALARY" });
    expect(t.payment_channel).toBe("other");
    expect(t.merchant_name).toBeNull();
    expect([t.account_id, t.user_id]).toEqual([checking.account_id, checking.user_id]);
  });

  it.each(SEEDS)("seed %i: rent falls on the 1st ±2 days and utilities on the 15th ±2 days, both negative", (seed) => {
    const rent = transactionFactory.rent().build({}, { transient: { seed } });
    const day = Number(rent.date.slice(8));
    expect(day <= 3 || day >= 28).toBe(true);
    expect(rent.amount).toBeLessThan(0);
    const bill = transactionFactory.utilities().build({}, { transient: { seed } });
    expect(Math.abs(Number(bill.date.slice(8)) - 15)).toBeLessThanOrEqual(2);
    expect(-bill.amount).toBeGreaterThanOrEqual(80);
    expect(-bill.amount).toBeLessThanOrEqual(150);
  });

  it("subscription(name) charges the spec's exact price for each of the five services", () => {
    for (const service of SUBSCRIPTIONS) {
      const t = transactionFactory.subscription(service.service as never).build();
      expect(t.amount).toBe(-service.price_cents / 100);
    }
    expect(() => transactionFactory.subscription("Hulu" as never)).toThrow(/unknown subscription "Hulu"/);
  });

  it.each(SEEDS)("seed %i: groceries, restaurants and coffee use the spec's price ranges and PFC pairs", (seed) => {
    const t = { transient: { seed } };
    const g = transactionFactory.groceries().build({}, t);
    expect(-g.amount).toBeGreaterThanOrEqual(30);
    expect(-g.amount).toBeLessThanOrEqual(150);
    expect(g.personal_finance_category.detailed).toBe("FOOD_AND_DRINK_GROCERIES");
    const r = transactionFactory.restaurant().build({}, t);
    expect(-r.amount).toBeGreaterThanOrEqual(12);
    expect(-r.amount).toBeLessThanOrEqual(60);
    expect(["FOOD_AND_DRINK_RESTAURANT", "FOOD_AND_DRINK_FAST_FOOD"]).toContain(r.personal_finance_category.detailed);
    const c = transactionFactory.coffee().build({}, t);
    expect(-c.amount).toBeGreaterThanOrEqual(4);
    expect(-c.amount).toBeLessThanOrEqual(8);
    for (const x of [g, r, c])
      expect(isPfcPair(x.personal_finance_category.primary, x.personal_finance_category.detailed)).toBe(true);
  });

  it("online() has a null location and in-store purchases carry a filled one", () => {
    const online = transactionFactory.online().build();
    expect(online.payment_channel).toBe("online");
    expect(Object.values(online.location).every((v) => v === null)).toBe(true);
    const store = transactionFactory.coffee().build({}, { transient: { channel: "in store" } });
    expect(store.location).toMatchObject({ city: "Austin", region: "TX", postal_code: "78701", country: "US" });
  });

  it("pending() marks the transaction pending, and authorized_date never follows date", () => {
    expect(transactionFactory.pending().build().pending).toBe(true);
    for (const t of transactionFactory.buildList(300)) expect(t.authorized_date! <= t.date).toBe(true);
  });

  it("an overridden date moves the authorization with it", () => {
    const t = transactionFactory.groceries().build({ date: "2025-07-04" });
    expect([t.date, t.authorized_date]).toEqual(["2025-07-04", "2025-07-04"]);
  });

  it("refuses payroll on a credit card and an unknown channel, naming the field", () => {
    const card = accountFactory.creditCard().build();
    expect(() => transactionFactory.payroll().build({}, { associations: { account: card } })).toThrow(
      /belongs on a checking account/,
    );
    expect(() => transactionFactory.build({ payment_channel: "in_store" as never })).toThrow(/payment_channel/);
    expect(() => transactionFactory.build({ date: "2025-13-01" })).toThrow(/date: expected a real date/);
  });
});

describe("derived fields follow overrides", () => {
  it("an overridden channel decides the store location: online has none, in store has the store's", () => {
    for (let index = 1; index <= 20; index++) {
      const online = transactionFactory.build({ payment_channel: "online" }, { transient: { seed: 9, index } });
      expect(online.payment_channel).toBe("online");
      expect(online.location.city).toBeNull();
      expect(online.location.store_number).toBeNull();
      const inStore = transactionFactory
        .groceries()
        .build({ payment_channel: "in store" }, { transient: { seed: 9, index } });
      expect(inStore.payment_channel).toBe("in store");
      expect(inStore.location.city).toBe("Austin"); // the default home
      expect(inStore.name.endsWith(`#${inStore.location.store_number}`)).toBe(true);
    }
  });

  it("an overridden detailed category brings its own primary", () => {
    const t = transactionFactory
      .groceries()
      .build({ personal_finance_category: { detailed: "FOOD_AND_DRINK_COFFEE" } });
    expect(t.personal_finance_category).toMatchObject({ primary: "FOOD_AND_DRINK", detailed: "FOOD_AND_DRINK_COFFEE" });
    const travel = transactionFactory.build({ personal_finance_category: { detailed: "TRAVEL_FLIGHTS" } });
    expect(travel.personal_finance_category.primary).toBe("TRAVEL");
  });

  it("an unknown detailed category is still a clear schema error", () => {
    expect(() => transactionFactory.build({ personal_finance_category: { detailed: "NOT_A_CATEGORY" } })).toThrow(
      /personal_finance_category/,
    );
  });
});
