// The package build (run by `npm run build` and before `npm pack`): dist/ holds
// - ESM JavaScript, declarations and source maps of the three entries and all they import (tsc);
// - the committed Prisma migrations, which migrateDatabase reads at run time;
// - a CommonJS bundle of the main entry for Jest's default (CommonJS) mode, with @faker-js/faker (ESM-only)
//   bundled in and the other dependencies left to the consumer's node_modules, and its bundled types.
import { spawnSync } from "node:child_process";
import { cpSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const bin = (name) => join(root, "node_modules", ".bin", name);

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`build: ${[command, ...args].join(" ")} failed`);
    process.exit(1);
  }
}

rmSync(dist, { recursive: true, force: true });
run(bin("tsc"), ["-p", "tsconfig.build.json"]);
cpSync(join(root, "prisma", "migrations"), join(dist, "prisma", "migrations"), { recursive: true });
await build({
  entryPoints: [join(root, "src", "index.ts")],
  outfile: join(dist, "cjs", "index.cjs"),
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  sourcemap: true,
  external: ["zod", "fishery", "seedrandom"],
  logLevel: "warning",
});
run(bin("dts-bundle-generator"), [
  "--silent",
  "--no-check",
  "--project",
  "tsconfig.build.json",
  "--out-file",
  join(dist, "cjs", "index.d.cts"),
  join(root, "src", "index.ts"),
]);
console.log("build: dist/ written");
