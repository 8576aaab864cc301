/** The using-unit membership model (P-UU-*, E-UU-*, E-AUTH-*, O-03, O-27): the unit chart's entry point. */
export { membershipMachine } from './machine.js';
export {
  canMembership,
  emptyMembership,
  forbiddenMembership,
  membershipFor,
  membershipFromApplication,
  startMembership,
  stepMembership,
  type MembershipStep,
} from './engine.js';
export { membershipRefusal, type MembershipRefusal } from './refusal.js';
export { membershipDeadlines, type MembershipDeadline } from './deadlines.js';
export { checkUsingUnit, type UsingUnitSubject } from '../eligibility.js';
export { ledger, type LedgerEntry, type LedgerRow } from './ledger.js';
export { authorizedBuilder, type BuilderEntry } from './builder.js';
export { addsUsingUnit, cascadeTargets, isUsingUnitCommand, serving, terminationScopeProblems, type NewUsingUnitGate } from './routing.js';
export { summarizeMembership, type UsingUnitSummary } from './summary.js';
export { usingUnitContact } from './recipients.js';
export { flowDataRequired, flowDeadlines, firstDuties, submit as submitFlowData, markOverdue as flowDataOverdue, type FlowDuty } from './flowData.js';
export { DEFAULT_EXEMPT_SECTORS, membershipPolicy, type MembershipPolicy } from './policy.js';
export type { MembershipContext, MembershipSetup } from './context.js';
export type { MembershipEvent, MembershipDeadlineEvent, MembershipDeadlineKind } from './events.js';
export { membershipDeadlineKinds } from './events.js';
export type { MembershipNotice, MembershipNoticeTemplate } from './notices.js';
export type { MembershipState, MembershipValue } from './state.js';
