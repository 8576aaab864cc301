/**
 * `npm run bench`'s `dispatch-lean` run (bench/orchestration.ts): `unitLifecycle` whose `dispatch`
 * update answers a digest of the state instead of the whole state summary — a measurement of the
 * leaner answer issue 19 asks to propose, never the contract's answer (the contract returns the
 * summary; clients read the rest with the `state` query). Bundled on its own, for the bench only.
 */
import type { StateSummary } from '../../machines/unit/summary.js';
import { runUnit, type UnitLifecycleInput } from '../../workflows/unitLifecycle.js';

/** the digest: who, where, the effective limit, the next deadline, and whether the command was a replay */
export interface AnswerDigest {
  unitId: string;
  phase: string;
  limit: number;
  nextDeadline: string | null;
  replayed?: true;
}

function digest(summary: StateSummary): AnswerDigest {
  return { unitId: summary.unitId, phase: summary.phase, limit: summary.concurrency.limit, nextDeadline: summary.nextDeadlines[0]?.at ?? null, ...(summary.replayed ? { replayed: true as const } : {}) };
}

/** registered under the contract's workflow type, in the bench's own bundle */
export async function unitLifecycle(input: UnitLifecycleInput): Promise<StateSummary> {
  // the bench's client reads the answer as JSON of any shape; the cast only satisfies the contract's update type
  return runUnit(input, (summary) => digest(summary) as unknown as StateSummary);
}
