// A worker thread of the export (src/export/workers.ts): renders the user ranges the main thread
// sends, as UTF-8 bytes (transferred, not copied), each with the quality state of its users (so the
// worker keeps nothing per user: the main thread merges the states as they arrive).
import { parentPort, workerData } from "node:worker_threads";
import type { DatasetOptions } from "../dataset/options.ts";
import { QualityAccumulator, type QualityContext } from "../quality/checks.ts";
import { qualityState } from "../quality/state.ts";
import { rangeRenderer } from "./generate.ts";

export interface WorkerInit {
  options: DatasetOptions;
  /** The quality context, or null to skip the checks. */
  context: QualityContext | null;
}

export interface WorkerRequest {
  type: "range";
  from: number;
  to: number;
}

const port = parentPort;
if (port) {
  const { options, context } = workerData as WorkerInit;
  const render = rangeRenderer(options);
  port.on("message", (message: WorkerRequest) => {
    try {
      const quality = context ? new QualityAccumulator(context) : null;
      const r = render(message.from, message.to, quality);
      const bytes = r.texts;
      const transfer = bytes.map((b) => b.buffer as ArrayBuffer);
      const state = quality ? qualityState(quality, transfer) : null;
      port.postMessage({ type: "range", from: r.from, to: r.to, bytes, rows: r.rows, state }, transfer);
    } catch (error) {
      port.postMessage({ type: "error", message: (error as Error).message, stack: (error as Error).stack });
    }
  });
}
