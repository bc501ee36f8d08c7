// The consumer smoke suite (`npm run test:consumer`, run by .ci/run): packs the package as npm would
// publish it, installs the tarball into fresh projects, and uses it the ways users do: a Vitest 4 test,
// a Jest 30 test in its default (CommonJS) mode and in ESM mode, a plain `node` ESM script, a CommonJS
// `require`, and a strict `tsc --noEmit` (NodeNext, no skipLibCheck) over a file that uses the types.
// publint and @arethetypeswrong/cli check the tarball itself. Installs come from the npm registry.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/spec-files.ts";

const root = mkdtempSync(join(tmpdir(), "spendsense-consumer-"));
let tarball = "";

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(cmd, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, ...env, NO_COLOR: "1", FORCE_COLOR: "0" },
    timeout: 300_000,
  });
  return { status: result.status, stdout: result.stdout ?? "", out: `${result.stdout ?? ""}${result.stderr ?? ""}` };
}

function project(name: string, packageJson: object, files: Record<string, string>): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name, private: true, ...packageJson }, null, 2));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

const VITEST_TEST = `import { expect, it } from "vitest";
import { buildDataset, userFactory, type User } from "spendsense-fixtures";

it("builds a student and a small dataset", () => {
  const user: User = userFactory.student().build();
  expect(user.metadata.life_stage).toBe("student");
  expect(buildDataset({ users: 3 }).users).toHaveLength(3);
});
`;

const JEST_CJS_TEST = `const { transactionFactory, userFactory } = require("spendsense-fixtures");

test("builds fixtures through require()", () => {
  expect(userFactory.student().build().metadata.life_stage).toBe("student");
  expect(transactionFactory.coffee().build().amount).toBeLessThan(0);
});
`;

const JEST_ESM_TEST = `import { customerFactory } from "spendsense-fixtures";

test("builds a whole customer through import", () => {
  const { user, transactions } = customerFactory.build();
  expect(user.user_id).toBe("user_001");
  expect(transactions.length).toBeGreaterThanOrEqual(150);
});
`;

const NODE_SCRIPT = `import { buildDataset } from "spendsense-fixtures";
const data = buildDataset({ users: 2, seed: 7 });
console.log(JSON.stringify({ users: data.users.length, first: data.users[0].user_id }));
`;

const TYPED = `import { accountFactory, buildDataset, type Account, type Dataset, type Transaction, userFactory } from "spendsense-fixtures";

const data: Dataset = buildDataset({ users: 1 });
const card: Account = accountFactory.creditCard().build({}, { associations: { user: userFactory.build() } });
const firstOut: Transaction | undefined = data.transactions.find((t) => t.amount < 0);
export const summary: string = \`\${card.account_id} \${firstOut?.personal_finance_category.primary ?? "none"}\`;
`;

const TSCONFIG = {
  compilerOptions: {
    strict: true,
    module: "NodeNext",
    moduleResolution: "NodeNext",
    target: "ES2022",
    noEmit: true,
    skipLibCheck: false,
    types: [],
  },
  files: ["typed.ts"],
};

