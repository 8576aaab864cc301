/** The duties domain's slice of the unit context: capabilities and grants (P-CAP-*), change reports (P-CHG-*, T-06), the network filing (T-14) and termination filings (T-08, P-TRM-01). */
import type { NetworkAddressFiling } from '../../schemas/forms.js';
import type { ChangeKind } from './changeCommands.js';
import type { Qualification } from './capabilityCommands.js';

export type SubscriptionStatus = 'testing' | 'reportSubmitted' | 'open' | 'returned' | 'closed';

export interface Subscription {
  code: string;
  public: boolean;
  status: SubscriptionStatus;
  qualification: Qualification | null;
  reportRef: string | null;
  requestedAt: string | null;
  openedAt: string | null;
  history: { at: string; what: string; ruleId: string }[];
}

export type GrantStatus = 'offered' | 'accepted' | 'closed';

export interface Grant {
  code: string;
  usingUnit: string;
  status: GrantStatus;
  /** E-UU-8: the using unit's special-industry proof, for a non-public capability */
  qualification: Qualification | null;
  offeredAt: string;
  acceptedAt: string | null;
}

export interface ChangeReport {
  kind: ChangeKind;
  effectiveOn: string;
  details: string;
  usingUnit: string | null;
  reportedAt: string;
  /** T-06: a relationship change reported after its 3-day window */
  late: boolean;
}

export interface NetworkState {
  filing: NetworkAddressFiling;
  status: 'open' | 'closed' | 'expired';
  updatedAt: string;
  history: { at: string; action: string; ruleId: string }[];
}

export interface TerminationFiling {
  id: string;
  effectiveOn: string;
  reason: string;
  filedAt: string;
  /** null: the whole DCU */
  usingUnits: string[] | null;
  status: 'scheduled' | 'withdrawn' | 'effective';
}

export interface DutiesSlice {
  /** capability subscriptions (P-CAP-*) and grants to using units (P-CAP-06) */
  capabilities: Subscription[];
  grants: Grant[];
  /** change reports (P-CHG-*, T-06) */
  changes: ChangeReport[];
  /** the network address filing (Annex 3, T-14) */
  network: NetworkState | null;
  /** termination filings (T-08, P-TRM-01): the whole DCU or some using units */
  terminationFilings: TerminationFiling[];
}

export function initialDuties(): DutiesSlice {
  return { capabilities: [], grants: [], changes: [], network: null, terminationFilings: [] };
}
