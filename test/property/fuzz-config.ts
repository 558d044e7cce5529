// One place for the run counts of every property test. CI runs a fixed seed and a small count
// (the whole property suite stays well under 20 s); a long run is one environment variable away:
//
//   FUZZ_RUNS=5000 npx vitest run test/property          (same seed, many more cases)
//   FUZZ_RUNS=2000 FUZZ_SEED=$RANDOM npx vitest run test/property   (a fresh seed: print it!)
//
// A failure prints fast-check's seed and shrunk counterexample; rerun with that FUZZ_SEED to
// reproduce it exactly.
import { vi } from 'vitest';

/** Base number of generated cases per property (default 200). */
export const FUZZ_RUNS = positive(process.env.FUZZ_RUNS, 200);
/** The seed of every property; fixed so that CI is reproducible. */
export const FUZZ_SEED = Number.parseInt(process.env.FUZZ_SEED ?? '42', 10);

// Every property file imports this module: a long run (FUZZ_RUNS=3000) gets room in every test of
// the file, not only in those that pass fuzzTimeout(); at the default count it stays 30 s.
vi.setConfig({ testTimeout: fuzzTimeout(1) });

/**
 * fast-check parameters for one property: `scale` shrinks the count for the expensive ones
 * (a full render of every channel) and grows it for the cheap ones (a path check).
 */
export function fuzz(scale = 1): { seed: number; numRuns: number; endOnFailure: boolean } {
  return { seed: FUZZ_SEED, numRuns: Math.max(1, Math.round(FUZZ_RUNS * scale)), endOnFailure: true };
}

/** Vitest timeout that grows with the run count, so that a long run is not cut short. */
export function fuzzTimeout(scale = 1): number {
  return Math.max(30_000, FUZZ_RUNS * scale * 50);
}

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}
