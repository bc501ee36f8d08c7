// A quality accumulator's state as JSON, restored exactly: what a worker thread sends to the main
// thread and what a shard writes (quality_state.json) for `spendsense-fixtures merge`. Every family
// is a plain accumulator (numbers, strings, Maps, Sets, samples), so its fields are encoded
// generically: Maps and Sets keep their entries in order, numbers JSON cannot hold (NaN, ±Infinity,
// -0) are tagged, and the samples are rebuilt as their classes. Restoring and merging gives the same
// report as one run over all users (tested).
import { type Families, QualityAccumulator, type QualityContext } from "./checks.ts";
import { IdLog, type IdLogState } from "./id-log.ts";
import { Examples, Sample } from "./sample.ts";

/** Bumped when a family's fields change: states of another format are refused, not misread. */
export const QUALITY_STATE_FORMAT = 4;

export interface QualityState {
  format: number;
  context: QualityContext;
  families: Record<string, Record<string, unknown>>;
}

const CLASSES: Record<string, new () => object> = { Sample, Examples };

/** `transfer`: between threads, an id log's words stay binary and their buffers are listed here. */
function encode(value: unknown, path: string, transfer?: ArrayBuffer[]): unknown {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (Number.isFinite(value) && !Object.is(value, -0)) return value;
    return { $num: Object.is(value, -0) ? "-0" : String(value) };
  }
  if (Array.isArray(value)) return value.map((v, i) => encode(v, `${path}[${i}]`, transfer));
  if (value instanceof Map)
    return { $map: [...value].map(([k, v]) => [encode(k, path, transfer), encode(v, `${path}.${k}`, transfer)]) };
  if (value instanceof IdLog) return { $ids: value.toState(transfer) };
  if (value instanceof Set) return { $set: [...value].map((v) => encode(v, path, transfer)) };
  if (typeof value === "object") {
    const proto = Object.getPrototypeOf(value) as object | null;
    const fields = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v, `${path}.${k}`, transfer)]));
    if (proto === Object.prototype || proto === null) return { $obj: fields };
    const name = Object.entries(CLASSES).find(([, C]) => C.prototype === proto)?.[0];
    if (name) return { $class: name, fields };
  }
  throw new TypeError(`quality state: cannot encode ${path} (${typeof value})`);
}

function decode(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(decode);
  const v = value as Record<string, unknown>;
  if ("$num" in v) return Number(v.$num === "-0" ? -0 : v.$num);
  if ("$map" in v) return new Map((v.$map as [unknown, unknown][]).map(([k, x]) => [decode(k), decode(x)]));
  if ("$ids" in v) return IdLog.fromState(v.$ids as IdLogState);
  if ("$set" in v) return new Set((v.$set as unknown[]).map(decode));
  if ("$obj" in v) return decodeFields({}, v.$obj as Record<string, unknown>);
  if ("$class" in v) {
    const C = CLASSES[v.$class as string];
    if (!C) throw new TypeError(`quality state: unknown class ${String(v.$class)}`);
    return decodeFields(Object.create(C.prototype) as object, v.fields as Record<string, unknown>);
  }
  throw new TypeError("quality state: malformed value");
}

function decodeFields<T extends object>(target: T, fields: Record<string, unknown>): T {
  for (const [k, x] of Object.entries(fields)) (target as Record<string, unknown>)[k] = decode(x);
  return target;
}

/**
 * The accumulator's state: JSON-safe, or, given `transfer`, for postMessage (the id logs' words stay
 * binary and their buffers are listed in `transfer`, to be moved, not copied).
 */
export function qualityState(accumulator: QualityAccumulator, transfer?: ArrayBuffer[]): QualityState {
  const families: QualityState["families"] = {};
  for (const [name, family] of Object.entries(accumulator.families)) {
    families[name] = Object.fromEntries(
      Object.entries(family as object).map(([k, v]) => [k, encode(v, `${name}.${k}`, transfer)]),
    );
  }
  // The realism figures' per-user summaries travel with the families (under the name `realism`).
  families.realism = Object.fromEntries(
    Object.entries(accumulator.realism as object).map(([k, v]) => [k, encode(v, `realism.${k}`, transfer)]),
  );
  return { format: QUALITY_STATE_FORMAT, context: accumulator.context, families };
}

/** An accumulator holding exactly the state given (merge it with others over other users). */
export function qualityFromState(state: QualityState): QualityAccumulator {
  if (state.format !== QUALITY_STATE_FORMAT)
    throw new RangeError(`quality state format ${state.format} is not ${QUALITY_STATE_FORMAT} (another version)`);
  const accumulator = new QualityAccumulator(state.context);
  const families = accumulator.families as unknown as Record<string, object>;
  for (const name of Object.keys(accumulator.families) as (keyof Families)[]) {
    const fields = state.families[name];
    if (!fields) throw new RangeError(`quality state: family ${name} is missing`);
    decodeFields(families[name] as object, fields);
  }
  const realism = state.families.realism;
  if (!realism) throw new RangeError("quality state: family realism is missing");
  decodeFields(accumulator.realism as object, realism);
  return accumulator;
}
