// Schema family (AC-3) on hand-made customers.
import { describe, expect, it } from "vitest";
import { SchemaFamily } from "../../../src/quality/families/schema.ts";
import { inspectCustomer } from "../../../src/quality/inspect.ts";
import { alex, bo, CHECKING_B, env, NOT_MEASURED } from "../hand-made.ts";

describe("schema family", () => {
  // alex: 1 user + 2 accounts + 11 transactions + 1 liability + 2 streams = 17 records; bo: 1 + 1 + 1 = 3.
  it("AC-3 passes when every record is valid", () => {
    const f = new SchemaFamily();
    f.add(inspectCustomer(alex()));
    f.add(inspectCustomer(bo()));
    expect(f.checks(env())).toMatchObject([{ id: "AC-3", status: "pass", measured: "0 of 20 records invalid" }]);
  });

  it("AC-3 fails on one invalid record and names it", () => {
    const b = bo();
    (b.accounts[0] as { mask: string }).mask = "12";
    const f = new SchemaFamily();
    f.add(inspectCustomer(alex()));
    f.add(inspectCustomer(b));
    expect(f.checks(env())).toMatchObject([
      { id: "AC-3", status: "fail", measured: `1 of 20 records invalid (e.g. account ${CHECKING_B})` },
    ]);
  });

  it("AC-3 fails on rows that could not be read", () => {
    const f = new SchemaFamily();
    f.add(inspectCustomer(bo()));
    const external = {
      ...NOT_MEASURED,
      unreadableRows: { count: 1, examples: ["synthetic_accounts.csv:2: bad quote"] },
    };
    expect(f.checks(env({ external }))).toMatchObject([
      { status: "fail", measured: "1 of 4 records invalid (e.g. synthetic_accounts.csv:2: bad quote)" },
    ]);
  });
});
