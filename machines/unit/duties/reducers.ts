/**
 * Chapter 5 duties and filings as reducers: change reports (P-CHG-*, T-06), platform upgrades
 * (T-07), the network address filing (Annex 3, T-14), termination filings (T-08, P-TRM-01) and
 * the cascade when a unit ends (P-TRM-04). The chart decides when each is legal.
 */
import { addDays, cstDate } from '../../calendar.js';
import { lastDay } from '../../policy.js';
import { publicCapabilities, qualifies, catalogueEntry, withGrant, withSubscription } from './capabilities.js';
import type { UnitContext } from '../context.js';
import type { ChangeReport, TerminationFiling } from './slice.js';
import type { CommandEvent, DeadlineEvent } from '../events.js';
import { fulfil, newObligation } from '../../obligations.js';
import { applyDerived, endAll } from '../usingUnits/memberships.js';

type Of<T extends CommandEvent['type']> = Extract<CommandEvent, { type: T }>;
type Change = Partial<UnitContext>;

const today = (e: { at: string }): string => cstDate(e.at);

// capabilities

/** P-CAP-02, P-CAP-04: requested; the sandbox test starts. */
export function subscribe(context: UnitContext, e: Of<'SUBSCRIBE_CAPABILITY'>): Change {
  const entry = catalogueEntry(context, e.code)!;
  return {
    capabilities: [
      ...context.capabilities,
      { code: e.code, public: entry.public, status: 'testing', qualification: e.qualification ?? null, reportRef: null, requestedAt: e.at, openedAt: null, history: [{ at: e.at, what: 'requested; sandbox testing', ruleId: 'P-CAP-02' }] },
    ],
  };
}

export function submitTestReport(context: UnitContext, e: Of<'SUBMIT_CAPABILITY_TEST_REPORT'>): Change {
  return { capabilities: withSubscription(context, e.code, (s) => ({ ...s, status: 'reportSubmitted', reportRef: e.reportRef, history: [...s.history, { at: e.at, what: `test report ${e.reportRef}`, ruleId: 'P-CAP-04' }] })) };
}

/** P-CAP-05: opened; valid with the unit's term (T-16). */
export function confirmCapability(context: UnitContext, e: Of<'CONFIRM_CAPABILITY'>): Change {
  return { capabilities: withSubscription(context, e.code, (s) => ({ ...s, status: 'open', openedAt: e.at, history: [...s.history, { at: e.at, what: `opened: ${e.opinion}`, ruleId: 'P-CAP-05' }] })) };
}

/** S-02: outside the applicable industry → returned (closed); P-CAP-05: test not accepted → back to testing. */
export function returnCapability(context: UnitContext, e: Of<'RETURN_CAPABILITY'>): Change {
  const [status, ruleId] = e.reason === 'industry' ? (['returned', 'S-02'] as const) : (['testing', 'P-CAP-05'] as const);
  return { capabilities: withSubscription(context, e.code, (s) => ({ ...s, status, history: [...s.history, { at: e.at, what: `returned: ${e.opinion}`, ruleId }] })) };
}

/** P-CAP-06: offered to a using unit. */
export function authorizeCapability(context: UnitContext, e: Of<'AUTHORIZE_CAPABILITY'>): Change {
  return { grants: [...context.grants, { code: e.code, usingUnit: e.usingUnit, status: 'offered', qualification: null, offeredAt: e.at, acceptedAt: null }] };
}

/** E-UU-8: the using unit's industry qualification, required before a special capability is accepted. */
export function provideQualification(context: UnitContext, e: Of<'PROVIDE_QUALIFICATION'>): Change {
  return { grants: withGrant(context, e.code, e.usingUnit, (g) => ({ ...g, qualification: e.qualification })) };
}

export function acceptGrant(context: UnitContext, e: Of<'ACCEPT_CAPABILITY_AUTHORIZATION'>): Change {
  return { grants: withGrant(context, e.code, e.usingUnit, (g) => ({ ...g, status: 'accepted', acceptedAt: e.at })) };
}

/** A grant may be accepted once the capability's qualification (if any) is in. */
export function grantAcceptable(context: UnitContext, code: string, usingUnit: string): boolean {
  const entry = catalogueEntry(context, code);
  const grant = context.grants.find((g) => g.code === code && g.usingUnit === usingUnit && g.status === 'offered');
  return entry !== undefined && grant !== undefined && qualifies(entry, grant.qualification);
}

