// A worker thread of the export (src/export/workers.ts): renders the user ranges the main thread
// sends, as UTF-8 bytes (transferred, not copied), and at the end sends its quality state.
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

export type WorkerRequest = { type: "range"; from: number; to: number } | { type: "finish" };

const port = parentPort;
if (port) {
  const { options, context } = workerData as WorkerInit;
  const quality = context ? new QualityAccumulator(context) : null;
  const render = rangeRenderer(options, quality);
  port.on("message", (message: WorkerRequest) => {
    if (message.type === "finish") {
      port.postMessage({ type: "state", state: quality ? qualityState(quality) : null });
      port.close();
      return;
    }
    try {
      const r = render(message.from, message.to);
      const bytes = r.texts;
      port.postMessage(
        { type: "range", from: r.from, to: r.to, bytes, rows: r.rows },
        bytes.map((b) => b.buffer as ArrayBuffer),
      );
    } catch (error) {
      port.postMessage({ type: "error", message: (error as Error).message, stack: (error as Error).stack });
    }
  });
}
