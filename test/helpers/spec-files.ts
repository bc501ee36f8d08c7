// Paths of the project spec's reference files (`../shared/spec/` beside the project root).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const SPEC_DIR = join(PROJECT_ROOT, "..", "shared", "spec");

export function readSpecFile(name: string): string {
  return readFileSync(join(SPEC_DIR, name), "utf8");
}