// change reports

/** P-CHG-01/02/03, T-06: recorded; a relationship change late after 3 days; a legal-representative change owes a re-signed agreement. */
export function reportChange(context: UnitContext, e: Of<'REPORT_CHANGE'>): Change {
  const late = e.kind === 'relationship' && today(e) > relationshipReportDueOn(context, e.effectiveOn);
  const report: ChangeReport = { kind: e.kind, effectiveOn: e.effectiveOn, details: e.details, usingUnit: e.usingUnit ?? null, reportedAt: e.at, late };
  let obligations = context.obligations;
  if (e.kind === 'relationship') {
    const detected = obligations.find((o) => o.kind === 'relationshipReport' && o.status !== 'fulfilled' && o.subject === relationshipSubject(e.usingUnit, e.effectiveOn));
    if (detected) obligations = fulfil(obligations, detected.id, e.at);
  }
  if (e.kind === 'legalRepresentative') {
    const dueOn = lastDay(context.policy, addDays(today(e), context.policy.resignAgreementDays));
    obligations = [...obligations, newObligation(obligations, 'signedAgreement', `legal representative changed ${e.effectiveOn}`, dueOn, addDays(dueOn, -7))];
  }
  return { changes: [...context.changes, report], obligations };
}

/** T-06: the last day to report a relationship change (3 calendar days, rolled past a rest day). */
export function relationshipReportDueOn(context: UnitContext, effectiveOn: string): string {
  return lastDay(context.policy, addDays(effectiveOn, context.policy.relationshipChangeReportDays));
}

export const relationshipSubject = (usingUnit: string | undefined, effectiveOn: string): string => `${usingUnit ?? 'DCU'} ${effectiveOn}`;

/** T-06: a change seen by monitoring must be reported by its 3rd day; otherwise it is overdue (S-12). */
export function detectRelationshipChange(context: UnitContext, e: Of<'DETECT_RELATIONSHIP_CHANGE'>): Change {
  const dueOn = relationshipReportDueOn(context, e.effectiveOn);
  return { obligations: [...context.obligations, newObligation(context.obligations, 'relationshipReport', relationshipSubject(e.usingUnit, e.effectiveOn), dueOn)] };
}

export function alreadyReported(context: UnitContext, e: Of<'DETECT_RELATIONSHIP_CHANGE'>): boolean {
  return context.changes.some((c) => c.kind === 'relationship' && c.effectiveOn === e.effectiveOn && c.usingUnit === (e.usingUnit ?? null));
}

export function submitSignedAgreement(context: UnitContext, e: Of<'SUBMIT_SIGNED_AGREEMENT'>): Change {
  const owed = context.obligations.find((o) => o.kind === 'signedAgreement' && o.status !== 'fulfilled')!;
  return { obligations: fulfil(context.obligations, owed.id, e.at) };
}

// platform upgrades

/** T-07 (P-VER-01, N-07): the upgrade is due 30 days after publication, reminded 7 days before. */
export function publishUpgrade(context: UnitContext, e: Of<'PUBLISH_VERSION_UPGRADE'>): Change {
  const dueOn = lastDay(context.policy, addDays(e.publishedOn, context.policy.versionUpgradeDays));
  return { obligations: [...context.obligations, newObligation(context.obligations, 'versionUpgrade', e.version, dueOn, addDays(dueOn, -context.policy.upgradeReminderDaysBefore))] };
}

export function completeUpgrade(context: UnitContext, e: Of<'COMPLETE_VERSION_UPGRADE'>): Change {
  const owed = context.obligations.find((o) => o.kind === 'versionUpgrade' && o.subject === e.version && o.status !== 'fulfilled')!;
  return { obligations: fulfil(context.obligations, owed.id, e.at) };
}

// network filing

/** P-ONB-06 / P-CHG-05 / T-14: open, change or close the filing. */
export function fileNetworkAddress(context: UnitContext, e: Of<'FILE_NETWORK_ADDRESS'>): Change {
  const status = e.filing.action === 'close' ? 'closed' : 'open';
  const history = [...(context.network?.history ?? []), { at: e.at, action: e.filing.action, ruleId: e.filing.action === 'open' ? 'P-ONB-06' : 'P-CHG-05' }];
  return { network: { filing: e.filing, status, updatedAt: e.at, history } };
}

