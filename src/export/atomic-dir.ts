// Atomic directory output: everything is written into a temporary folder beside the target, which
// is then renamed into place, so an interrupted run never leaves a mix of old and new files.
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

const TMP_MARK = ".tmp-";

/** A fresh temporary folder beside `target` (removing ones left by runs that were killed). */
export function stagingDir(target: string): string {
  const parent = dirname(resolve(target));
  const prefix = `.${basename(resolve(target))}${TMP_MARK}`;
  for (const entry of readdirSync(parent)) {
    if (entry.startsWith(prefix)) rmSync(join(parent, entry), { recursive: true, force: true });
  }
  return mkdtempSync(join(parent, prefix));
}

export function isNonEmptyDir(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory() && readdirSync(path).length > 0;
}

/** Put `staging` at `target`, replacing what was there. */
export function publish(staging: string, target: string): void {
  const abs = resolve(target);
  if (!existsSync(abs)) {
    renameSync(staging, abs);
    return;
  }
  const old = `${staging}.old`;
  renameSync(abs, old);
  try {
    renameSync(staging, abs);
  } catch (error) {
    renameSync(old, abs);
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
}