beforeAll(() => {
  // `npm pack` runs prepack, which builds dist/.
  const packed = execFileSync("npm", ["pack", "--pack-destination", root, "--json"], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const [info] = JSON.parse(packed.slice(packed.indexOf("["))) as {
    filename: string;
    size: number;
    entryCount: number;
  }[];
  tarball = join(root, (info as { filename: string }).filename);
  console.log(`tarball: ${info?.filename}, ${info?.size} bytes, ${info?.entryCount} files`);

  // One node_modules for all the projects below (Node and the runners resolve packages upwards).
  project(
    ".",
    {
      devDependencies: {
        "spendsense-fixtures": `file:${tarball}`,
        vitest: "4.1.12",
        jest: "30.5.2",
        typescript: "5.9.3",
      },
    },
    {},
  );
  const started = performance.now();
  const install = run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], root);
  console.log(`consumer install: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (install.status !== 0) throw new Error(`npm install in the consumer failed:\n${install.out}`);
}, 600_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

// A second project that uses the database entries: the optional peers installed as the README says,
// better-sqlite3's install script approved (npm 11 runs none by default). better-sqlite3 11 is the one
// Prisma's adapter depends on, so one copy is installed (and built from source where no prebuilt binary
// can be downloaded).
const dbRoot = join(root, "with-database");
function installDatabaseProject(): void {
  mkdirSync(dbRoot, { recursive: true });
  writeFileSync(
    join(dbRoot, "package.json"),
    JSON.stringify({
      name: "with-database",
      private: true,
      type: "module",
      devDependencies: {
        "spendsense-fixtures": `file:${tarball}`,
        "better-sqlite3": "11.10.0",
        "@prisma/client": "6.19.3",
        "@prisma/adapter-better-sqlite3": "6.19.3",
        vitest: "4.1.12",
        jest: "30.5.2",
      },
      allowScripts: { "better-sqlite3": true },
    }),
  );
  const started = performance.now();
  const install = run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], dbRoot);
  console.log(`consumer install with the database packages: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (install.status !== 0) throw new Error(`npm install (database project) failed:\n${install.out}`);
}

describe("a consumer project that installed the tarball", () => {
  it("installed no native or database package for the main entry (they are optional peers)", () => {
    const modules = readdirSync(join(root, "node_modules"));
    expect(modules).toContain("spendsense-fixtures");
    for (const heavy of ["better-sqlite3", "prisma", ".prisma", "@prisma", "plaid", "msw"])
      expect(modules).not.toContain(heavy);
  });

  it("a Vitest 4 test imports it and builds fixtures", () => {
    const dir = project("vitest-app", { type: "module" }, { "fixtures.test.ts": VITEST_TEST });
    const r = run(join(root, "node_modules", ".bin", "vitest"), ["run", "--root", dir], dir);
    expect(r.out).toMatch(/1 passed/);
    expect(r.status).toBe(0);
  });

  it("a Jest 30 test in the default (CommonJS) mode requires it", () => {
    const dir = project("jest-cjs-app", {}, { "fixtures.test.js": JEST_CJS_TEST });
    const r = run(join(root, "node_modules", ".bin", "jest"), ["--rootDir", dir], dir);
    expect(r.out).toMatch(/Tests:\s+1 passed/);
    expect(r.status).toBe(0);
  });

  it("a Jest 30 test in ESM mode (--experimental-vm-modules) imports it", () => {
    const dir = project("jest-esm-app", { type: "module" }, { "fixtures.test.js": JEST_ESM_TEST });
    const jest = join(root, "node_modules", "jest", "bin", "jest.js");
    const r = run(process.execPath, ["--experimental-vm-modules", jest, "--rootDir", dir], dir);
    expect(r.out).toMatch(/Tests:\s+1 passed/);
    expect(r.status).toBe(0);
  });

  it("a plain node ESM script imports it, and CommonJS require() works too", () => {
    const dir = project("node-app", { type: "module" }, { "script.mjs": NODE_SCRIPT });
    const esm = run(process.execPath, ["script.mjs"], dir);
    expect(esm.status).toBe(0);
    expect(JSON.parse(esm.out.trim())).toEqual({ users: 2, first: "user_001" });
    const cjs = run(
      process.execPath,
      ["-e", "const m = require('spendsense-fixtures'); console.log(typeof m.userFactory.build)"],
      dir,
    );
    expect(cjs.out.trim()).toBe("function");
  });

  it("strict tsc (NodeNext, no skipLibCheck) compiles a file that uses the types", () => {
    const dir = project(
      "tsc-app",
      { type: "module" },
      { "typed.ts": TYPED, "tsconfig.json": JSON.stringify(TSCONFIG) },
    );
    const r = run(join(root, "node_modules", ".bin", "tsc"), ["-p", dir], dir);
    expect(r.out).toBe("");
    expect(r.status).toBe(0);
  });

  it("npx spendsense-fixtures answers --version and exports a dataset (AC-7/AC-8 skipped without the database packages)", () => {
    const dir = project("cli-app", { type: "module" }, {});
    const version = run("npx", ["--no-install", "spendsense-fixtures", "--version"], dir);
    expect(version.out.trim()).toBe("0.2.0");
    const exported = run(
      "npx",
      ["--no-install", "spendsense-fixtures", "export", "--num-users", "20", "--output-dir", "out", "--json"],
      dir,
    );
    expect(exported.status).toBe(0);
    const summary = JSON.parse(exported.stdout); // --json: stdout holds the summary alone
    expect(summary).toMatchObject({ command: "export", exit: 0, checks: { failed: 0 } });
    expect(summary.files["synthetic_transactions.csv"].rows).toBeGreaterThan(20 * 150);
    const bad = run("npx", ["--no-install", "spendsense-fixtures", "export", "--num-users", "zero"], dir);
    expect(bad.status).toBe(2);
    expect(bad.out).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("with the database packages, /db persists a dataset and each runner's /testing helper gives a test file its own database", () => {
    installDatabaseProject();
    const modules = readdirSync(join(dbRoot, "node_modules"));
    // No Prisma CLI is installed, so nothing could have run `prisma generate`: the client comes compiled in the package.
    expect(modules).not.toContain("prisma");
    const vitestTest = `import { expect, it } from "vitest";
import { buildDataset } from "spendsense-fixtures";
import { persistDataset, readDataset } from "spendsense-fixtures/db";
import { useTestDatabase } from "spendsense-fixtures/testing";
const db = useTestDatabase();
it("stores and reads back a dataset", async () => {
  const data = buildDataset({ users: 3 });
  await persistDataset(db.prisma, data);
  expect((await readDataset(db.prisma)).transactions).toHaveLength(data.transactions.length);
});
`;
    const jestTest = `import { buildDataset } from "spendsense-fixtures";
import { persistDataset } from "spendsense-fixtures/db";
import { useTestDatabase } from "spendsense-fixtures/testing/jest";
const db = useTestDatabase();
test("a migrated database of its own", async () => {
  expect(await db.prisma.user.count()).toBe(0);
  await persistDataset(db.prisma, buildDataset({ users: 2 }));
  expect(await db.prisma.user.count()).toBe(2);
});
`;
    mkdirSync(join(dbRoot, "vitest-db"), { recursive: true });
    writeFileSync(join(dbRoot, "vitest-db", "db.test.ts"), vitestTest);
    writeFileSync(join(dbRoot, "vitest-db", "package.json"), JSON.stringify({ type: "module" }));
    const v = run(join(dbRoot, "node_modules", ".bin", "vitest"), ["run", "--root", join(dbRoot, "vitest-db")], dbRoot);
    expect(v.out).toMatch(/1 passed/);
    expect(v.status).toBe(0);
    mkdirSync(join(dbRoot, "jest-db"), { recursive: true });
    writeFileSync(join(dbRoot, "jest-db", "db.test.js"), jestTest);
    writeFileSync(join(dbRoot, "jest-db", "package.json"), JSON.stringify({ type: "module" }));
    const jest = join(dbRoot, "node_modules", "jest", "bin", "jest.js");
    const j = run(process.execPath, ["--experimental-vm-modules", jest, "--rootDir", join(dbRoot, "jest-db")], dbRoot);
    expect(j.out).toMatch(/Tests:\s+1 passed/);
    expect(j.status).toBe(0);
  });

  it("publint and @arethetypeswrong/cli find no error in the tarball", () => {
    expect(statSync(tarball).size).toBeGreaterThan(0);
    const publint = run(join(PROJECT_ROOT, "node_modules", ".bin", "publint"), ["run", tarball], PROJECT_ROOT);
    expect(publint.out).not.toMatch(/Errors?:/);
    expect(publint.status).toBe(0);
    // node16 profile: node10 cannot resolve subpath exports at all; the /db, /testing and /plaid entries are
    // ESM-only by design (Node 20.19+ can still require() them), which attw reports as a warning.
    const attw = run(
      join(PROJECT_ROOT, "node_modules", ".bin", "attw"),
      [tarball, "--profile", "node16", "--ignore-rules", "cjs-resolves-to-esm"],
      PROJECT_ROOT,
    );
    expect(attw.out).toMatch(/"spendsense-fixtures"\s*│\s*🟢 \(CJS\)\s*│\s*🟢 \(ESM\)/);
    expect(attw.out).not.toMatch(/⚠️|❌/u);
    expect(attw.status).toBe(0);
  });
});
