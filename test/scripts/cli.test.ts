// The `spendsense-fixtures` command: version, help, unknown commands, --json and --quiet, colour.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CLI_USAGE, runCli } from "../../scripts/cli.ts";
import { type Io, paint, wantsColor } from "../../src/cli/io.ts";
import pkg from "../../package.json" with { type: "json" };

const dir = mkdtempSync(join(tmpdir(), "spendsense-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capture(color = false) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), color };
  return { io, out, err };
}

describe("spendsense-fixtures", () => {
  it("--version prints package.json's version", async () => {
    const c = capture();
    expect(await runCli(["--version"], c.io)).toBe(0);
    expect(c.out).toEqual([pkg.version]);
  });

  it("--help lists every command; no command is bad usage", async () => {
    const c = capture();
    expect(await runCli(["--help"], c.io)).toBe(0);
    for (const command of ["export", "seed", "load", "quality", "studio", "plaid"])
      expect(c.out.join("\n")).toMatch(new RegExp(`^  ${command} `, "m"));
    expect(await runCli([], capture().io)).toBe(2);
  });

  it("an unknown command exits 2 with a one-line reason", async () => {
    const c = capture();
    expect(await runCli(["exprot"], c.io)).toBe(2);
    expect(c.err[0]?.split("\n")[0]).toBe(
      'spendsense-fixtures: unknown command "exprot"; expected one of export, seed, load, quality, studio, plaid, merge',
    );
    expect(c.out).toEqual([]);
  });

  it("--json prints one JSON summary on stdout and the usual text on stderr", async () => {
    const c = capture();
    const out = join(dir, "json");
    expect(await runCli(["export", "--num-users", "20", "--output-dir", out, "--json"], c.io)).toBe(0);
    expect(c.out).toHaveLength(1);
    const summary = JSON.parse(c.out[0] as string);
    expect(summary).toMatchObject({ command: "export", exit: 0, outputDir: out, checks: { failed: 0, failing: [] } });
    expect(summary.files["synthetic_users.csv"].rows).toBe(20);
    expect(c.err.join("\n")).toMatch(/Checks: \d+ passed/);
  });

  it("--quiet prints nothing when all is well, and the command's help still works through the CLI", async () => {
    const c = capture();
    expect(await runCli(["export", "--num-users", "20", "--output-dir", join(dir, "quiet"), "--quiet"], c.io)).toBe(0);
    expect([...c.out, ...c.err]).toEqual([]);
    const h = capture();
    expect(await runCli(["seed", "--help"], h.io)).toBe(0);
    expect(h.out.join("\n")).toMatch(/--num-users N/);
  });

  it("colours only when asked: NO_COLOR wins, a terminal colours, a pipe does not", () => {
    expect(wantsColor({ isTTY: true }, {})).toBe(true);
    expect(wantsColor({ isTTY: true }, { NO_COLOR: "1" })).toBe(false);
    expect(wantsColor({ isTTY: false }, {})).toBe(false);
    expect(wantsColor({ isTTY: false }, { FORCE_COLOR: "1" })).toBe(true);
    expect(paint(capture(true).io, "fail", "FAIL")).toBe("\u001b[31mFAIL\u001b[0m");
    expect(paint(capture(false).io, "fail", "FAIL")).toBe("FAIL");
    expect(CLI_USAGE).toMatch(/NO_COLOR/);
  });
});
