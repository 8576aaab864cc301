/** The stable phase clients see (contract), derived from the chart's state id. */
import type { SnapshotFrom } from 'xstate';
import type { unitMachine } from './chart.js';

export const phases = ['prospect', 'underReview', 'returned', 'active', 'suspended', 'terminationScheduled', 'terminated'] as const;
export type Phase = (typeof phases)[number];

export function phaseOf(snapshot: SnapshotFrom<typeof unitMachine>): Phase {
  const value = snapshot.value as string;
  return value === 'closed' ? 'terminated' : (value as Phase);
}
