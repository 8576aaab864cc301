/**
 * Issue 18 item 5: `IMPORT_UNIT` — a unit already in service is brought in from its current facts
 * (role `system`; update-with-start like SUBMIT_APPLICATION, workflow id `unit:<USCC>`). The facts
 * are those the commands that produced them would have carried: the application (SUBMIT_APPLICATION),
 * the approval (APPROVE_APPLICATION), the renewal (REQUEST/APPROVE/REJECT_RENEWAL), the officer's
 * level (SET_CONCURRENCY), the open cases (S-04…S-07), capabilities and grants (P-CAP-05/06) and the
 * open obligations (T-06, T-07). Dates are CST calendar days; nothing here is an instant: the import
 * instant is the workflow's clock.
 */
import { z } from 'zod';
import { CalendarDate } from '../../calendar.js';
import { command, Text } from '../../schemas/commandBase.js';
import { ApplicationSubmissionFields, refineApplicationSubmission, TaxAuthorityCode } from '../../schemas/forms.js';
import { cleanLine } from '../../schemas/text.js';
import { Uscc } from '../../uscc.js';
import { Measure, Target } from '../compliance/commands.js';
import { Qualification } from '../duties/capabilityCommands.js';

/** the rule an import is governed by: the unit's term as an approval set it (T-01); each refused fact names its own rule */
export const IMPORT_RULE = 'T-01';

const limit = z.number().int().positive().max(1_000_000);

/** One open case, as the command that opened it (S-04 warning, S-05 suspension, S-06 threat, S-07 measures) and its current window. */
export const ImportedCase = z.strictObject({
  kind: z.enum(['riskWarning', 'nonCompliance', 'securityThreat', 'obligationBreach']).meta({ description: 'S-04 riskWarning, S-05 nonCompliance, S-06 securityThreat, S-07 obligationBreach (APPLY_MEASURES)' }),
  /** the day the measure was imposed (T-09: the window and its 3-month cap count from it) */
  openedOn: CalendarDate,
  /** the window's current last day (inclusive): S-04 the feedback due day, S-05/S-07 rectification, S-06 observation */
  dueOn: CalendarDate,
  details: Text,
  /** S-07: the graduated measures in force (required for obligationBreach, refused for the other kinds) */
  measures: z.array(Measure).min(1).optional(),
  /** S-06: the level the threat imposes (default: the policy's security fraction of the base) */
  limit: limit.optional(),
  /** a using unit at fault (decisions.md "Sanction target"); absent: the DCU */
  target: Target.optional(),
});
export type ImportedCase = z.infer<typeof ImportedCase>;

/** One open obligation, as the command that created it. */
export const ImportedObligation = z.discriminatedUnion('kind', [
  /** T-07: PUBLISH_VERSION_UPGRADE — due 30 days after publication */
  z.strictObject({ kind: z.literal('versionUpgrade'), version: cleanLine(64), publishedOn: CalendarDate }),
  /** T-06: DETECT_RELATIONSHIP_CHANGE — a relationship change to report within 3 days of taking effect */
  z.strictObject({ kind: z.literal('relationshipReport'), effectiveOn: CalendarDate, usingUnit: Uscc.optional() }),
]);
export type ImportedObligation = z.infer<typeof ImportedObligation>;

/** The unit's current facts (strict: an unknown field is an error, like every command). */
export const UnitFacts = z.strictObject({
  /** what SUBMIT_APPLICATION carried: the F1 form (with the simultaneous using units and their ratings), materials, filing, contacts */
  submission: z.strictObject(ApplicationSubmissionFields).superRefine(refineApplicationSubmission),
  /** APPROVE_APPLICATION: the day, the deciding authority (must be the DCU's competent one, G3.1(1)), the officer and opinion */
  approval: z.strictObject({
    on: CalendarDate,
    authority: TaxAuthorityCode.optional(),
    officer: cleanLine(200),
    opinion: Text,
  }),
  /** the current term: `number` 1 is the initial term (from the approval day); a renewed term names its first and last day */
  term: z.strictObject({
    number: z.number().int().min(1).max(50),
    startsOn: CalendarDate.optional(),
    /** the last day (inclusive); absent for the initial term: T-01's computed end under the policy */
    endsOn: CalendarDate.optional(),
  }),
  /** the current term's renewal: notRequested | requested (on `requestedOn`) | approved (to `extendsTo`) | rejected */
  renewal: z.strictObject({
    status: z.enum(['notRequested', 'requested', 'approved', 'rejected']),
    requestedOn: CalendarDate.optional(),
    extendsTo: CalendarDate.optional(),
  }),
  /** T-04, S-03: the base, the late-renewal ladder step in force (0: none) and an officer's level */
  concurrency: z.strictObject({
    base: limit.optional(),
    ladderStep: z.number().int().min(0).max(20),
    officerLevel: z.strictObject({ limit, reason: Text, setOn: CalendarDate, replacesLadder: z.boolean().optional() }).optional(),
  }),
  cases: z.array(ImportedCase).max(100).optional(),
  /** P-CAP-05: non-public capabilities open, each with the DCU's qualification (E-DCU-13); public ones open at approval (P-CAP-01) */
  capabilities: z.array(z.strictObject({ code: cleanLine(100), openedOn: CalendarDate, qualification: Qualification.optional() })).max(100).optional(),
  /** P-CAP-06: capabilities the DCU authorized to a using unit */
  /** P-CAP-06: capabilities the DCU authorized to a using unit; an accepted non-public one carries the using unit's qualification (E-UU-8) */
  grants: z.array(z.strictObject({ code: cleanLine(100), usingUnit: Uscc, status: z.enum(['offered', 'accepted']), on: CalendarDate, qualification: Qualification.optional() })).max(1000).optional(),
  obligations: z.array(ImportedObligation).max(100).optional(),
});
export type UnitFacts = z.infer<typeof UnitFacts>;

export const ImportUnit = command('IMPORT_UNIT', {
  /** where the facts come from, for the audit's first entry: a file and row (`units.jsonl#12`) or a system's name */
  source: cleanLine(300),
  facts: UnitFacts,
});
export type ImportUnit = z.infer<typeof ImportUnit>;

export const importSchemas = [ImportUnit] as const;
