import { describe, expect, it } from "vitest";
import { DatasetOptionsError, buildDataset } from "spendsense-fixtures";
import { parseDatasetOptions } from "../../src/dataset/options.ts";

describe("buildDataset options", () => {
  it("defaults to 100 users, seed 42 and the window 2025-05-01 to 2025-10-31", () => {
    expect(parseDatasetOptions(undefined)).toEqual({
      users: 100,
      seed: 42,
      startDate: "2025-05-01",
      endDate: "2025-10-31",
      profile: "default",
    });
  });

  it.each([
    [{ users: 0 }, /users: must be at least 1/],
    [{ users: -5 }, /users: must be at least 1/],
    [{ users: 2.5 }, /users: expected a whole number/],
    [{ seed: 1.5 }, /seed: expected a whole number/],
    [{ startDate: "2025-13-01" }, /startDate: expected a real date/],
    [{ endDate: "yesterday" }, /endDate: expected a real date/],
    [{ startDate: "2025-06-01", endDate: "2025-05-01" }, /endDate: 2025-05-01 is before the start date 2025-06-01/],
    [{ startDate: "2025-05-01", endDate: "2025-05-10" }, /endDate: the window must span at least 28 days/],
    [{ userz: 5 }, /Unrecognized key.*userz/],
  ])("rejects %j with an error naming the option", (options, message) => {
    expect(() => buildDataset(options as never)).toThrow(DatasetOptionsError);
    expect(() => buildDataset(options as never)).toThrow(message);
  });
});
