// Which shop a purchase is made at: local businesses named per city, and each user's own shops (a few
// national brands and local businesses, one of them a favourite). Picks are O(log n) over precomputed
// cumulative weights.
import type { Merchant, SpendKind } from "../data/merchants.ts";
import { LOCAL_PREFIXES } from "../data/merchant-names.ts";
import type { ProfileData } from "../data/profile.ts";
import { keyedRng, type Rng } from "../random/rng.ts";

export interface CityKey {
  city: string;
  state: string;
}

/** A list with cumulative weights, for picking by binary search. */
export class WeightedList<T> {
  private readonly cumulative: number[] = [];
  readonly total: number;

  constructor(
    readonly items: readonly T[],
    weight: (item: T, index: number) => number,
  ) {
    let total = 0;
    items.forEach((item, i) => {
      total += weight(item, i);
      this.cumulative.push(total);
    });
    if (!(total > 0)) throw new RangeError("WeightedList needs a positive total weight");
    this.total = total;
  }

  pick(rng: Rng): T {
    const target = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] as number) > target) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] as T;
  }
}

/** Plaid's raw descriptor for a local business: upper case, at most 22 characters. */
function descriptorOf(merchantName: string): string {
  return merchantName
    .toUpperCase()
    .replace(/[^A-Z0-9& ]/g, "")
    .slice(0, 22)
    .trim();
}

const localCache = new WeakMap<ProfileData, Map<string, readonly Merchant[]>>();

/**
 * The local businesses of `kind` in a city: names drawn from the profile's word lists by a stream keyed
 * by the city alone, so the same city always has the same shops (whatever the seed) and another city
 * has others. The noun decides the category, so a name keeps one category in every city.
 *
 * @example
 * localMerchants(DEFAULT_PROFILE, { city: "Austin", state: "TX" }, "restaurant")[0]; // e.g. "Harbor Bistro"
 */
export function localMerchants(profile: ProfileData, place: CityKey, kind: SpendKind): readonly Merchant[] {
  let byKey = localCache.get(profile);
  if (!byKey) localCache.set(profile, (byKey = new Map()));
  const key = `${kind}/${place.state}/${place.city}`;
  let list = byKey.get(key);
  if (list) return list;
  const local = profile.spending.categories[kind].local;
  const out: Merchant[] = [];
  if (local && local.perCity > 0) {
    const rng = keyedRng("local-merchants", place.state, place.city, kind);
    const seen = new Set<string>();
    for (let attempt = 0; out.length < local.perCity && attempt < local.perCity * 20; attempt++) {
      const noun = rng.pick(local.nouns);
      const merchantName = `${rng.pick(LOCAL_PREFIXES)} ${noun.noun}`;
      if (seen.has(merchantName)) continue;
      seen.add(merchantName);
      out.push({ merchant_name: merchantName, name: descriptorOf(merchantName), pfc: noun.pfc, online_share: 0 });
    }
  }
  if (byKey.size > 4_096) byKey.clear();
  byKey.set(key, (list = out));
  return list;
}

const categoryLists = new WeakMap<ProfileData, Map<SpendKind, WeightedList<Merchant>>>();

/** Every national brand of a kind, weighted by brand weight (for kinds without a personal pool). */
export function categoryMerchants(profile: ProfileData, kind: SpendKind): WeightedList<Merchant> {
  let byKind = categoryLists.get(profile);
  if (!byKind) categoryLists.set(profile, (byKind = new Map()));
  let list = byKind.get(kind);
  if (!list) {
    list = new WeightedList(profile.spending.categories[kind].merchants, (m) => m.weight ?? 1);
    byKind.set(kind, list);
  }
  return list;
}

/** `n` distinct items, each draw proportional to `weight` among those left. */
function sampleWithoutReplacement<T>(rng: Rng, items: readonly T[], n: number, weight: (item: T) => number): T[] {
  const left = items.slice();
  const out: T[] = [];
  while (out.length < n && left.length > 0) {
    const chosen = rng.weighted(left, weight);
    out.push(chosen);
    left.splice(left.indexOf(chosen), 1);
  }
  return out;
}

/** A user's own shops, by kind: picks favour the first (the favourite), then the second, ... */
export class UserMerchants {
  private readonly pools = new Map<SpendKind, WeightedList<Merchant>>();

  constructor(
    private readonly profile: ProfileData,
    rng: Rng,
    home: CityKey,
  ) {
    const { loyalty, kinds } = profile.spending.merchantPool;
    for (const [kind, counts] of Object.entries(kinds) as [SpendKind, (typeof kinds)[keyof typeof kinds]][]) {
      const national = sampleWithoutReplacement(
        rng,
        profile.spending.categories[kind].merchants,
        rng.int(counts.national.min, counts.national.max),
        (m) => m.weight ?? 1,
      );
      const local = sampleWithoutReplacement(
        rng,
        localMerchants(profile, home, kind),
        rng.int(counts.local.min, counts.local.max),
        () => 1,
      );
      const shops = rng.shuffle([...national, ...local]);
      if (shops.length > 0) this.pools.set(kind, new WeightedList(shops, (_, rank) => 1 / Math.pow(rank + 1, loyalty)));
    }
  }

  /** The shops of a kind, favourite first (empty for kinds without a personal pool). */
  shops(kind: SpendKind): readonly Merchant[] {
    return this.pools.get(kind)?.items ?? [];
  }

  /** One purchase's shop. */
  pick(rng: Rng, kind: SpendKind): Merchant {
    return (this.pools.get(kind) ?? categoryMerchants(this.profile, kind)).pick(rng);
  }
}
