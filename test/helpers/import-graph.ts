// A static walk of a module's imports: every repository file it reaches through relative imports,
// and every package it names. Type-only imports are skipped (they load nothing at run time).
import { readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { PROJECT_ROOT } from "./spec-files.ts";

const IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']/gm;

export interface ImportGraph {
  /** Repository files reached, relative to the project root. */
  files: Set<string>;
  /** Packages imported (bare specifiers, without subpaths' files), e.g. `zod`, `@prisma/client`, `node:fs`. */
  packages: Set<string>;
}

export function importGraph(entry: string): ImportGraph {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    const rel = relative(PROJECT_ROOT, file);
    if (files.has(rel)) return;
    files.add(rel);
    if (!file.endsWith(".ts")) return;
    for (const [, spec] of readFileSync(file, "utf8").matchAll(IMPORT)) {
      if (spec === undefined) continue;
      if (spec.startsWith(".")) visit(resolve(dirname(file), spec));
      else packages.add(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : (spec.split("/")[0] as string));
    }
  };
  visit(resolve(PROJECT_ROOT, entry));
  return { files, packages };
}
