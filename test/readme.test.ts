// The README's quick start is a real, passing test file (test/quickstart.example.test.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "./helpers/spec-files.ts";

describe("README", () => {
  it("shows the quick start exactly as test/quickstart.example.test.ts runs it", () => {
    const readme = readFileSync(join(PROJECT_ROOT, "README.md"), "utf8");
    const block = /## Quick start for unit tests[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBe(readFileSync(join(PROJECT_ROOT, "test/quickstart.example.test.ts"), "utf8"));
  });
});
