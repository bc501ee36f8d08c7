// The export's unit of work: the CSV text of a range of users (and, when checking, their quality
// accumulation). The same function runs in the main thread (`--workers 1`) and in each worker
// thread, so a range's bytes do not depend on where it was generated. Customer k depends only on the
// seed and k, so any range of any dataset can be generated alone.
import { PROFILES } from "../data/profile.ts";
import { buildCustomer } from "../dataset/customer.ts";
import type { DatasetOptions } from "../dataset/options.ts";
import { dataWindow } from "../dataset/window.ts";
import { CsvBytes } from "../csv/write.ts";
import type { QualityAccumulator } from "../quality/checks.ts";
import type { TableSpec } from "../tables/columns.ts";
import { OUTPUTS } from "./csv-files.ts";

/** Users `[from, to)` (1-based user indices) rendered: the CSV lines per file of OUTPUTS (UTF-8) and their row counts. */
export interface RenderedRange {
  from: number;
  to: number;
  texts: Uint8Array[];
  rows: number[];
}

/** Renders user ranges of one dataset, adding their customers to `quality` when given; the window and profile are resolved once. */
export function rangeRenderer(options: DatasetOptions) {
  const window = dataWindow(options.startDate, options.endDate);
  const profile = PROFILES[options.profile];
  const sinks = OUTPUTS.map(() => new CsvBytes());
  return (from: number, to: number, quality: QualityAccumulator | null): RenderedRange => {
    const rows = OUTPUTS.map(() => 0);
    for (let index = from; index < to; index++) {
      const customer = buildCustomer({ profile, seed: options.seed, index, window });
      OUTPUTS.forEach(({ spec, of }, i) => {
        const records = of(customer);
        rows[i] = (rows[i] as number) + records.length;
        (sinks[i] as CsvBytes).rows(spec as TableSpec<unknown>, records);
      });
      quality?.add(customer);
    }
    return { from, to, texts: sinks.map((s) => s.take()), rows };
  };
}
