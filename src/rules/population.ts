// Stratified population slots. Users come in blocks of 20 that each hold the exact target shares
// (age 4/6/7/3, income 4/8/6/2, region 10/6/4, life events 2, student loans 5); inside a block the order is drawn
// from a keyed stream and kept balanced, so every prefix of users stays close to the targets.
// A user's slot depends only on (seed, index): datasets are prefix-stable.
import { LIFE_EVENT_KINDS, POPULATION } from "../data/demographics.ts";
import type { ProfileData } from "../data/profile.ts";

/** A profile's population concern (any profile's numbers). */
type Population = ProfileData["population"];
import { keyedRng, type Rng } from "../random/rng.ts";
import type { AgeBracket, IncomeTier } from "../schemas/brackets.ts";
import type { LifeEventKind, Region } from "../schemas/user.ts";

export interface PopulationSlot {
  ageBracket: AgeBracket;
  incomeTier: IncomeTier;
  region: Region;
  lifeEvent: LifeEventKind | null;
  hasSavings: boolean;
  hasSubscriptions: boolean;
  hasStudentLoan: boolean;
}

interface Cell {
  age: number;
  tier: number;
}

/** Order a multiset so that every prefix's counts stay near their shares (greedy, random ties). */
function balancedOrder<T>(
  items: readonly T[],
  marginals: readonly ((item: T) => number)[],
  shares: readonly (readonly number[])[],
  rng: Rng,
): T[] {
  const remaining = rng.shuffle(items);
  const counts = shares.map((s) => s.map(() => 0));
  const out: T[] = [];
  for (let position = 1; remaining.length > 0; position++) {
    let best = -1;
    let bestScore = Number.POSITIVE_INFINITY;
    for (let i = 0; i < remaining.length; i++) {
      const item = remaining[i] as T;
      let score = 0;
      marginals.forEach((of, m) => {
        const cat = of(item);
        const row = counts[m] as number[];
        const sh = shares[m] as readonly number[];
        for (let c = 0; c < row.length; c++) {
          const count = (row[c] as number) + (c === cat ? 1 : 0);
          score = Math.max(score, Math.abs(count - position * (sh[c] as number)));
        }
      });
      if (score < bestScore - 1e-9) {
        bestScore = score;
        best = i;
      }
    }
    const [chosen] = remaining.splice(best, 1) as [T];
    marginals.forEach((of, m) => {
      const row = counts[m] as number[];
      row[of(chosen)] = (row[of(chosen)] as number) + 1;
    });
    out.push(chosen);
  }
  return out;
}

function buildBlock(population: Population, seed: number, block: number): PopulationSlot[] {
  const { ageBrackets, incomeTiers, ageIncomeBlock, regionBlock, blockSize, lifeEventsPerBlock } = population;
  const rng = keyedRng(seed, "population", block);
  const cells: Cell[] = [];
  ageBrackets.forEach((bracket, age) => {
    ageIncomeBlock[bracket.name].forEach((count, tier) => {
      for (let i = 0; i < count; i++) cells.push({ age, tier });
    });
  });
  const orderedCells = balancedOrder(
    cells,
    [(c) => c.age, (c) => c.tier],
    [ageBrackets.map((b) => b.share), incomeTiers.map((t) => t.share)],
    rng,
  );

  const regionNames = Object.keys(regionBlock) as Region[];
  const regions: number[] = [];
  regionNames.forEach((name, r) => {
    for (let i = 0; i < regionBlock[name]; i++) regions.push(r);
  });
  const regionShares = regionNames.map((name) => regionBlock[name] / blockSize);
  const orderedRegions = balancedOrder(regions, [(r) => r], [regionShares], rng);

  // One life event in each half of the block keeps every prefix within one customer of 10 %.
  const half = blockSize / lifeEventsPerBlock;
  const eventPositions = new Map<number, LifeEventKind>();
  for (let k = 0; k < lifeEventsPerBlock; k++) {
    eventPositions.set(k * half + rng.int(0, half - 1), rng.pick(LIFE_EVENT_KINDS));
  }

  const flags = (count: number) => {
    const items = Array.from({ length: blockSize }, (_, i) => (i < count ? 1 : 0));
    return balancedOrder(items, [(x) => x], [[1 - count / blockSize, count / blockSize]], rng);
  };
  const savings = flags(population.savingsPerBlock);
  const subscribers = flags(population.subscribersPerBlock);

  // Student loans: exactly `studentLoansPerBlock` holders, drawn without replacement with weights by age
  // bracket (Efraimidis-Spirakis keys u^(1/w)), so most are young and a few are older.
  const keys = orderedCells.map((cell, i) => {
    const bracket = ageBrackets[cell.age] as Population["ageBrackets"][number];
    const weight = population.studentLoanWeightByAge[bracket.name];
    const u = 1 - rng.next(); // in (0, 1]
    return { i, key: weight > 0 ? Math.log(u) / weight : Number.NEGATIVE_INFINITY };
  });
  keys.sort((a, b) => b.key - a.key || a.i - b.i);
  const loanHolders = new Set<number>(
    keys
      .filter((k) => k.key > Number.NEGATIVE_INFINITY)
      .slice(0, population.studentLoansPerBlock)
      .map((k) => k.i),
  );

  return orderedCells.map((cell, i) => ({
    ageBracket: (ageBrackets[cell.age] as Population["ageBrackets"][number]).name,
    incomeTier: (incomeTiers[cell.tier] as Population["incomeTiers"][number]).name,
    region: regionNames[orderedRegions[i] as number] as Region,
    lifeEvent: eventPositions.get(i) ?? null,
    hasSavings: savings[i] === 1,
    hasSubscriptions: subscribers[i] === 1,
    hasStudentLoan: loanHolders.has(i),
  }));
}

/** Blocks already built, per population (a profile's), by seed and block number. */
const blockCaches = new WeakMap<Population, Map<string, PopulationSlot[]>>();
const BLOCK_CACHE_LIMIT = 64;

/**
 * The stratified slot of user `index` (1-based) in the population of `seed`.
 *
 * @example
 * populationSlot(42, 1); // { ageBracket: "36-50", incomeTier: "middle", region: "urban", lifeEvent: null }
 */
export function populationSlot(seed: number, index: number, population: Population = POPULATION): PopulationSlot {
  if (!Number.isInteger(index) || index < 1)
    throw new RangeError(`user index must be a positive integer, got ${index}`);
  const block = Math.floor((index - 1) / population.blockSize);
  const key = `${seed}/${block}`;
  let blockCache = blockCaches.get(population);
  if (!blockCache) blockCaches.set(population, (blockCache = new Map()));
  let slots = blockCache.get(key);
  if (!slots) {
    slots = buildBlock(population, seed, block);
    if (blockCache.size >= BLOCK_CACHE_LIMIT) blockCache.delete(blockCache.keys().next().value as string);
    blockCache.set(key, slots);
  }
  return slots[(index - 1) % population.blockSize] as PopulationSlot;
}
