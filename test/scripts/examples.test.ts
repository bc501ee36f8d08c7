import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { withExamples } from "../../scripts/examples.ts";
import { PROJECT_ROOT } from "../helpers/spec-files.ts";

describe("README examples", () => {
  it("are exactly what the toolkit produces from the default seed", () => {
    const readme = readFileSync(join(PROJECT_ROOT, "README.md"), "utf8");
    expect(withExamples(readme)).toBe(readme);
  });
});
