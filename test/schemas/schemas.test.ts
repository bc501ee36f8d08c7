import { describe, expect, it } from "vitest";
import { accountFactory, liabilityFactory, transactionFactory, userFactory } from "spendsense-fixtures";
import { AccountSchema } from "../../src/schemas/account.ts";
import { LiabilitySchema } from "../../src/schemas/liability.ts";
import { TransactionSchema } from "../../src/schemas/transaction.ts";
import { UserSchema } from "../../src/schemas/user.ts";
import { formatPath } from "../../src/issues/issue.ts";
import { checkRecord } from "../../src/schemas/validate.ts";

const pin = { transient: { seed: 11 } };
const paths = (schema: Parameters<typeof checkRecord>[0], value: unknown) =>
  checkRecord(schema, value).map((i) => formatPath(i.path));

describe("UserSchema", () => {
  const user = userFactory.build({}, pin);

  it("accepts a built user", () => expect(paths(UserSchema, user)).toEqual([]));

  it("rejects a bracket that does not match the age or the income", () => {
    const bad = {
      ...user,
      metadata: { ...user.metadata, age: 60, age_bracket: "18-25", income: 20_000, income_bracket: "high" },
    };
    expect(paths(UserSchema, bad)).toEqual(expect.arrayContaining(["metadata.age_bracket", "metadata.income_bracket"]));
  });

  it("rejects a malformed user_id, email and created_at", () => {
    expect(paths(UserSchema, { ...user, user_id: "u1", email: "nope", created_at: "2025-02-30" })).toEqual([
      "user_id",
      "email",
      "created_at",
    ]);
  });
});

describe("AccountSchema", () => {
  const card = accountFactory.creditCard().build({}, pin);

  it("accepts Plaid's type/subtype pairs and rejects mixed ones", () => {
    expect(paths(AccountSchema, card)).toEqual([]);
    expect(paths(AccountSchema, { ...card, type: "depository" })).toContain("subtype");
  });

  it("requires available = limit - owed on a card, exactly in cents", () => {
    expect(paths(AccountSchema, { ...card, available_balance: (card.available_balance ?? 0) + 0.01 })).toEqual([
      "available_balance",
    ]);
  });

  it("requires a null credit_limit off cards and amounts with at most two decimals", () => {
    const checking = accountFactory.checking().build({}, pin);
    expect(paths(AccountSchema, { ...checking, credit_limit: 100 })).toEqual(["credit_limit"]);
    expect(paths(AccountSchema, { ...checking, current_balance: 10.005 })).toEqual(["current_balance"]);
  });
});

describe("TransactionSchema", () => {
  const coffee = transactionFactory.coffee().build({}, { transient: { seed: 11, channel: "in store" } });

  it("accepts a built in-store purchase with a filled location", () => {
    expect(paths(TransactionSchema, coffee)).toEqual([]);
    expect(coffee.location.city).not.toBeNull();
  });

  it("rejects a PFC pair that is not in the taxonomy", () => {
    const bad = {
      ...coffee,
      personal_finance_category: {
        primary: "GENERAL_MERCHANDISE",
        detailed: "FOOD_AND_DRINK_COFFEE",
        confidence_level: "HIGH",
      },
    };
    expect(paths(TransactionSchema, bad)).toEqual(["personal_finance_category.detailed"]);
  });

  it("rejects Plaid's spellings being bent: in_store, and an unknown confidence level", () => {
    expect(paths(TransactionSchema, { ...coffee, payment_channel: "in_store" })).toEqual(["payment_channel"]);
    const bad = {
      ...coffee,
      personal_finance_category: { ...coffee.personal_finance_category, confidence_level: "SURE" },
    };
    expect(paths(TransactionSchema, bad)).toEqual(["personal_finance_category.confidence_level"]);
  });

  it("rejects authorization after posting and an online purchase with a location", () => {
    expect(paths(TransactionSchema, { ...coffee, authorized_date: "2030-01-01" })).toEqual(["authorized_date"]);
    expect(paths(TransactionSchema, { ...coffee, payment_channel: "online" })).toEqual(["location"]);
  });

  it("rejects income with a negative amount (money in is positive)", () => {
    const pay = transactionFactory.payroll().build({}, pin);
    expect(paths(TransactionSchema, { ...pay, amount: -pay.amount })).toEqual(["amount"]);
  });
});

describe("LiabilitySchema", () => {
  const card = liabilityFactory.creditCard().build({}, pin);
  const loan = liabilityFactory.studentLoan().build({}, pin);

  it("accepts both types", () => {
    expect(paths(LiabilitySchema, card)).toEqual([]);
    expect(paths(LiabilitySchema, loan)).toEqual([]);
  });

  it("requires a card's minimum payment to be 2% of its statement balance", () => {
    expect(paths(LiabilitySchema, { ...card, minimum_payment_amount: card.minimum_payment_amount + 1 })).toEqual([
      "minimum_payment_amount",
    ]);
  });

  it("requires the other type's fields to be null", () => {
    expect(paths(LiabilitySchema, { ...loan, apr_percentage: 19.99 })).toEqual(["apr_percentage"]);
    expect(paths(LiabilitySchema, { ...card, interest_rate_percentage: 5 })).toEqual(["interest_rate_percentage"]);
  });
});

describe("checkRecord", () => {
  it("gives each problem the shared issue shape: zod's code, the path as a list, a message", () => {
    const [issue] = checkRecord(UserSchema, { ...userFactory.build({}, pin), email: "not an email" });
    expect(issue).toMatchObject({ code: "invalid_format", path: ["email"] });
    expect(issue?.message).toMatch(/email/i);
  });
});
