/**
 * The duties domain's guards: capabilities (P-CAP-*, E-DCU-13, E-UU-8), change reports (P-CHG-*,
 * T-06), upgrades (T-07), the network filing (P-CHG-05) and termination filings (T-08, P-TRM-01);
 * each with its rule and its own refusal (guard.ts).
 */
import { assertEvent } from 'xstate';
import { cstDate } from '../../calendar.js';
import { eventRule, fieldOf, guard, type GuardArgs } from '../guard.js';
import { usingUnitStatus } from '../usingUnits/status.js';
import type { ChangeKind } from './changeCommands.js';
import { catalogueEntry, liveGrant, qualifies, subscription } from './capabilities.js';
import { alreadyReported, earliestEffectiveOn, grantAcceptable, scheduledFilings } from './reducers.js';

const codeOf = ({ event }: GuardArgs): string => fieldOf(event, 'code') ?? '';
const usingUnitOf = ({ event }: GuardArgs): string => fieldOf(event, 'usingUnit') ?? '';
const grantOf = (args: GuardArgs) => liveGrant(args.context, codeOf(args), usingUnitOf(args));

export const dutyGuards = {
  /** P-CAP-02: the capability is in the policy's catalogue */
  inCatalogue: guard({
    rule: 'P-CAP-02',
    test: (args) => catalogueEntry(args.context, codeOf(args)) !== undefined,
    refuse: (args) => `${codeOf(args)} is not in the capability catalogue`,
  }),
  /** P-CAP-02: one live subscription per capability */
  notSubscribed: guard({
    rule: 'P-CAP-02',
    test: (args) => subscription(args.context, codeOf(args)) === undefined,
    refuse: (args) => `${codeOf(args)} is already ${subscription(args.context, codeOf(args))?.status}`,
  }),
  /** E-DCU-13, S-02: a non-public capability needs a qualification in an applicable industry */
  industryQualified: guard({
    rule: 'E-DCU-13',
    test: ({ context, event }) => {
      assertEvent(event, 'SUBSCRIBE_CAPABILITY');
      const entry = catalogueEntry(context, event.code);
      return entry !== undefined && qualifies(entry, event.qualification);
    },
    refuse: (args) => `${codeOf(args)} is a non-public capability for ${catalogueEntry(args.context, codeOf(args))?.industries.join(', ')}: a qualification in one of them is required (E-DCU-13, S-02)`,
  }),
  /** the subscription is in one of the given statuses (P-CAP-04…06) */
  subscriptionIs: guard<{ status: readonly string[] }>({
    rule: eventRule,
    test: (args, params) => {
      const s = subscription(args.context, codeOf(args));
      return s !== undefined && params.status.includes(s.status);
    },
    refuse: (args, params) => `${codeOf(args)} is ${subscription(args.context, codeOf(args))?.status ?? 'not subscribed'}; ${args.event.type} needs it ${params.status.join(' or ')}`,
  }),
  /** P-CAP-06: grants go to active using units only */
  usingUnitActive: guard({
    rule: 'P-CAP-06',
    test: (args) => usingUnitStatus(args.context, usingUnitOf(args)) === 'active',
    refuse: (args) => `${usingUnitOf(args)} is ${usingUnitStatus(args.context, usingUnitOf(args)) ?? 'not a using unit of this unit'}, not active`,
  }),
  /** P-CAP-06: one live grant per capability and using unit */
  notGranted: guard({
    rule: 'P-CAP-06',
    test: (args) => grantOf(args) === undefined,
    refuse: (args) => `${codeOf(args)} is already ${grantOf(args)?.status} to ${usingUnitOf(args)}`,
  }),
  /** P-CAP-06: an offer of the capability to the using unit is open */
  grantOffered: guard({
    rule: 'P-CAP-06',
    test: (args) => grantOf(args)?.status === 'offered',
    refuse: (args) => `no open offer of ${codeOf(args)} to ${usingUnitOf(args)}${grantOf(args) ? ` (${grantOf(args)?.status})` : ''}`,
  }),
  /** E-UU-8: the using unit's qualification must be in one of the capability's industries */
  grantQualificationFits: guard({
    rule: 'E-UU-8',
    test: ({ context, event }) => {
      assertEvent(event, 'PROVIDE_QUALIFICATION');
      const entry = catalogueEntry(context, event.code);
      return entry !== undefined && !entry.public && entry.industries.includes(event.qualification.industry);
    },
    refuse: ({ context, event }) => {
      assertEvent(event, 'PROVIDE_QUALIFICATION');
      const entry = catalogueEntry(context, event.code);
      return entry?.public ? `${event.code} is public: no qualification is needed` : `the qualification's industry ${event.qualification.industry} is not one of ${entry?.industries.join(', ')} (E-UU-8)`;
    },
  }),
  /** P-CAP-06, E-UU-8: the offer is open and, for a non-public capability, the qualification is in */
  grantAcceptable: guard({
    rule: 'P-CAP-06',
    test: (args) => grantAcceptable(args.context, codeOf(args), usingUnitOf(args)),
    refuse: (args) => (grantOf(args)?.status === 'offered' ? `${codeOf(args)} needs the using unit's qualification first (PROVIDE_QUALIFICATION, E-UU-8)` : `no open offer of ${codeOf(args)} to ${usingUnitOf(args)}`),
  }),
  /** P-CHG-01, T-06: a change about a using unit must name one of this unit's using units */
  changeSubjectKnown: guard({
    rule: 'P-CHG-01',
    test: ({ context, event }) => {
      assertEvent(event, ['REPORT_CHANGE', 'DETECT_RELATIONSHIP_CHANGE']);
      return event.usingUnit === undefined || usingUnitStatus(context, event.usingUnit) !== undefined;
    },
    refuse: ({ event }) => `${fieldOf(event, 'usingUnit')} is not a using unit of this unit`,
  }),
  /** the reported change is of one of the given kinds (T-06 relationship, P-CHG-02 legal representative) */
  changeKindIs: guard<{ kinds: readonly ChangeKind[] }>({
    rule: eventRule,
    test: ({ event }, params) => {
      assertEvent(event, 'REPORT_CHANGE');
      return params.kinds.includes(event.kind);
    },
    refuse: ({ event }, params) => {
      assertEvent(event, 'REPORT_CHANGE');
      return `a ${event.kind} change, not ${params.kinds.join(' or ')}`;
    },
  }),
  /** T-06: the relationship change was already reported by the unit */
  alreadyReported: guard({
    rule: 'T-06',
    test: ({ context, event }) => {
      assertEvent(event, 'DETECT_RELATIONSHIP_CHANGE');
      return alreadyReported(context, event);
    },
    refuse: () => 'the change is not reported yet (T-06)',
  }),
  /** P-CHG-02: a re-signed agreement is owed (after a legal-representative change) */
  agreementOwed: guard({
    rule: 'P-CHG-02',
    test: ({ context }) => context.obligations.some((o) => o.kind === 'signedAgreement' && o.status !== 'fulfilled'),
    refuse: () => 'no signed agreement is owed: only a legal-representative change asks for a re-signed agreement (P-CHG-02)',
  }),
  /** T-07: a version published by today, not published before */
  newVersion: guard({
    rule: 'T-07',
    test: ({ context, event }) => {
      assertEvent(event, 'PUBLISH_VERSION_UPGRADE');
      return event.publishedOn <= cstDate(event.at) && !context.obligations.some((o) => o.kind === 'versionUpgrade' && o.subject === event.version);
    },
    refuse: ({ event }) => {
      assertEvent(event, 'PUBLISH_VERSION_UPGRADE');
      return event.publishedOn > cstDate(event.at) ? `publishedOn ${event.publishedOn} is after today (${cstDate(event.at)})` : `version ${event.version} is already published`;
    },
  }),
  /** T-07: an upgrade to this version is owed */
  upgradeOwed: guard({
    rule: 'T-07',
    test: ({ context, event }) => context.obligations.some((o) => o.kind === 'versionUpgrade' && o.subject === fieldOf(event, 'version') && o.status !== 'fulfilled'),
    refuse: ({ event }) => `no upgrade to version ${fieldOf(event, 'version')} is owed`,
  }),
  /** P-ONB-06 / P-CHG-05: open only when nothing is in force, change or close only what is; for this unit; not already ended */
  networkActionFits: guard({
    rule: 'P-CHG-05',
    test: ({ context, event }) => {
      assertEvent(event, 'FILE_NETWORK_ADDRESS');
      const { filing } = event;
      if (filing.unitUscc !== context.unitId) return false;
      if (filing.validity.type === 'temporary' && filing.validity.endsOn < cstDate(event.at)) return false;
      const inForce = context.network?.status === 'open';
      return filing.action === 'open' ? !inForce : context.network !== null && (filing.action === 'change' || inForce);
    },
    refuse: ({ context, event }) => {
      assertEvent(event, 'FILE_NETWORK_ADDRESS');
      const { filing } = event;
      if (filing.unitUscc !== context.unitId) return `filing.unitUscc ${filing.unitUscc} is not this unit, ${context.unitId}`;
      if (filing.validity.type === 'temporary' && filing.validity.endsOn < cstDate(event.at)) return `the temporary filing ended on ${filing.validity.endsOn}`;
      return filing.action === 'open' ? 'a network filing is already in force: change or close it' : `no network filing ${filing.action === 'close' ? 'in force' : 'on record'} to ${filing.action}`;
    },
  }),
  /** T-08: effectiveOn at least 30 days after the filing day */
  leadTime: guard({
    rule: 'T-08',
    test: ({ context, event }) => {
      assertEvent(event, 'FILE_TERMINATION');
      return event.effectiveOn >= earliestEffectiveOn(context, event.at);
    },
    refuse: ({ context, event }) => {
      assertEvent(event, 'FILE_TERMINATION');
      return `effectiveOn ${event.effectiveOn} is less than ${context.policy.terminationLeadDays} days ahead; the earliest allowed is ${earliestEffectiveOn(context, event.at)} (T-08)`;
    },
  }),
  /** T-08, P-TRM-01: the using units named are this unit's and still served; one filing for the whole unit at a time */
  filingScopeValid: guard({
    rule: 'P-TRM-01',
    test: ({ context, event }) => {
      assertEvent(event, 'FILE_TERMINATION');
      if (!event.usingUnits) return !scheduledFilings(context).some((f) => f.usingUnits === null);
      return event.usingUnits.every((u) => ['active', 'suspended'].includes(usingUnitStatus(context, u) ?? ''));
    },
    refuse: ({ context, event }) => {
      assertEvent(event, 'FILE_TERMINATION');
      if (!event.usingUnits) return 'the whole unit’s termination is already filed';
      const unserved = event.usingUnits.filter((u) => !['active', 'suspended'].includes(usingUnitStatus(context, u) ?? ''));
      return unserved.map((u) => `${u} is ${usingUnitStatus(context, u) ?? 'not a using unit of this unit'}, not a serving using unit`).join('; ');
    },
  }),
  /** P-TRM-01: a filing that has not yet taken effect can be withdrawn */
  filingScheduled: guard({
    rule: 'P-TRM-01',
    test: ({ context, event }) => scheduledFilings(context).some((f) => f.effectiveOn > cstDate(event.at)),
    refuse: () => 'nothing is filed to withdraw: no termination filing is scheduled (P-TRM-01)',
  }),
  /** T-08: the whole unit's termination is filed and not yet effective */
  unitTerminationFiled: guard({
    rule: 'T-08',
    test: ({ context }) => scheduledFilings(context).some((f) => f.usingUnits === null),
    refuse: () => 'no termination of the whole unit is filed',
  }),
  /** P-TRM-01: the due filing ends some using units only */
  filingForUsingUnits: guard({
    rule: 'P-TRM-01',
    test: ({ context, event }) => context.terminationFilings.find((f) => f.id === fieldOf(event, 'ref'))?.usingUnits != null,
    refuse: () => 'the filing ends the whole unit',
  }),
};
