/**
 * The relationship ledger (关联关系台账, O-03, P-UU-04): one entry per admission with the
 * relationship, its proof or exemption, effective dates and every change; kept after it ends.
 */
import { cstDate } from '../calendar.js';
import type { ExemptSector } from '../schemas/forms.js';
import type { DeclaredRelationship } from '../schemas/usingUnits.js';

export interface LedgerChange {
  at: string;
  /** admitted | suspended | restored | rating | endScheduled | endWithdrawn | ended */
  change: string;
  ruleId: string;
  details: string;
}

export interface LedgerEntry {
  uscc: string;
  name: string;
  relationship: DeclaredRelationship;
  relationshipSince: string | null;
  proofRef: string | null;
  exemptSector: ExemptSector | null;
  competentAuthority: string | null;
  path: 'invitation' | 'application' | 'simultaneous';
  /** first day of service (the approval day) */
  effectiveFrom: string;
  /** last day of service (inclusive); null while the membership lasts */
  effectiveTo: string | null;
  changes: LedgerChange[];
}

/** A ledger row as published: the entry and whether it is current (O-03 reconciliation). */
export interface LedgerRow extends LedgerEntry {
  current: boolean;
}

export function openEntry(entry: Omit<LedgerEntry, 'changes' | 'effectiveTo'>, at: string, ruleId: string): LedgerEntry {
  return { ...entry, effectiveTo: null, changes: [{ at, change: 'admitted', ruleId, details: `admitted via ${entry.path}` }] };
}

/** Records a change on the current (open) entry. */
export function noteChange(entries: LedgerEntry[], change: LedgerChange): LedgerEntry[] {
  const i = entries.findIndex((e) => e.effectiveTo === null);
  return i < 0 ? entries : entries.map((e, j) => (j === i ? { ...e, changes: [...e.changes, change] } : e));
}

/** Closes the current entry: `at` is the instant service stops, so the last day is the day before when it is 00:00. */
export function closeEntry(entries: LedgerEntry[], at: string, ruleId: string, details: string): LedgerEntry[] {
  const lastDay = at.endsWith('T00:00:00+08:00') ? cstDate(Date.parse(at) - 1) : cstDate(at);
  return noteChange(entries, { at, change: 'ended', ruleId, details }).map((e) =>
    e.effectiveTo === null ? { ...e, effectiveTo: lastDay < e.effectiveFrom ? e.effectiveFrom : lastDay } : e,
  );
}

/** The DCU's ledger over all its memberships, oldest admission first; ended ones stay. */
export function ledger(memberships: Iterable<{ context: { ledger: LedgerEntry[] } }>): LedgerRow[] {
  const rows: LedgerRow[] = [];
  for (const m of memberships) for (const e of m.context.ledger) rows.push({ ...e, current: e.effectiveTo === null });
  return rows.sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : a.uscc.localeCompare(b.uscc)));
}
