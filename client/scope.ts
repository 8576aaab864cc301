/**
 * Read scoping (issue 14): who reads what. A using unit reads only its own membership's view (its
 * status, its capabilities and grants, notices addressed to it (in its audit trail), its own cases); a unit reads its own
 * unit; an officer reads the units of their authority (the DCU's or a using unit's competent
 * authority, `LeqiAuthorities`; the provincial bureau reads every unit); the system and the auditor
 * read everything (read-only for the auditor). The HTTP API and the CLI apply the same functions;
 * `readScopeTable` is the table in docs/interfaces.md.
 */
import { defaultPolicy } from '../machines/policy.js';
import type { AuditEntry } from '../machines/schemas/audit.js';
import type { StateSummary } from '../machines/unit/summary.js';
import type { ListFilter } from './listing.js';
import type { ApiRole } from './roles.js';

/** who reads: a token's principal or the CLI's actor; `units` null means no unit list (every unit its role allows) */
export interface Reader {
  role: ApiRole;
  id: string;
  /** an officer's 11-digit tax-authority code */
  authority?: string;
  /** `unit` and `usingUnit` tokens: the DCUs named on the token; null: not limited by a list */
  units: string[] | null;
}

/** What a using unit reads of a DCU: its own membership, never the DCU's or another using unit's data. */
export interface UsingUnitView {
  unitId: string;
  /** the DCU's phase (whether its service runs) */
  phase: StateSummary['phase'];
  closed: boolean;
  /** this using unit's membership */
  usingUnit: StateSummary['usingUnits'][number];
  /** capabilities with a grant to this using unit, and only its own grants */
  capabilities: StateSummary['capabilities'];
  /** cases whose target is this using unit */
  cases: StateSummary['cases'];
}

/** The read-scope table (docs/interfaces.md): per role, what state, audit and listings show. */
export const readScopeTable: { role: ApiRole; sees: string; state: string; audit: string; list: string }[] = [
  { role: 'officer', sees: 'units of their authority: the DCU’s or a using unit’s competent authority (`LeqiAuthorities`); the provincial bureau sees every unit', state: 'full summary', audit: 'full trail', list: '`LeqiAuthorities = "<authority>"` added (none for the provincial bureau)' },
  { role: 'unit', sees: 'the DCUs named on its token', state: 'full summary of its own unit', audit: 'full trail of its own unit', list: 'only its units; no free `query`' },
  { role: 'usingUnit', sees: 'the DCUs named on its token where it is a using unit', state: 'its membership view: DCU phase, its own membership with its history, capabilities with its own grants, cases targeting it', audit: 'its own commands and the notices addressed to it (without their recipients’ addresses); its membership’s and its cases’ history are in its state view', list: 'only its DCUs; no free `query`' },
  { role: 'system', sees: 'every unit', state: 'full summary', audit: 'full trail', list: 'every unit' },
  { role: 'auditor', sees: 'every unit, read-only', state: 'full summary', audit: 'full trail, the decision record and the security log (`/v1/audit`)', list: 'every unit' },
];

/** Whether the reader may see this unit at all (a unit it may not see answers exactly like one that does not exist). */
export function mayRead(reader: Reader, summary: Pick<StateSummary, 'unitId' | 'authorities' | 'usingUnits'>, provincialBureau = defaultPolicy.provincialBureau): boolean {
  if (reader.units !== null && !reader.units.includes(summary.unitId)) return false;
  if (reader.role === 'usingUnit') return summary.usingUnits.some((u) => u.uscc === reader.id);
  if (reader.role === 'officer') return !!reader.authority && (reader.authority === provincialBureau || summary.authorities.includes(reader.authority));
  return true;
}

/** The state as this reader may read it (call `mayRead` first). */
export function scopedState(reader: Reader, summary: StateSummary): StateSummary | UsingUnitView {
  if (reader.role !== 'usingUnit') return summary;
  const own = summary.usingUnits.find((u) => u.uscc === reader.id)!;
  return {
    unitId: summary.unitId,
    phase: summary.phase,
    closed: summary.closed,
    usingUnit: own,
    capabilities: summary.capabilities
      .map((c) => ({ ...c, grants: c.grants.filter((g) => g.usingUnit === reader.id) }))
      .filter((c) => c.public || c.grants.length > 0),
    cases: summary.cases.filter((c) => c.target?.usingUnit === reader.id),
  };
}

/**
 * The audit trail as this reader may read it. A using unit reads its own commands (applied or
 * rejected) and the notices addressed to it (`addressedTo`), without their `reason` (it names every
 * recipient's address) and with itself as the only addressee; what was done to its membership and
 * its cases is in its view's `usingUnit.history` and `cases[].history`.
 */
export function scopedAudit(reader: Reader, entries: AuditEntry[]): AuditEntry[] {
  if (reader.role !== 'usingUnit') return entries;
  return entries.flatMap((e): AuditEntry[] => {
    if (e.actor.role === 'usingUnit' && e.actor.id === reader.id) return [e];
    if (e.kind !== 'notice' || !e.addressedTo?.includes(reader.id)) return [];
    const { reason: _reason, ...notice } = e;
    return [{ ...notice, addressedTo: [reader.id] }];
  });
}

/** The narrowing a reader's listings get (ANDed with the filter asked for). */
export function listScope(reader: Reader, provincialBureau = defaultPolicy.provincialBureau): Pick<ListFilter, 'unitIds' | 'authority'> {
  if (reader.units !== null) return { unitIds: reader.units };
  if (reader.role === 'officer') return reader.authority === provincialBureau ? {} : { authority: reader.authority ?? '00000000000' };
  return {};
}
