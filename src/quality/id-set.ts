// A set of record ids that stays small at scale: QC-3 remembers every transaction id of a dataset
// (1.75 million for 10,000 users) to find duplicates. Ids of the form `prefix` + lowercase UUID (all
// the generator writes) are kept as their 128 bits in an open-addressing hash table of 32-bit words,
// 16 bytes an id instead of about 100 for a string in a Set; any other id is kept as its string. Exact:
// two ids are the same entry only when their texts are equal.
import { isPrefixedUuid } from "../schemas/verdicts.ts";

/** Lowercase hex digit values by char code. */
const HEX_VALUE = new Uint8Array(128);
for (let i = 0; i < 16; i++) HEX_VALUE["0123456789abcdef".charCodeAt(i)] = i;

/** Offsets of a UUID's 32 hex digits in its 36 characters (the dashes at 8, 13, 18 and 23 skipped). */
const DIGIT_AT = Array.from({ length: 36 }, (_, i) => i).filter((i) => ![8, 13, 18, 23].includes(i));

const EMPTY = 0;
const FULL = 1;

/** The encoded form of an IdSet (what a worker or a shard's quality_state.json carries). */
export interface IdSetState {
  prefix: string;
  /** The UUID ids' words, four per id, as base64 of little-endian 32-bit words. */
  words: string;
  others: string[];
}

export class IdSet {
  private slots: Uint32Array;
  private used: Uint8Array;
  private count = 0;
  private readonly others = new Set<string>();
  private readonly parsed = new Uint32Array(4);

  /** `prefix`: the part before the UUID (for transactions, `txn_`). */
  constructor(
    readonly prefix: string,
    capacity = 1024,
  ) {
    let size = 1024;
    while (size < capacity * 2) size *= 2;
    this.slots = new Uint32Array(size * 4);
    this.used = new Uint8Array(size);
  }

  /** Ids held. */
  get size(): number {
    return this.count + this.others.size;
  }

  /** Adds `id`; false when it was already held. */
  add(id: string): boolean {
    if (!this.parse(id)) {
      if (this.others.has(id)) return false;
      this.others.add(id);
      return true;
    }
    return this.insert(this.parsed);
  }

  /** Adds every id of `other`; returns how many were already held (duplicates across the two). */
  merge(other: IdSet): number {
    let duplicates = 0;
    const word = new Uint32Array(4);
    for (let slot = 0; slot < other.used.length; slot++) {
      if (other.used[slot] !== FULL) continue;
      word.set(other.slots.subarray(slot * 4, slot * 4 + 4));
      if (!this.insert(word)) duplicates++;
    }
    for (const id of other.others) if (!this.add(id)) duplicates++;
    return duplicates;
  }

  toState(): IdSetState {
    const words = new Uint32Array(this.count * 4);
    let at = 0;
    for (let slot = 0; slot < this.used.length; slot++) {
      if (this.used[slot] !== FULL) continue;
      words.set(this.slots.subarray(slot * 4, slot * 4 + 4), at);
      at += 4;
    }
    return { prefix: this.prefix, words: Buffer.from(words.buffer).toString("base64"), others: [...this.others] };
  }

  static fromState(state: IdSetState): IdSet {
    const bytes = Buffer.from(state.words, "base64");
    if (bytes.length % 16 !== 0) throw new TypeError("quality state: an id set's words are not whole ids");
    const words = new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    const set = new IdSet(state.prefix, words.length / 4);
    for (let at = 0; at < words.length; at += 4) set.insert(words.subarray(at, at + 4));
    for (const id of state.others) set.add(id);
    return set;
  }

  /** Reads `prefix` + lowercase UUID (the ids' schema shape, `isPrefixedUuid`) into `this.parsed`; false for any other text. */
  private parse(id: string): boolean {
    if (!isPrefixedUuid(id, this.prefix)) return false;
    const start = this.prefix.length;
    const out = this.parsed;
    for (let w = 0; w < 4; w++) {
      let value = 0;
      for (let d = 0; d < 8; d++)
        value = value * 16 + (HEX_VALUE[id.charCodeAt(start + (DIGIT_AT[w * 8 + d] as number))] as number);
      out[w] = value;
    }
    return true;
  }

  /** Inserts four words; false when they were already held. */
  private insert(id: Uint32Array): boolean {
    if ((this.count + 1) * 4 > this.used.length * 3) this.grow();
    const mask = this.used.length - 1;
    // The words are already uniform bits (UUIDs); mix two of them for the home slot.
    let slot = ((id[0] as number) ^ Math.imul(id[3] as number, 0x9e3779b1)) & mask;
    for (;;) {
      if (this.used[slot] === EMPTY) {
        this.used[slot] = FULL;
        this.slots.set(id, slot * 4);
        this.count++;
        return true;
      }
      const at = slot * 4;
      const s = this.slots;
      if (s[at] === id[0] && s[at + 1] === id[1] && s[at + 2] === id[2] && s[at + 3] === id[3]) return false;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const { slots, used } = this;
    this.slots = new Uint32Array(slots.length * 2);
    this.used = new Uint8Array(used.length * 2);
    this.count = 0;
    for (let slot = 0; slot < used.length; slot++)
      if (used[slot] === FULL) this.insert(slots.subarray(slot * 4, slot * 4 + 4));
  }
}
