// The README's Plaid app test is a real, passing test file (test/plaid/app.example.test.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/spec-files.ts";

describe("README, Plaid section", () => {
  it("shows the app test exactly as test/plaid/app.example.test.ts runs it", () => {
    const readme = readFileSync(join(PROJECT_ROOT, "README.md"), "utf8");
    const block = /### An app test against the mock Plaid[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBe(readFileSync(join(PROJECT_ROOT, "test/plaid/app.example.test.ts"), "utf8"));
  });
});
