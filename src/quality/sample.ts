// A bounded, mergeable sample of examples: the `size` smallest by a key, so that merging two samples
// gives the same result in either order (a worker per user range, merged later, shows the same
// examples as one sequential run).

/** Compares strings with digit runs as numbers: `user_99` < `user_100`. A total order. */
export function naturalCompare(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i] as string;
    const y = pb[i] as string;
    if (x === y) continue;
    const digits = /^\d/.test(x) && /^\d/.test(y);
    if (digits && x.replace(/^0+/, "").length !== y.replace(/^0+/, "").length)
      return x.replace(/^0+/, "").length - y.replace(/^0+/, "").length;
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length || (a < b ? -1 : a > b ? 1 : 0);
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
