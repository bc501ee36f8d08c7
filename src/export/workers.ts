// Generating a range of users on a pool of worker threads: the range is cut into small ranges of
// users that the workers render in parallel; the caller receives them in user order (so the files
// are byte-identical to a one-thread run). Each range comes with the quality state of its users,
// which the main thread merges into one accumulator as it arrives (merging is exact and
// order-independent), so a worker keeps nothing per user, with or without checks. Back-pressure: at
// most a few ranges per worker are out or waiting, so memory stays bounded whatever the dataset's
// size; the only state that grows with the users is the merged accumulator (none without checks).
//
// The worker entry sits beside this module: `export-worker.ts` under tsx (dev, tests), the compiled
// `export-worker.js` in the package; under tsx the worker loads tsx too.
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { DatasetOptions } from "../dataset/options.ts";
import { QualityAccumulator, type QualityContext } from "../quality/checks.ts";
import { qualityFromState, type QualityState } from "../quality/state.ts";
import type { WorkerInit, WorkerRequest } from "./export-worker.ts";

/** Users per unit of work: small enough to keep workers busy and memory low, large enough to amortize messages. */
export const RANGE_USERS = 25;
/** A worker's old-generation limit in MB (see generateUsers). */
const WORKER_HEAP_MB = 96;
/** Ranges out per worker (rendering, or done and waiting for their turn to be written). */
const AHEAD_PER_WORKER = 4;

/** Users per worker below which the default uses fewer workers: a worker's start-up costs about as much as 100 users. */
export const USERS_PER_WORKER = 100;

/** The default number of workers: the machine's cores, or fewer for small runs (an explicit number is used as given). */
export function defaultWorkers(users = Number.POSITIVE_INFINITY): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(users / USERS_PER_WORKER)));
}

export interface GenerateInput {
  options: DatasetOptions;
  /** First user (1-based) and one past the last. */
  from: number;
  to: number;
  workers: number;
  /** Check quality with this context, or null. */
  context: QualityContext | null;
  /** A user index where a range must end (so the caller can hash the files up to it). */
  breakAt?: number;
  /** Receives each range's CSV lines per file of OUTPUTS, in user order. */
  onRange: (range: { from: number; to: number; texts: (string | Uint8Array)[]; rows: number[] }) => void;
}

/**
 * How to start a worker: the compiled `export-worker.js` beside this module in the package; from
 * TypeScript sources (tsx, Vitest) a small bootstrap that registers tsx in the worker, then imports
 * `export-worker.ts` (Node 20 does not apply the parent's loader hooks to a worker's entry).
 */
export function workerEntry(): { script: URL | string; eval: boolean } {
  const here = import.meta.url;
  const ts = /\.[cm]?ts$/.test(new URL(here).pathname);
  const url = new URL(`./export-worker.${ts ? "ts" : "js"}`, here);
  if (!ts) return { script: url, eval: false };
  // tsx's ESM API, as its package's exports map names it for `import` (require() would resolve the CJS one).
  const require = createRequire(here);
  const pkg = require.resolve("tsx/package.json");
  const manifest = require(pkg) as { exports: Record<string, { import: { default: string } }> };
  const api = manifest.exports["./esm/api"]?.import.default ?? "./dist/esm/api/index.mjs";
  const tsx = pathToFileURL(join(dirname(pkg), api)).href;
  return {
    script: `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(url.href)}); });`,
    eval: true,
  };
}

/** Generate users [from, to) in order; the merged quality accumulator (null without a context). */
export async function generateUsers(input: GenerateInput): Promise<QualityAccumulator | null> {
  const { options, from, to, context, onRange } = input;
  const ranges: { from: number; to: number }[] = [];
  for (let f = from; f < to;) {
    const end = Math.min(to, f + RANGE_USERS, input.breakAt !== undefined && input.breakAt > f ? input.breakAt : to);
    ranges.push({ from: f, to: end });
    f = end;
  }
  const workers = Math.max(1, Math.min(input.workers, ranges.length));
  if (workers <= 1) {
    // Loaded only here: with a pool, the main thread never loads the generator (less memory).
    const { rangeRenderer } = await import("./generate.ts");
    const quality = context ? new QualityAccumulator(context) : null;
    const render = rangeRenderer(options);
    for (const r of ranges) onRange(render(r.from, r.to, quality));
    return quality;
  }
  const entry = workerEntry();
  const init: WorkerInit = { options, context };
  // A worker keeps nothing per user: a small old generation makes it collect early (an uncapped worker
  // lets garbage pile up to several times its live heap), so the process stays flat however many users.
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB };
  const pool = Array.from(
    { length: workers },
    () => new Worker(entry.script, { workerData: init, eval: entry.eval, resourceLimits }),
  );
  const done = new Map<number, { from: number; to: number; texts: Uint8Array[]; rows: number[] }>();
  const merged = context ? new QualityAccumulator(context) : null;
  let next = 0; // next range to hand out
  let written = 0; // next range to write
  const index = new Map(ranges.map((r, i) => [r.from, i]));
  try {
    await new Promise<void>((resolve, reject) => {
      const give = (w: Worker) => {
        if (next < ranges.length && next < written + workers * AHEAD_PER_WORKER) {
          const r = ranges[next++] as { from: number; to: number };
          w.postMessage({ type: "range", from: r.from, to: r.to } satisfies WorkerRequest);
          return true;
        }
        return false;
      };
      const idle = new Set<Worker>();
      const fail = (error: Error) => {
        reject(error);
      };
      for (const w of pool) {
        w.on("error", fail);
        w.on("exit", (code) => {
          if (code !== 0) fail(new Error(`export worker stopped with exit code ${code}`));
        });
        w.on(
          "message",
          (
            m:
              | {
                  type: "range";
                  from: number;
                  to: number;
                  bytes: Uint8Array[];
                  rows: number[];
                  state: QualityState | null;
                }
              | { type: "error"; message: string; stack?: string },
          ) => {
            if (m.type === "error") {
              const error = new Error(m.message);
              if (m.stack) error.stack = m.stack;
              return fail(error);
            }
            done.set(index.get(m.from) as number, { from: m.from, to: m.to, texts: m.bytes, rows: m.rows });
            try {
              if (merged && m.state) merged.merge(qualityFromState(m.state));
              for (let r = done.get(written); r; r = done.get(written)) {
                done.delete(written++);
                onRange(r);
              }
            } catch (error) {
              return fail(error as Error);
            }
            if (written === ranges.length) return resolve();
            if (!give(w)) idle.add(w);
            for (const v of idle) if (give(v)) idle.delete(v);
          },
        );
        if (!give(w)) idle.add(w);
      }
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return merged;
}
