// The linter enforces the determinism contract in generation code.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "./helpers/spec-files.ts";

const eslint = new ESLint({ cwd: PROJECT_ROOT });

async function messagesFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.message);
}

describe("determinism lint rules", () => {
  it.each([
    ["Math.random()", /Math\.random/],
    ["Date.now()", /wall clock/],
    ["new Date()", /Argument-less new Date/],
  ])("bans %s in src/ and factories/", async (expr, message) => {
    for (const file of ["src/rules/example.ts", "factories/example.ts"]) {
      const messages = await messagesFor(`export const x = ${expr};\n`, file);
      expect(messages.some((m) => message.test(m))).toBe(true);
    }
  });

  it("allows new Date(value) and leaves scripts free to read the clock", async () => {
    expect(await messagesFor("export const x = new Date(0);\n", "src/rules/example.ts")).toEqual([]);
    expect(await messagesFor("export const x = Date.now();\n", "scripts/example.ts")).toEqual([]);
  });
});
