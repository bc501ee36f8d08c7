import { expect, it } from "vitest";
import { accountFactory, transactionFactory, userFactory } from "spendsense-fixtures";

it("pays a student's rent from checking", () => {
  const user = userFactory.student().build();
  const checking = accountFactory.checking().build({}, { associations: { user } });
  const rent = transactionFactory.rent().build({}, { associations: { account: checking } });
  expect(user.metadata.life_stage).toBe("student");
  expect(rent.amount).toBeLessThan(0); // money out is negative
  expect(rent.user_id).toBe(user.user_id);
});
