/** The onboarding domain's guards (P-ONB-02, P-ONB-04, T-01): each with its rule and its own refusal (guard.ts). */
import { assertEvent } from 'xstate';
import { cstDate } from '../../calendar.js';
import { unmetRefusal } from '../../eligibility.js';
import { guard, type GuardArgs } from '../guard.js';
import { importProblems } from '../imports/check.js';
import { IMPORT_RULE } from '../imports/facts.js';

/** P-ONB-04: what the officer does instead of approving an application that fails a condition */
const INSTEAD = 'return the application instead (RETURN_APPLICATION, P-ONB-04); conditions the form cannot decide stay the officer’s to confirm';

/** The application's refusal by its unmet conditions (the one rule of admission decisions, eligibility.ts). */
function applicationRefusal({ context }: GuardArgs) {
  return context.eligibility ? unmetRefusal(context.eligibility, `the application of ${context.unitId}`, INSTEAD) : null;
}

export const onboardingGuards = {
  /** P-ONB-02: the application is for the unit this chart runs (workflow id `unit:<USCC>`) */
  forThisUnit: guard({
    rule: 'P-ONB-02',
    test: ({ context, event }) => {
      assertEvent(event, 'SUBMIT_APPLICATION');
      return event.application.dcuUscc === context.unitId;
    },
    refuse: ({ context, event }) => {
      assertEvent(event, 'SUBMIT_APPLICATION');
      return `application.dcuUscc ${event.application.dcuUscc} is not this unit, ${context.unitId}`;
    },
  }),
  /** T-01: an officer's explicit term end lies after the approval day */
  termEndAfterApproval: guard({
    rule: 'T-01',
    test: ({ event }) => {
      assertEvent(event, 'APPROVE_APPLICATION');
      return event.termEndsOn === undefined || event.termEndsOn > cstDate(event.at);
    },
    refuse: ({ event }) => {
      assertEvent(event, 'APPROVE_APPLICATION');
      return `termEndsOn ${event.termEndsOn} is not after the approval date ${cstDate(event.at)}`;
    },
  }),
  /**
   * P-ONB-04, E-DCU-*, E-UU-*, E-AUTH-* (decisions.md "Approval and unmet conditions"): the
   * application meets every form-decidable condition of the DCU, each simultaneous using unit and
   * the builder; otherwise APPROVE_APPLICATION is refused, listing every unmet one with its rule id.
   */
  conditionsMet: guard({
    rule: (args) => applicationRefusal(args)?.ruleId ?? 'P-ONB-04',
    test: ({ context }) => context.eligibility === null || context.eligibility.eligible,
    refuse: (args) => applicationRefusal(args)?.reason ?? 'the application has not been checked',
    unmet: (args) => applicationRefusal(args)?.unmet ?? [],
  }),
  /**
   * issue 18 item 5: the imported facts are ones a legal sequence of commands could have produced by
   * now (imports/check.ts); otherwise IMPORT_UNIT is refused, every impossible fact in `unmet` with its rule
   */
  importable: guard({
    rule: (args) => importRefusal(args)[0]?.ruleId ?? IMPORT_RULE,
    test: (args) => importRefusal(args).length === 0,
    refuse: (args) => `the facts of ${args.context.unitId} are not ones legal commands could have produced: ${importRefusal(args).map((p) => `${p.ruleId} (${p.message})`).join('; ')}`,
    unmet: (args) => importRefusal(args),
  }),
};

function importRefusal({ context, event }: GuardArgs) {
  assertEvent(event, 'IMPORT_UNIT');
  // an event that skipped the schema (a test asking `can`) has no facts to judge
  if (typeof event.facts !== 'object' || event.facts === null) return [{ ruleId: IMPORT_RULE, subject: context.unitId, message: 'no facts given' }];
  return importProblems(context.policy, context.unitId, event.facts, event.at);
}
