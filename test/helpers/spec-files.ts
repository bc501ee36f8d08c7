// Paths inside this repository for tests: the project root and the vendored spec files
// (`test/fixtures/spec/`, copied from the spec with their source noted in its README).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const SPEC_FIXTURES_DIR = join(PROJECT_ROOT, "test", "fixtures", "spec");

export function readSpecFile(name: string): string {
  return readFileSync(join(SPEC_FIXTURES_DIR, name), "utf8");
}
