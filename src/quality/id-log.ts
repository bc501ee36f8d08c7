// The record ids of a dataset, kept small so that their duplicates can be counted at scale: QC-3
// remembers every transaction id (1.75 million for 10,000 users). Ids of the form `prefix` + lowercase
// UUID (all the generator writes) are appended as their 128 bits, 16 bytes an id (about 100 for a
// string in a Set, 23-45 in a hash table); the duplicates are counted once, at the end, by bucketing
// the ids on a hash of their bits and sorting each bucket. Any other id is kept as its string in a Set.
// Exact: two ids are counted as the same only when their texts are equal. Merging appends; a worker's
// ids cross to the main thread as their words (transferred, not copied), a shard's as base64.
import { isPrefixedUuid } from "../schemas/verdicts.ts";

/** Lowercase hex digit values by char code. */
const HEX_VALUE = new Uint8Array(128);
for (let i = 0; i < 16; i++) HEX_VALUE["0123456789abcdef".charCodeAt(i)] = i;

/** Offsets of a UUID's 32 hex digits in its 36 characters (the dashes at 8, 13, 18 and 23 skipped). */
const DIGIT_AT = Array.from({ length: 36 }, (_, i) => i).filter((i) => ![8, 13, 18, 23].includes(i));

/** Ids a chunk holds (1 MB of words); the first chunk grows to this size, the others are allocated whole. */
const CHUNK_BITS = 16;
const CHUNK_IDS = 1 << CHUNK_BITS;
/** Ids the first chunk starts with (a family over one customer stays small). */
const FIRST_CHUNK_IDS = 256;
/** Ids per bucket, on average, when the duplicates are counted. */
const IDS_PER_BUCKET = 8;

/** The encoded form of an IdLog (what a worker or a shard's quality_state.json carries). */
export interface IdLogState {
  prefix: string;
  /** The UUID ids' words, four per id: base64 of little-endian 32-bit words in JSON, the words themselves between threads. */
  words: string | Uint32Array;
  others: string[];
  /** Ids among `others` already held when added (the UUID ids' repeats stay in `words`). */
  otherRepeats: number;
}

/** A hash of an id's four words, uniform even when the ids share bits (the bucket of the duplicate count). */
const mix = (a: number, b: number, c: number, d: number) =>
  Math.imul(a ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35) ^ Math.imul(d, 0x27d4eb2f), 0x9e3779b1) >>> 0;

export class IdLog {
  /** Chunk k holds ids k*CHUNK_IDS .. (k+1)*CHUNK_IDS-1, four words each. */
  private chunks: Uint32Array[] = [new Uint32Array(FIRST_CHUNK_IDS * 4)];
  private count = 0;
  private readonly others = new Set<string>();
  private otherRepeats = 0;

  /** `prefix`: the part before the UUID (for transactions, `txn_`). */
  constructor(readonly prefix: string) {}

  /** Ids added, repeats included. */
  get size(): number {
    return this.count + this.others.size + this.otherRepeats;
  }

  add(id: string): void {
    if (isPrefixedUuid(id, this.prefix)) {
      const chunk = this.room();
      const at = (this.count & (CHUNK_IDS - 1)) * 4;
      const start = this.prefix.length;
      for (let w = 0; w < 4; w++) {
        let value = 0;
        for (let d = 0; d < 8; d++)
          value = value * 16 + (HEX_VALUE[id.charCodeAt(start + (DIGIT_AT[w * 8 + d] as number))] as number);
        chunk[at + w] = value;
      }
      this.count++;
    } else if (this.others.has(id)) this.otherRepeats++;
    else this.others.add(id);
  }

  /** Appends every id of `other` (its repeats, and the ids both hold, count as duplicates). */
  merge(other: IdLog): void {
    other.forEachChunk((words) => this.append(words));
    this.otherRepeats += other.otherRepeats;
    for (const id of other.others) {
      if (this.others.has(id)) this.otherRepeats++;
      else this.others.add(id);
    }
  }

