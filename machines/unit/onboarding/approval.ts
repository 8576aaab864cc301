/** What an approval does to the unit (P-ONB-04, T-01): APPROVE_APPLICATION applies it, and IMPORT_UNIT builds an imported unit with it. */
import * as builder from '../usingUnits/builderFlow.js';
import * as memberships from '../usingUnits/memberships.js';
import { cstDate } from '../../calendar.js';
import { firstMonitoringObligation } from '../../obligations.js';
import { initialTermEndsOn, newTerm } from '../term/dates.js';
import * as changes from '../duties/reducers.js';
import { withTerm } from '../term/startTerm.js';
import type { UnitContext } from '../context.js';

export interface Approval {
  /** the approval's instant */
  at: string;
  opinion: string;
  /** the officer's confirmed last day (T-01); absent: computed from the policy */
  termEndsOn?: string | undefined;
  baseConcurrency?: number | undefined;
}

/**
 * The context change of an approval at `a.at`: review decided, first monitoring run owed (O-16, T-11),
 * public capabilities and the network filing open (P-CAP-01, P-ONB-06), the simultaneous using units
 * admitted or waiting for their own authority (P-ONB-08, G3.1(2)1; `allAdmitted` admits all, as
 * histories before that gate did), the builder's duties, and the term (T-01) with past deadlines skipped.
 */
export function approvalChange(context: UnitContext, a: Approval, allAdmitted: boolean): Partial<UnitContext> {
  const approvedOn = cstDate(a.at);
  const endsOn = a.termEndsOn ?? initialTermEndsOn(context.policy, approvedOn);
  const base = a.baseConcurrency ?? context.concurrency.base;
  const review = context.review && { ...context.review, pendingSince: null, decidedAt: a.at, opinion: a.opinion };
  const withBase = { ...context, concurrency: { ...context.concurrency, base } };
  return {
    review,
    obligations: [firstMonitoringObligation(approvedOn, context.policy)],
    ...changes.openService(context, a.at),
    memberships: memberships.fromApplication(context, a.at, allAdmitted).memberships,
    builderFlow: builder.firstBuilderDuties(context, a.at),
    ...withTerm(withBase, newTerm(context.policy, 1, approvedOn, endsOn), a.at),
  };
}
