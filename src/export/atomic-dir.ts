// Atomic directory output: everything is written into a temporary folder beside the target, which
// is then renamed into place, so an interrupted run never leaves a mix of old and new files.
//
// Replacing an existing folder takes two renames (the old folder aside, the new one into place),
// and a process can be killed between them. So the old folder is set aside under a name of its own
// (`.<name>.old-XXXX`, never removed as a leftover), and `recoverInterrupted` (run before every
// export) puts it back when the target is missing, or removes it once the new folder is in place.
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

const TMP_MARK = ".tmp-";
const OLD_MARK = ".old-";

/** The steps of `publish`, in order; a hook is called before each (tests inject kills there). */
export const PUBLISH_STEPS = ["set-old-aside", "move-new-into-place", "remove-old"] as const;
export type PublishStep = (typeof PUBLISH_STEPS)[number];
export type PublishHook = (step: PublishStep) => void;

function names(target: string): { parent: string; staging: string; old: string } {
  const abs = resolve(target);
  const parent = dirname(abs);
  return { parent, staging: `.${basename(abs)}${TMP_MARK}`, old: `.${basename(abs)}${OLD_MARK}` };
}

/**
 * Finish what an interrupted run left: when `target` is missing but an old folder was set aside,
 * put it back; when `target` is in place, remove what was set aside and unfinished staging folders.
 * Returns what it did, for a message.
 */
export function recoverInterrupted(target: string): { restored: boolean } {
  const abs = resolve(target);
  const { parent, staging, old } = names(target);
  if (!existsSync(parent)) return { restored: false };
  const entries = readdirSync(parent);
  const asides = entries.filter((e) => e.startsWith(old)).sort();
  let restored = false;
  if (!existsSync(abs) && asides.length > 0) {
    // Only one is ever set aside at a time (each run recovers first); take the newest name if not.
    const keep = asides.pop() as string;
    renameSync(join(parent, keep), abs);
    restored = true;
  }
  for (const entry of entries) {
    if (entry.startsWith(staging) || asides.includes(entry))
      rmSync(join(parent, entry), { recursive: true, force: true });
  }
  return { restored };
}

/** A fresh temporary folder beside `target` (after recovering from runs that were killed). */
export function stagingDir(target: string): string {
  recoverInterrupted(target);
  const { parent, staging } = names(target);
  return mkdtempSync(join(parent, staging));
}

/**
 * Put `staging` at `target`, replacing what was there. At every point a kill leaves either the old
 * folder or the new one at `target`, or the old one set aside for `recoverInterrupted` to restore.
 */
export function publish(staging: string, target: string, hook: PublishHook = () => {}): void {
  const abs = resolve(target);
  if (!existsSync(abs)) {
    hook("move-new-into-place");
    renameSync(staging, abs);
    return;
  }
  const { parent, old: oldPrefix } = names(target);
  const old = join(
    parent,
    `${oldPrefix}${basename(staging).slice(basename(staging).lastIndexOf(TMP_MARK) + TMP_MARK.length)}`,
  );
  hook("set-old-aside");
  renameSync(abs, old);
  try {
    hook("move-new-into-place");
    renameSync(staging, abs);
  } catch (error) {
    renameSync(old, abs);
    throw error;
  }
  hook("remove-old");
  rmSync(old, { recursive: true, force: true });
}

/**
 * Fault injection for tests: `SPENDSENSE_FAULT=publish:<step>` makes the process kill itself
 * (SIGKILL, no clean-up) just before that step of `publish`.
 */
export function publishFaultHook(env: NodeJS.ProcessEnv): PublishHook {
  const fault = env.SPENDSENSE_FAULT;
  if (!fault?.startsWith("publish:")) return () => {};
  const at = fault.slice("publish:".length);
  return (step) => {
    if (step === at) process.kill(process.pid, "SIGKILL");
  };
}
