// Publishing an export folder survives a kill at every step: a child export process is killed
// (SIGKILL, no clean-up) just before each step of `publish` by fault injection, and the previous
// export must never be lost.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runExport } from "../../scripts/export.ts";
import { PUBLISH_STEPS, recoverInterrupted } from "../../src/export/atomic-dir.ts";
import { PROJECT_ROOT } from "../helpers/spec-files.ts";

const root = mkdtempSync(join(tmpdir(), "spendsense-publish-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const quiet = { out: () => {}, err: () => {} };

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir).map((f) => [
      f,
      createHash("sha256")
        .update(readFileSync(join(dir, f)))
        .digest("hex"),
    ]),
  );
}

function exportChild(
  target: string,
  seed: number,
  fault: string,
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      join(PROJECT_ROOT, "scripts/export.ts"),
      "--output-dir",
      target,
      "--num-users",
      "3",
      "--seed",
      String(seed),
      "--force",
    ],
    {
      cwd: PROJECT_ROOT,
      stdio: "ignore",
      env: { ...process.env, SOURCE_DATE_EPOCH: "1767225600", SPENDSENSE_FAULT: `publish:${fault}` },
    },
  );
  return new Promise((done) => child.once("exit", (code, signal) => done({ code, signal })));
}

describe("publish under a kill at each step", () => {
  it("never loses the previous export: it stays in place, or the next run restores it before anything else", async () => {
    const env = { SOURCE_DATE_EPOCH: "1767225600" };
    const targets = PUBLISH_STEPS.map((step) => join(root, step));
    await runExport(["--output-dir", targets[0] as string, "--num-users", "3", "--seed", "7"], quiet, env);
    for (const target of targets.slice(1)) cpSync(targets[0] as string, target, { recursive: true });
    const old = snapshot(targets[0] as string);

    const results = await Promise.all(PUBLISH_STEPS.map((step, i) => exportChild(targets[i] as string, 8, step)));
    const at = (step: (typeof PUBLISH_STEPS)[number]) => targets[PUBLISH_STEPS.indexOf(step)] as string;
    for (const [i, step] of PUBLISH_STEPS.entries())
      expect(results[i], step).toEqual({ code: null, signal: "SIGKILL" });

    // Killed before the first rename: the old folder is untouched.
    expect(snapshot(at("set-old-aside"))).toEqual(old);
    // Killed between the renames: no folder at the target, the old one set aside under its own name...
    expect(existsSync(at("move-new-into-place"))).toBe(false);
    expect(readdirSync(root).filter((e) => e.startsWith(".move-new-into-place.old-"))).toHaveLength(1);
    // ...which the next export restores first (so, with other options and no --force, it refuses).
    const err: string[] = [];
    expect(
      await runExport(
        ["--output-dir", at("move-new-into-place"), "--num-users", "3"],
        { out: () => {}, err: (l) => err.push(l) },
        env,
      ),
    ).toBe(2);
    expect(err[0]).toMatch(/is not empty/);
    expect(snapshot(at("move-new-into-place"))).toEqual(old);
    // Killed after the new folder is in place: it is complete (the same as a finished run's).
    const next = snapshot(at("remove-old"));
    expect(next).not.toEqual(old);
    expect(JSON.parse(readFileSync(join(at("remove-old"), "metadata.json"), "utf8")).seed).toBe(8);

    // Every leftover (staging folders, the set-aside old folder) is gone after recovery.
    for (const target of targets) recoverInterrupted(target);
    expect(readdirSync(root).filter((e) => e.startsWith("."))).toEqual([]);
    // And a normal run replaces the restored folder with exactly what the killed run was writing.
    await runExport(
      ["--output-dir", at("move-new-into-place"), "--num-users", "3", "--seed", "8", "--force"],
      quiet,
      env,
    );
    expect(snapshot(at("move-new-into-place"))).toEqual(next);
  });
});
