// Publishing an export folder survives a kill at every step: a child export process is killed
// (SIGKILL, no clean-up) just before each step of `publish` by fault injection, and the previous
// export must never be lost.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
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
  return Object.fromEntries(readdirSync(dir).map((f) => [f, createHash("sha256").update(readFileSync(join(dir, f))).digest("hex")]));
}

function exportChild(target: string, seed: number, fault: string): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const child = spawn(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "scripts/export.ts"), "--output-dir", target, "--num-users", "3", "--seed", String(seed), "--force"], {
    cwd: PROJECT_ROOT,
    stdio: "ignore",
    env: { ...process.env, SOURCE_DATE_EPOCH: "1767225600", SPENDSENSE_FAULT: `publish:${fault}` },
  });
  return new Promise((done) => child.once("exit", (code, signal) => done({ code, signal })));
}

describe("publish under a kill at each step", () => {
  it("never loses the previous export: it stays in place or is restored by the next run", async () => {
    const env = { SOURCE_DATE_EPOCH: "1767225600" };
    const targets = PUBLISH_STEPS.map((step) => join(root, step));
    for (const target of targets) await runExport(["--output-dir", target, "--num-users", "3", "--seed", "7"], quiet, env);
    const old = snapshot(targets[0] as string);
    // What a finished run with the new options writes, to recognise the new folder.
    const fresh = join(root, "fresh");
    await runExport(["--output-dir", fresh, "--num-users", "3", "--seed", "8"], quiet, env);
    const next = snapshot(fresh);
    expect(next).not.toEqual(old);

    const results = await Promise.all(PUBLISH_STEPS.map((step, i) => exportChild(targets[i] as string, 8, step)));
    for (const [i, step] of PUBLISH_STEPS.entries()) {
      const target = targets[i] as string;
      expect(results[i], step).toEqual({ code: null, signal: "SIGKILL" });
      // What is at the target after the kill and the next run's recovery (which every export runs first).
      recoverInterrupted(target);
      expect(snapshot(target), step).toEqual(step === "remove-old" ? next : old);
      expect(readdirSync(root).filter((e) => e.startsWith(`.${step}.`)), step).toEqual([]);
      // And the next run replaces it normally.
      await runExport(["--output-dir", target, "--num-users", "3", "--seed", "8", "--force"], quiet, env);
      expect(snapshot(target), step).toEqual(next);
    }
  });

  it("a kill between the two renames leaves the old folder set aside, not deleted by the next run's clean-up", async () => {
    const target = join(root, "between");
    await runExport(["--output-dir", target, "--num-users", "3", "--seed", "7"], quiet, {});
    const old = snapshot(target);
    expect((await exportChild(target, 8, "move-new-into-place")).signal).toBe("SIGKILL");
    expect(readdirSync(root)).not.toContain("between"); // the window the kill landed in
    // The next export (with other options) first restores the old folder, so without --force it refuses.
    const err: string[] = [];
    expect(await runExport(["--output-dir", target, "--num-users", "3"], { out: () => {}, err: (l) => err.push(l) }, {})).toBe(2);
    expect(err[0]).toMatch(/is not empty/);
    expect(snapshot(target)).toEqual(old);
  });
});
