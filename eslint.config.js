// Lint rules that protect the determinism contract: generation code must draw every random
// value from an injected, seeded generator and never read the wall clock.
import tseslint from "typescript-eslint";

const determinism = {
  "no-restricted-properties": [
    "error",
    { object: "Math", property: "random", message: "Use the injected seeded Rng (src/random) instead of Math.random()." },
    { object: "Date", property: "now", message: "Generated data must not read the wall clock; derive dates from the data window." },
    { object: "crypto", property: "randomUUID", message: "Ids are derived from the seed (src/random/ids.ts)." },
  ],
  "no-restricted-syntax": [
    "error",
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=0]",
      message: "Argument-less new Date() reads the wall clock; pass a date derived from the data window.",
    },
    {
      selector: "CallExpression[callee.name='Date'][arguments.length=0]",
      message: "Date() reads the wall clock.",
    },
  ],
};

export default tseslint.config(
  { ignores: ["node_modules/**", "data/**", "src/generated/**", "coverage/**", "tmp/**"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  { files: ["src/**/*.ts", "factories/**/*.ts"], rules: determinism },
);
