/**
 * Issue 12, "Model-based tests" 1: property-based sequences over the pure engine (test/model/model.ts
 * drives it exactly as the workflow does). One exploration of LEQI_PROPERTY_RUNS programs (default
 * 10,000 when CI=true, 1,000 otherwise) from LEQI_PROPERTY_SEED checks every invariant after every
 * step; each invariant then has its own test, named by its rule id, which fails with the first
 * program that broke it, shrunk by fast-check (replayed from the exploration's seed and path), so
 * the seed and path printed reproduce it.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertProgram, invariants, nameOf, programArb, runProgram, type Invariant, type Program } from './model.js';

const RUNS = Number(process.env.LEQI_PROPERTY_RUNS ?? (process.env.CI === 'true' ? 10_000 : 1_000));
const SEED = Number(process.env.LEQI_PROPERTY_SEED ?? 20261130);
/** a bound on the exploration's wall time (ms); hitting it fails the run count assertion below, never silently */
const TIME_LIMIT = Number(process.env.LEQI_PROPERTY_TIME_LIMIT_MS ?? 15 * 60_000);

/** per invariant: the happenings it judged, and the first run (its fast-check path) that broke it */
const found = new Map<string, { checked: number; run: number | null; message: string | null }>(invariants.map((i) => [i.id, { checked: 0, run: null, message: null }]));
let runs = 0;
let steps = 0;

beforeAll(() => {
  const started = Date.now();
  const result = fc.check(
    fc.property(programArb(), (program: Program) => {
      const run = runs++;
      runProgram(program, (w, h) => {
        steps++;
        for (const inv of invariants) {
          const f = found.get(inv.id)!;
          f.checked++;
          if (f.run !== null) continue;
          const v = inv.check(w, h);
          if (v) Object.assign(f, { run, message: v });
        }
      });
      return true;
    }),
    { seed: SEED, numRuns: RUNS, interruptAfterTimeLimit: TIME_LIMIT },
  );
  const broken = [...found].filter(([, f]) => f.run !== null).map(([id, f]) => `${id} (run ${f.run})`);
  console.log(`model: ${runs} sequences (${steps} steps) from seed ${SEED} in ${Math.round((Date.now() - started) / 1000)} s${result.interrupted ? ' — interrupted by the time limit' : ''}; broken: ${broken.join(', ') || 'none'}. More: LEQI_PROPERTY_RUNS=<n> LEQI_PROPERTY_SEED=<n>`);
}, TIME_LIMIT + 60_000);

/** Replays the run that broke `inv` and lets fast-check shrink it; throws the shrunk counterexample with its seed and path. */
function verdict(inv: Invariant): void {
  const f = found.get(inv.id)!;
  expect(f.checked, 'the invariant judged something').toBeGreaterThan(0);
  if (f.run === null) return;
  fc.assert(
    fc.property(programArb(), (program: Program) => {
      assertProgram(program, [inv]);
    }),
    { seed: SEED, path: String(f.run), numRuns: RUNS, endOnFailure: false },
  );
  throw new Error(`${inv.id} broke in run ${f.run} but did not fail when replayed alone: ${f.message}`);
}

describe('model: property-based sequences over the pure engine (issue 12)', () => {
  it(`runs ${RUNS} sequences from seed ${SEED}`, () => {
    expect(runs).toBe(RUNS);
    expect(steps).toBeGreaterThan(RUNS);
  });

  for (const inv of invariants) {
    it(nameOf(inv), () => verdict(inv));
  }
});
