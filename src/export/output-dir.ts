// Which folders an export may replace. Publishing replaces the output folder as a whole, so a
// mistaken `--output-dir` (the working directory, a checkout, someone's documents) would be lost.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder holding this package (its package.json). */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

function isSameOrAncestor(candidate: string, of: string): boolean {
  return of === candidate || of.startsWith(candidate.endsWith(sep) ? candidate : candidate + sep);
}

/** True when `dir` holds an earlier export: a metadata.json written by this toolkit. */
export function isEarlierExport(dir: string): boolean {
  const path = join(dir, "metadata.json");
  if (!existsSync(path) || !statSync(path).isFile()) return false;
  try {
    return (JSON.parse(readFileSync(path, "utf8")) as { generator?: unknown }).generator === "spendsense-fixtures";
  } catch {
    return false;
  }
}

export type ReplaceVerdict = { ok: true } | { ok: false; code: string; reason: string };

/**
 * Whether an export may write to `dir`: never the working directory or a folder containing it,
 * this package's folder or its ancestors, or a repository or package root; a non-empty folder
 * only with `force`, and one that is not an earlier export only with `replaceNonExport` too.
 */
export function mayReplace(
  dir: string,
  cwd: string,
  flags: { force: boolean; replaceNonExport: boolean },
): ReplaceVerdict {
  const target = resolve(cwd, dir);
  if (isSameOrAncestor(target, resolve(cwd)))
    return {
      ok: false,
      code: "output_dir_contains_cwd",
      reason: "is the working directory or contains it; choose a folder of its own",
    };
  if (isSameOrAncestor(target, PACKAGE_ROOT))
    return {
      ok: false,
      code: "output_dir_contains_package",
      reason: "is this package's folder or contains it; choose a folder of its own",
    };
  if (!existsSync(target) || !statSync(target).isDirectory()) return { ok: true };
  const entries = readdirSync(target);
  if (entries.includes(".git") || entries.includes("package.json"))
    return {
      ok: false,
      code: "output_dir_is_repository",
      reason: "is a repository or package root; choose a folder of its own",
    };
  if (entries.length === 0) return { ok: true };
  if (isEarlierExport(target))
    return flags.force
      ? { ok: true }
      : {
          ok: false,
          code: "output_dir_not_empty",
          reason: "is not empty (an earlier export); add --force to replace it",
        };
  if (flags.force && flags.replaceNonExport) return { ok: true };
  return {
    ok: false,
    code: "output_dir_not_export",
    reason:
      "is not empty and holds no earlier export (no metadata.json of this toolkit); add --force --replace-non-export to replace it anyway",
  };
}
