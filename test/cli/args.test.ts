// The dataset flags are a table over the option schema: defaults come from the schema, and an
// option's issue is reported under its flag with the schema's code (no message rewriting).
import { describe, expect, it } from "vitest";
import {
  DATASET_DEFAULTS,
  DATASET_FLAG_TABLE,
  DATASET_FLAGS,
  datasetOptionsFromFlags,
  parseFlags,
  UsageError,
} from "../../src/cli/args.ts";
import { DatasetOptionsSchema, parseDatasetOptions } from "../../src/dataset/options.ts";

function usageIssue(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as UsageError).issue;
  }
  throw new Error("expected a UsageError");
}

describe("dataset flags", () => {
  it("cover every dataset option, and take their defaults from the option schema", () => {
    expect(DATASET_FLAG_TABLE.map((f) => f.option).sort()).toEqual(Object.keys(DatasetOptionsSchema.shape).sort());
    expect(Object.keys(DATASET_FLAGS).sort()).toEqual([...DATASET_FLAG_TABLE.map((f) => f.flag), "yes"].sort());
    expect(datasetOptionsFromFlags({})).toEqual(DATASET_DEFAULTS);
    expect(DATASET_DEFAULTS).toEqual(parseDatasetOptions({}));
  });

  it("map each flag to its option", () => {
    expect(
      datasetOptionsFromFlags({
        "num-users": "7",
        seed: "-3",
        "start-date": "2025-01-01",
        "end-date": "2025-03-31",
        profile: "default",
      }),
    ).toEqual({
      users: 7,
      seed: -3,
      startDate: "2025-01-01",
      endDate: "2025-03-31",
      profile: "default",
    });
  });

  it.each([
    [{ "num-users": "0" }, { code: "too_small", path: ["--num-users"], message: "must be at least 1" }],
    [
      { "num-users": "abc" },
      { code: "not_whole_number", path: ["--num-users"], message: '"abc" is not a whole number' },
    ],
    [
      { "num-users": "2000000" },
      {
        code: "needs_confirmation",
        path: ["--num-users"],
        message: "2000000 users is very large; add --yes to confirm",
      },
    ],
    [
      { "start-date": "2025-06-01", "end-date": "2025-05-01" },
      { code: "custom", path: ["--end-date"], message: "2025-05-01 is before the start date 2025-06-01" },
    ],
    [
      { "start-date": "2025-02-30" },
      { code: "custom", path: ["--start-date"], message: "expected a real date written YYYY-MM-DD" },
    ],
  ])("%j is one issue under its flag", (flags, issue) => {
    expect(usageIssue(() => datasetOptionsFromFlags(flags))).toEqual(issue);
  });

  it("parse errors have stable codes and one line", () => {
    expect(usageIssue(() => parseFlags(["--bogus"], DATASET_FLAGS))).toMatchObject({ code: "unknown_flag", path: [] });
    expect(usageIssue(() => parseFlags(["extra"], DATASET_FLAGS))).toMatchObject({ code: "unexpected_argument" });
    const ambiguous = usageIssue(() => parseFlags(["--seed", "--yes"], DATASET_FLAGS));
    expect(ambiguous.message).not.toContain("\n");
  });
});