export function networkExpired(context: UnitContext, e: DeadlineEvent): Change {
  const network = context.network!;
  return { network: { ...network, status: 'expired', updatedAt: e.at, history: [...network.history, { at: e.at, action: 'expired', ruleId: 'T-14' }] } };
}

export function networkReminded(context: UnitContext, e: DeadlineEvent): Change {
  const network = context.network!;
  return { network: { ...network, history: [...network.history, { at: e.at, action: 'reminded', ruleId: 'T-14' }] } };
}

// termination

/** T-08: the first allowed `effectiveOn` for a filing made on `today`. */
export function earliestEffectiveOn(context: UnitContext, at: string): string {
  return addDays(cstDate(at), context.policy.terminationLeadDays);
}

export function fileTermination(context: UnitContext, e: Of<'FILE_TERMINATION'>): Change {
  const filing: TerminationFiling = { id: `F-${context.terminationFilings.length + 1}`, effectiveOn: e.effectiveOn, reason: e.reason, filedAt: e.at, usingUnits: e.usingUnits ?? null, status: 'scheduled' };
  // P-TRM-01: the memberships named end on the effective day (their own T-08 deadline)
  const memberships = (e.usingUnits ?? []).reduce((all, uscc) => applyDerived(all, uscc, { type: 'SCHEDULE_MEMBERSHIP_END', effectiveOn: e.effectiveOn, reason: e.reason, at: e.at }), context.memberships);
  return { terminationFilings: [...context.terminationFilings, filing], memberships };
}

export function scheduledFilings(context: UnitContext) {
  return context.terminationFilings.filter((f) => f.status === 'scheduled');
}

/** WITHDRAW_TERMINATION withdraws the latest scheduled filing. */
export function withdrawTermination(context: UnitContext, at: string): Change {
  const latest = scheduledFilings(context).at(-1)!;
  const memberships = (latest.usingUnits ?? []).reduce((all, uscc) => applyDerived(all, uscc, { type: 'CANCEL_MEMBERSHIP_END', at }), context.memberships);
  return { terminationFilings: context.terminationFilings.map((f) => (f === latest ? { ...f, status: 'withdrawn' as const } : f)), memberships };
}

/** P-TRM-01 at the effective date: some using units' service ends (their memberships end on their own T-08 deadline; their grants close here). */
export function filingTakesEffect(context: UnitContext, e: DeadlineEvent): Change {
  const filing = context.terminationFilings.find((f) => f.id === e.ref)!;
  const terminationFilings = context.terminationFilings.map((f) => (f.id === filing.id ? { ...f, status: 'effective' as const } : f));
  if (filing.usingUnits === null) return { terminationFilings, termination: { reason: `terminated at the unit's request: ${filing.reason}`, ruleId: 'T-08', at: e.at } };
  const grants = context.grants.map((g) => (filing.usingUnits!.includes(g.usingUnit) ? { ...g, status: 'closed' as const } : g));
  return { terminationFilings, grants };
}

/** P-TRM-04: when the unit ends, subscriptions and grants close, the network filing closes, filings lapse. */
export function cascadeTermination(context: UnitContext): Change {
  const at = context.termination?.at ?? '';
  return {
    capabilities: context.capabilities.map((s) => ({ ...s, status: 'closed' as const, history: [...s.history, { at, what: 'closed with the unit', ruleId: 'P-TRM-04' }] })),
    grants: context.grants.map((g) => ({ ...g, status: 'closed' as const })),
    network: context.network && { ...context.network, status: 'closed', updatedAt: at, history: [...context.network.history, { at, action: 'close', ruleId: 'P-TRM-04' }] },
    terminationFilings: context.terminationFilings.map((f) => (f.status === 'scheduled' ? { ...f, status: 'effective' as const } : f)),
    obligations: context.obligations.map((o) => (o.status === 'open' ? { ...o, status: 'waived' as const } : o)),
    memberships: endAll(context, at, context.termination?.reason ?? 'the unit ended'),
  };
}

/** At approval: the public capabilities open and the filed network address is in force. */
export function openService(context: UnitContext, at: string): Change {
  const filing = context.submission?.networkFiling;
  return {
    capabilities: publicCapabilities(context.policy.capabilityCatalogue, at),
    network: filing ? { filing, status: 'open', updatedAt: at, history: [{ at, action: 'open', ruleId: 'P-ONB-06' }] } : null,
  };
}
