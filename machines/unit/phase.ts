/** The stable phase clients see (contract), derived from the chart's state id. */
import type { SnapshotFrom } from 'xstate';
import type { unitMachine } from './chart.js';

export const phases = ['prospect', 'underReview', 'returned', 'active', 'suspended', 'terminationScheduled', 'terminated'] as const;
export type Phase = (typeof phases)[number];

export function phaseOf(snapshot: SnapshotFrom<typeof unitMachine>): Phase {
  if (snapshot.matches({ live: 'suspended' })) return 'suspended';
  if (snapshot.matches({ live: 'terminationScheduled' })) return 'terminationScheduled';
  if (snapshot.matches('live')) return 'active';
  if (snapshot.matches('closed')) return 'terminated';
  return snapshot.value as Phase;
}
