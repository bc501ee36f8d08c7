// Lint rules that protect two contracts:
// - determinism: generation code draws every random value from an injected, seeded generator and never
//   reads the wall clock;
// - layers: dependencies point one way, down the README's architecture diagram. Each layer lists the
//   folders it may not import from (everything above it); only src/index.ts re-exports across layers.
import tseslint from "typescript-eslint";

const determinism = {
  "no-restricted-properties": [
    "error",
    {
      object: "Math",
      property: "random",
      message: "Use the injected seeded Rng (src/random) instead of Math.random().",
    },
    {
      object: "Date",
      property: "now",
      message: "Generated data must not read the wall clock; derive dates from the data window.",
    },
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

// The layers, bottom first. A layer may import its own folders and any layer below it.
const LAYERS = [
  { name: "reference data, units and issues", folders: ["src/data", "src/units", "src/issues"] },
  { name: "schemas", folders: ["src/schemas"] },
  { name: "randomness", folders: ["src/random"] },
  { name: "rules", folders: ["src/rules"] },
  { name: "factories", folders: ["factories"] },
  { name: "dataset", folders: ["src/dataset"] },
  { name: "quality checks and table layouts", folders: ["src/quality", "src/tables"] },
  { name: "CSV format", folders: ["src/csv"] },
  { name: "database", folders: ["src/db", "src/generated"] },
  { name: "export", folders: ["src/export"] },
  { name: "Plaid output", folders: ["src/plaid"] },
  { name: "command-line plumbing and test helpers", folders: ["src/cli", "src/testing"] },
];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// The last path segment of a folder, as it appears in a relative import ("../dataset/plan.ts").
const segment = (folder) => folder.split("/").pop();

function layerRules(index) {
  const above = LAYERS.slice(index + 1).flatMap((l) => l.folders);
  const patterns = above.map((folder) => ({
    regex: `^(\\.{1,2}/)+${folder.startsWith("src/") ? "(src/)?" : ""}${escape(segment(folder))}/`,
    message: `${LAYERS[index].name} (${LAYERS[index].folders.join(", ")}) may not import ${folder}: dependencies point down the README's architecture diagram.`,
  }));
  patterns.push({
    regex: "^(\\.{1,2}/)+index\\.ts$",
    message: "Only the package's users import src/index.ts; inside the package, import the module itself.",
  });
  return { "no-restricted-imports": ["error", { patterns }] };
}

export default tseslint.config(
  { ignores: ["node_modules/**", "data/**", "src/generated/**", "coverage/**", "tmp/**", "dist/**"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  { files: ["src/**/*.ts", "factories/**/*.ts"], rules: determinism },
  ...LAYERS.map((layer, index) => ({
    files: layer.folders.map((folder) => `${folder}/**/*.ts`),
    rules: layerRules(index),
  })),
);
