/** The facts the chart's case and duty notices carry (their templates are in activities/notices). */
import { findCase } from './cases.js';
import type { UnitContext } from '../context.js';
import type { Notice } from '../../notice.js';

/** the id of the case a command just opened */
export function lastCaseId(context: UnitContext): string {
  return context.cases[context.cases.length - 1]?.id ?? '';
}

/** A notice about one duty: its rule, subject and last day. */
export function obligationNotice(context: UnitContext, id: string, template: Notice['template'], to: Notice['to']): Notice {
  const o = context.obligations.find((x) => x.id === id);
  return { template, ruleId: o?.ruleId ?? 'S-12', to, facts: { obligation: o?.kind ?? null, subject: o?.subject ?? null, dueOn: o?.dueOn ?? null } };
}

/** A notice about one case: its rule, measures and the date by which to act. */
export function caseNotice(context: UnitContext, caseId: string, template: Notice['template'], ruleId: string, to: Notice['to']): Notice {
  const c = findCase(context, caseId);
  return {
    template,
    ruleId,
    to,
    facts: {
      caseId,
      kind: c?.kind ?? null,
      caseRuleId: c?.ruleId ?? null,
      measures: c?.measures.join(', ') ?? null,
      dueOn: c?.dueOn ?? null,
      target: c?.target?.usingUnit ?? null,
      details: c?.details ?? null,
      outcome: c?.outcome ?? null,
      // a case on one using unit is told to that using unit only (recipients.ts; decisions.md "Sanction target")
      ...(c?.target ? { usingUnit: c.target.usingUnit } : {}),
    },
  };
}
