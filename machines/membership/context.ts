/** What one membership (DCU × using unit) remembers: its facts, decisions, duties and ledger, with absolute CST dates. */
import type { EligibilityFindings } from '../eligibility.js';
import type { Contact, UsingUnitRelationship } from '../schemas/forms.js';
import type { UseRequestFacts } from '../schemas/usingUnits.js';
import type { FlowDuty } from './flowData.js';
import type { LedgerEntry } from './ledger.js';
import type { MembershipPolicy } from './policy.js';

/** how the using unit came in: P-UU-01, P-UU-02, or declared with the DCU's application (P-ONB-08) */
export type AdmissionPath = 'invitation' | 'application' | 'simultaneous';

export interface Invitation {
  at: string;
  by: string;
  /** the DCU's view of the relationship (the using unit's own declaration is decided on) */
  relationship: UsingUnitRelationship;
  contact: Contact;
  message: string | null;
  /** the last day to accept (inclusive); it lapses at 00:00 CST of the next day */
  lastDay: string;
}

/** one line of the membership's own history: every transition, with its rule */
export interface MembershipHistoryEntry {
  at: string;
  what: string;
  ruleId: string;
  by: string;
}

export interface ScheduledEnd {
  /** T-08: the first day without service (the membership ends at 00:00 CST of it) */
  effectiveOn: string;
  reason: string;
  filedAt: string;
}

export interface MembershipEnd {
  at: string;
  reason: string;
  ruleId: string;
  by: string;
  caseId: string | null;
}

/** the use request's facts; a unit declared with the application has no contact of its own (null) */
export type MembershipFacts = Omit<UseRequestFacts, 'contact'> & { contact: Contact | null };

export interface MembershipContext {
  dcuUscc: string;
  uscc: string;
  name: string;
  rules: MembershipPolicy;
  path: AdmissionPath | null;
  invitation: Invitation | null;
  /** the use request's facts as the using unit gave them (null before it did) */
  facts: MembershipFacts | null;
  /** E-UU-11: requested at the same time as the DCU, so counted in E-DCU-5/6 */
  countedInInitialThresholds: boolean;
  eligibility: EligibilityFindings | null;
  returns: { at: string; opinion: string; reasons: string[] }[];
  /** the current admission's start (approval instant) */
  activeSince: string | null;
  /** ids of the open cases that suspend this membership (S-05, S-07) */
  suspendedBy: string[];
  scheduledEnd: ScheduledEnd | null;
  ended: MembershipEnd | null;
  /** O-27, T-17: one duty per period while the rating requires it */
  flowData: FlowDuty[];
  /** O-03: one entry per admission, kept after the membership ends */
  ledger: LedgerEntry[];
  history: MembershipHistoryEntry[];
}

/** what a membership is created with */
export interface MembershipSetup {
  dcuUscc: string;
  rules: MembershipPolicy;
}

/** the fields of one admission; a new admission after a lapse, a decline or an end starts from these (history, ledger and past duties stay) */
export const FRESH_ADMISSION = {
  invitation: null,
  facts: null,
  eligibility: null,
  returns: [],
  activeSince: null,
  suspendedBy: [],
  scheduledEnd: null,
  ended: null,
  countedInInitialThresholds: false,
} satisfies Partial<MembershipContext>;

export function initialMembershipContext(input: MembershipSetup & { uscc: string }): MembershipContext {
  return {
    dcuUscc: input.dcuUscc,
    uscc: input.uscc,
    name: '',
    rules: input.rules,
    path: null,
    ...FRESH_ADMISSION,
    flowData: [],
    ledger: [],
    history: [],
  };
}

/** whose actor an event names, for the history */
export function who(event: { actor?: { role: string; id: string } }): string {
  return event.actor ? `${event.actor.role}:${event.actor.id}` : 'system';
}
