// Prisma Studio, offline: Prisma 7's SQL-driven Studio (`prisma studio --url file:///...`) reads a SQLite
// file through better-sqlite3 and downloads nothing, unlike Prisma 6.19's, which needs a native engine.
// Prisma 7 stays out of the way of the project's Prisma 6 CLI: in this repository it lives in the
// `tools/studio` workspace; in an app, install it under an alias (`prisma-studio@npm:prisma@7.10.1`).
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const STUDIO_INSTALL_HINT = "npm install --save-dev prisma-studio@npm:prisma@7.10.1";

export class StudioError extends Error {
  override name = "StudioError";
}

function prisma7At(packageJson: string): string | null {
  if (!existsSync(packageJson)) return null;
  const { version } = JSON.parse(readFileSync(packageJson, "utf8")) as { version?: string };
  const major = Number(version?.split(".")[0]);
  return major >= 7 ? join(dirname(packageJson), "build", "index.js") : null;
}

/** The Prisma 7 CLI to run Studio with: the app's `prisma-studio` alias, its own Prisma 7, or this repository's workspace. */
export function findStudioCli(cwd: string = process.cwd()): string | null {
  const fromCwd = createRequire(join(resolve(cwd), "noop.js"));
  for (const name of ["prisma-studio/package.json", "prisma/package.json"]) {
    try {
      const cli = prisma7At(fromCwd.resolve(name));
      if (cli) return cli;
    } catch {
      // not installed here
    }
  }
  // This repository's workspace: two folders up from src/db (the sources), three from dist/src/db (the build).
  const here = dirname(fileURLToPath(import.meta.url));
  for (const up of [
    ["..", ".."],
    ["..", "..", ".."],
  ]) {
    const cli = prisma7At(join(here, ...up, "tools", "studio", "node_modules", "prisma", "package.json"));
    if (cli) return cli;
  }
  return null;
}

export interface RunningStudio {
  url: string;
  /** Stops Studio and removes its scratch folder. */
  stop(): Promise<void>;
}

/**
 * Start Studio on a SQLite file and resolve once it serves its page.
 *
 * @example
 * const studio = await startStudio({ file: "prisma/spendsense.db", port: 5555 });
 */
export async function startStudio(options: {
  file: string;
  port: number;
  cli?: string | null;
}): Promise<RunningStudio> {
  const cli = options.cli === undefined ? findStudioCli() : options.cli;
  if (!cli)
    throw new StudioError(
      `Prisma Studio needs Prisma 7.10 or newer, which is not installed here; run: ${STUDIO_INSTALL_HINT}`,
    );
  const file = resolve(options.file);
  if (!existsSync(file))
    throw new StudioError(`--db ${options.file}: no such database file (seed one first: npx tsx scripts/seed.ts)`);
  // Run from a scratch folder so Prisma 7 does not read this project's (Prisma 6) prisma.config.ts.
  const scratch = mkdtempSync(join(tmpdir(), "spendsense-studio-"));
  const child = spawn(
    process.execPath,
    [cli, "studio", "--url", pathToFileURL(file).href, "--port", String(options.port), "--browser", "none"],
    {
      cwd: scratch,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
    },
  );
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((done) => child.once("exit", done));
    }
    rmSync(scratch, { recursive: true, force: true });
  };
  try {
    const url = await servingUrl(child);
    return { url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function servingUrl(child: ChildProcess): Promise<string> {
  return new Promise((done, fail) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at:?\s*(http:\/\/\S+)/i.exec(output);
      if (match?.[1]) done(match[1]);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) =>
      fail(
        new StudioError(
          `Prisma Studio exited (${code}) before serving: ${output.trim().split("\n").slice(-3).join(" ")}`,
        ),
      ),
    );
  });
}
