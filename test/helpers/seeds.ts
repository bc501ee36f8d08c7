// Seeds for property tests: a few fixed ones (replayable forever) plus fresh ones drawn per run.
// Every test that uses them puts the seed in its name, so a failure names the seed to replay.
export function seedsFor(fixed: readonly number[], fresh: number): number[] {
  const out = [...fixed];
  for (let i = 0; i < fresh; i++) out.push(Math.floor(Math.random() * 2 ** 31));
  return out;
}