  /** Ids added more than once: every addition of an id after its first. */
  duplicates(): number {
    const n = this.count;
    let buckets = 1;
    while (buckets * IDS_PER_BUCKET < n) buckets *= 2;
    const shift = 32 - Math.log2(buckets);
    const word = (i: number, w: number) =>
      (this.chunks[i >>> CHUNK_BITS] as Uint32Array)[(i & (CHUNK_IDS - 1)) * 4 + w] as number;
    const bucket = (i: number) => (shift === 32 ? 0 : mix(word(i, 0), word(i, 1), word(i, 2), word(i, 3)) >>> shift);
    // Counting sort of the ids' positions by bucket; equal ids share a bucket.
    const starts = new Uint32Array(buckets + 1);
    for (let i = 0; i < n; i++) (starts[bucket(i) + 1] as number)++;
    for (let b = 0; b < buckets; b++) starts[b + 1] = (starts[b + 1] as number) + (starts[b] as number);
    const fill = starts.slice(0, buckets);
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const b = bucket(i);
      order[fill[b] as number] = i;
      fill[b] = (fill[b] as number) + 1;
    }
    const compare = (x: number, y: number) => {
      for (let w = 0; w < 4; w++) {
        const d = word(x, w) - word(y, w);
        if (d !== 0) return d;
      }
      return 0;
    };
    let repeats = this.otherRepeats;
    for (let b = 0; b < buckets; b++) {
      const ids = order.subarray(starts[b] as number, starts[b + 1] as number);
      if (ids.length < 2) continue;
      ids.sort(compare);
      for (let k = 1; k < ids.length; k++) if (compare(ids[k - 1] as number, ids[k] as number) === 0) repeats++;
    }
    return repeats;
  }

  /** The encoded state; with `transfer`, the words stay binary and their buffer is listed there (postMessage). */
  toState(transfer?: ArrayBuffer[]): IdLogState {
    const words = new Uint32Array(this.count * 4);
    let at = 0;
    this.forEachChunk((chunk) => {
      words.set(chunk, at);
      at += chunk.length;
    });
    transfer?.push(words.buffer);
    return {
      prefix: this.prefix,
      words: transfer ? words : Buffer.from(words.buffer).toString("base64"),
      others: [...this.others],
      otherRepeats: this.otherRepeats,
    };
  }

  static fromState(state: IdLogState): IdLog {
    let words: Uint32Array;
    if (typeof state.words === "string") {
      const bytes = Buffer.from(state.words, "base64");
      if (bytes.length % 16 !== 0) throw new TypeError("quality state: an id log's words are not whole ids");
      words = new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    } else words = state.words;
    if (words.length % 4 !== 0) throw new TypeError("quality state: an id log's words are not whole ids");
    if (!Number.isInteger(state.otherRepeats) || state.otherRepeats < 0)
      throw new TypeError("quality state: an id log's otherRepeats is not a count");
    const log = new IdLog(state.prefix);
    log.append(words);
    for (const id of state.others) log.others.add(id);
    log.otherRepeats = state.otherRepeats;
    return log;
  }

  /** Calls `f` with each chunk's used words, in order. */
  private forEachChunk(f: (words: Uint32Array) => void): void {
    for (let k = 0; k * CHUNK_IDS < this.count; k++)
      f((this.chunks[k] as Uint32Array).subarray(0, Math.min(CHUNK_IDS, this.count - k * CHUNK_IDS) * 4));
  }

  /** Appends whole ids' words. */
  private append(words: Uint32Array): void {
    for (let from = 0; from < words.length;) {
      const chunk = this.room();
      const at = (this.count & (CHUNK_IDS - 1)) * 4;
      const take = Math.min(words.length - from, chunk.length - at);
      chunk.set(words.subarray(from, from + take), at);
      from += take;
      this.count += take / 4;
    }
  }

  /** The chunk the next id goes into, grown or allocated when full. */
  private room(): Uint32Array {
    const k = this.count >>> CHUNK_BITS;
    const at = (this.count & (CHUNK_IDS - 1)) * 4;
    let chunk = this.chunks[k];
    if (!chunk) {
      chunk = new Uint32Array(CHUNK_IDS * 4);
      this.chunks.push(chunk);
    } else if (at === chunk.length) {
      // Only the first chunk is ever smaller than CHUNK_IDS: it doubles up to that size.
      const grown = new Uint32Array(Math.min(CHUNK_IDS * 4, chunk.length * 2));
      grown.set(chunk);
      this.chunks[k] = chunk = grown;
    }
    return chunk;
  }
}
