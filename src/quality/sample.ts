// A bounded, mergeable sample of examples: the `size` smallest by a key, so that merging two samples
// gives the same result in either order (a worker per user range, merged later, shows the same
// examples as one sequential run).

const isDigit = (code: number) => code >= 48 && code <= 57;

/** The end of the run of digits or of non-digits starting at `i`. */
function runEnd(s: string, i: number): number {
  const digits = isDigit(s.charCodeAt(i));
  let j = i + 1;
  while (j < s.length && isDigit(s.charCodeAt(j)) === digits) j++;
  return j;
}

/** The first index of `s` in [i, end) that is not a zero. */
function skipZeros(s: string, i: number, end: number): number {
  while (i < end && s.charCodeAt(i) === 48) i++;
  return i;
}

/**
 * Compares strings with digit runs as numbers: `user_99` < `user_100`. A total order. The strings are
 * cut into runs of digits and of non-digits; the first differing runs decide (two digit runs by their
 * value's length without leading zeros, else as text); with all shared runs equal, fewer runs first,
 * then the plain text order. Scanned in place: the quality pass compares user ids for every example.
 */
export function naturalCompare(a: string, b: string): number {
  if (a === b) return 0;
  let i = 0;
  let j = 0;
  let runsA = 0;
  let runsB = 0;
  while (i < a.length && j < b.length) {
    const endA = runEnd(a, i);
    const endB = runEnd(b, j);
    runsA++;
    runsB++;
    const x = a.slice(i, endA);
    const y = b.slice(j, endB);
    if (x !== y) {
      if (isDigit(a.charCodeAt(i)) && isDigit(b.charCodeAt(j))) {
        const lengthA = endA - skipZeros(a, i, endA);
        const lengthB = endB - skipZeros(b, j, endB);
        if (lengthA !== lengthB) return lengthA - lengthB;
      }
      return x < y ? -1 : 1;
    }
    i = endA;
    j = endB;
  }
  while (i < a.length) {
    i = runEnd(a, i);
    runsA++;
  }
  while (j < b.length) {
    j = runEnd(b, j);
    runsB++;
  }
  return runsA - runsB || (a < b ? -1 : a > b ? 1 : 0);
}

/** Where an example was found: its user, then its position within that user's records. */
export interface SampleKey {
  user: string;
  seq: number;
}

function compareKeys(a: SampleKey & { text: string }, b: SampleKey & { text: string }): number {
  return naturalCompare(a.user, b.user) || a.seq - b.seq || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
}

/** Keeps the `size` first examples in (user, position) order, whatever order they were added or merged in. */
export class Sample<T = string> {
  private items: (SampleKey & { text: string; value: T })[] = [];

  constructor(readonly size = 5) {}

  /** Would an example at this key be kept? (Lets a caller skip building an expensive example.) */
  wants(key: SampleKey): boolean {
    const last = this.items[this.items.length - 1];
    return this.items.length < this.size || (last !== undefined && compareKeys({ ...key, text: "" }, last) < 0);
  }

  add(key: SampleKey, text: string, value: T): void {
    if (!this.wants(key)) return;
    this.items.push({ ...key, text, value });
    this.items.sort(compareKeys);
    if (this.items.length > this.size) this.items.length = this.size;
  }

  merge(other: Sample<T>): void {
    for (const item of other.items) this.add(item, item.text, item.value);
  }

  get values(): T[] {
    return this.items.map((i) => i.value);
  }
}

/** A sample of text examples. */
export class Examples extends Sample<string> {
  note(key: SampleKey, text: string): void {
    this.add(key, text, text);
  }

  get texts(): string[] {
    return this.values;
  }
}
