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

describe("layer lint rules", () => {
  it.each([
    ["src/rules/example.ts", "../dataset/plan.ts"],
    ["src/rules/transactions/example.ts", "../../dataset/plan.ts"],
    ["src/schemas/example.ts", "../rules/user.ts"],
    ["src/data/example.ts", "../schemas/user.ts"],
    ["factories/example.ts", "../src/dataset/customer.ts"],
    ["factories/example.ts", "../src/db/client.ts"],
    ["src/rules/example.ts", "../../factories/user-factory.ts"],
    ["src/dataset/example.ts", "../db/client.ts"],
    ["src/quality/example.ts", "../export/export-dataset.ts"],
    ["src/db/example.ts", "../export/metadata.ts"],
    ["src/dataset/example.ts", "../index.ts"],
  ])("in %s, refuses an import of %s (a layer above)", async (file, target) => {
    const messages = await messagesFor(`import { x } from "${target}";\nexport const y = x;\n`, file);
    expect(messages.some((m) => /may not import|Only the package's users import/.test(m))).toBe(true);
  });

  it.each([
    ["src/dataset/example.ts", "../../factories/user-factory.ts"],
    ["src/dataset/example.ts", "../data/profile.ts"],
    ["factories/example.ts", "../src/rules/user.ts"],
    ["src/db/example.ts", "../dataset/customer.ts"],
    ["src/rules/transactions/example.ts", "../../data/merchants.ts"],
  ])("in %s, allows an import of %s (the same layer or below)", async (file, target) => {
    expect(await messagesFor(`import { x } from "${target}";\nexport const y = x;\n`, file)).toEqual([]);
  });
});
