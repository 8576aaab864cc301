/**
 * E-AUTH-4, O-27, T-17: a B-rated authorized builder submits goods/funds/cash-flow data each
 * period, like a B/M-rated using unit (same duties as machines/membership/flowData.ts, kept in the
 * unit's own context because the builder is no membership).
 */
import { firstDuties, flowDataRequired, flowDeadlines, markOverdue, markReminded, owedDuty, submit as submitFlowData, type FlowDuty } from '../../membership/flowData.js';
import type { UnitContext } from '../context.js';
import type { Deadline } from '../deadline.js';
import type { DeadlineEvent } from '../events.js';

const rulesOf = (context: UnitContext) => ({ flowDataCadence: context.policy.flowDataCadence, periodGraceDays: context.policy.periodGraceDays });

export function builderUscc(context: UnitContext): string | null {
  return context.submission?.application.authorizedUnit?.uscc ?? null;
}

/** At approval: the first period's duty, if the builder is rated B. */
export function firstBuilderDuties(context: UnitContext, at: string): FlowDuty[] {
  const builder = context.submission?.application.authorizedUnit;
  return builder && flowDataRequired(builder.creditRating, 'builder') ? firstDuties(at, rulesOf(context)) : [];
}

export function builderOwes(context: UnitContext, event: { usingUnit: string; period: string; at: string }): boolean {
  return event.usingUnit === builderUscc(context) && owedDuty(context.builderFlow, event.period, event.at) !== undefined;
}

export function submitBuilderFlow(context: UnitContext, event: { period: string; at: string; ref: string }): FlowDuty[] {
  return submitFlowData(context.builderFlow, event.period, event.at, event.ref, rulesOf(context));
}

export function builderFlowDeadlines(context: UnitContext): Deadline[] {
  const uscc = builderUscc(context);
  if (!uscc) return [];
  return flowDeadlines(uscc, context.builderFlow).map((d) => ({ key: `builder:${d.key}`, what: 'builderFlowData' as const, sub: d.what, at: d.at, ruleId: d.ruleId, ref: uscc, ...(d.period ? { period: d.period } : {}) }));
}

export function builderFlowDeadlineFired(context: UnitContext, event: DeadlineEvent): FlowDuty[] {
  return event.sub === 'flowDataOverdue' ? markOverdue(context.builderFlow, event.period!, rulesOf(context)) : markReminded(context.builderFlow, event.period!);
}
