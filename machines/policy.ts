/**
 * Every number of the seed, in one place, each with the rule id it implements.
 *
 * Defaults are the readings of `spec/decisions.md`; the other readings are selectable options.
 * A deployment overrides any value with a JSON file (`LEQI_POLICY`), parsed by `Policy`.
 * Changing a number is a one-line change here plus a test.
 */
import { z } from 'zod';
import { CalendarDate, rollRestDay } from './calendar.js';

const months = z.number().int().min(0).max(120);
const days = z.number().int().min(0).max(3650);

/** One automatic step of the late-renewal throttle ladder (S-03, T-04). */
export const LadderStep = z.strictObject({
  /** fraction of the base concurrency limit */
  fraction: z.number().gt(0).lt(1),
  /** the step's date, as an offset from the renewal due date or from the term end */
  from: z.enum(['renewalDueOn', 'termEndsOn']),
  days: z.number().int().default(0),
  months: z.number().int().default(0),
});
export type LadderStep = z.infer<typeof LadderStep>;

/** A reminder before the renewal due date (T-02 reading a, A2.D3). */
export const RenewalReminder = z.strictObject({
  from: z.enum(['renewalDueOn', 'termEndsOn']),
  days: z.number().int().default(0),
  months: z.number().int().default(0),
});
export type RenewalReminder = z.infer<typeof RenewalReminder>;

/** One capability of the catalogue (G4.0, P-CAP-01, E-DCU-13). */
export const CatalogueEntry = z.strictObject({
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  name: z.string().min(1),
  /** public basic capabilities open at approval, with no request (P-CAP-01, Q-25) */
  public: z.boolean(),
  /** non-public ones only for units qualified in one of these industries (E-DCU-13, S-02) */
  industries: z.array(z.string().min(1)).default([]),
});
export type CatalogueEntry = z.infer<typeof CatalogueEntry>;

export const Policy = z.object({
  /** issue 18: the policy version's id, named in every unit's summary and audit */
  version: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$/, 'a version id: letters, digits, . _ -').default('default'),
  /** issue 18: the CST day from which this version applies (null: from the unit's start) */
  effectiveOn: CalendarDate.nullable().default(null),
  /** T-01: initial term length in years ("2个自然年度") */
  initialTermYears: z.number().int().min(1).max(10).default(2),
  /**
   * T-01: how the initial term's last day is read.
   * A: 31 Dec of the year after approval; B: 31 Dec two calendar years after the approval year;
   * C: the corresponding day two years after approval (default). An officer's `termEndsOn` wins.
   */
  termEndReading: z.enum(['A', 'B', 'C']).default('C'),
  /** T-02: the renewal request is due this many calendar months before the term end (inclusive) */
  renewalDueMonthsBeforeEnd: months.default(3),
  /** T-02 (A2.D3): reminders before the due date */
  renewalReminders: z.array(RenewalReminder).default([
    { from: 'termEndsOn', months: -4, days: 0 },
    { from: 'renewalDueOn', days: -7, months: 0 },
  ]),
  /** S-03, T-04: 'automatic' applies the ladder; 'officerOnly' only reminds and leaves levels to SET_CONCURRENCY */
  ladderMode: z.enum(['automatic', 'officerOnly']).default('automatic'),
  /** S-03, T-04: the late-renewal ladder; each step at 00:00 CST of its date, with a reminder */
  ladder: z.array(LadderStep).default([
    { fraction: 0.5, from: 'renewalDueOn', days: 1, months: 0 },
    { fraction: 0.25, from: 'termEndsOn', months: -2, days: 0 },
    { fraction: 0.1, from: 'termEndsOn', months: -1, days: 0 },
  ]),
  /** T-03: a late request keeps the throttle until approval, or lifts it at once */
  lateRequest: z.enum(['holdUntilDecision', 'liftOnRequest']).default('holdUntilDecision'),
  /** T-03: no request at term end terminates automatically, or asks the officer */
  noRequestAtTermEnd: z.enum(['terminate', 'officerConfirms']).default('terminate'),
  /** T-03 (A2.R3): after a rejected renewal, no new request this term, or allow one */
  afterRejection: z.enum(['terminateAtEnd', 'allowNewRequest']).default('terminateAtEnd'),
  /** T-03: a request undecided at term end escalates to the officer every this many days */
  undecidedEscalationEveryDays: days.min(1).default(1),
  /** T-04, S-06: the default base concurrency limit (the officer may set it at approval) */
  baseConcurrency: z.number().int().positive().default(100),
  /** S-06: the security throttle as a fraction of the base, unless the officer gives `limit` */
  securityThrottleFraction: z.number().gt(0).lt(1).default(0.5),
  /** T-09: rectification and observation windows, in months, set per case by the officer */
  caseWindowMonths: z.strictObject({ min: z.number().int().min(1).default(1), max: z.number().int().min(1).default(3) }).default({ min: 1, max: 3 }),
  /** S-05, S-07, T-09: warning notice this many days before an unconfirmed window ends */
  windowWarningDaysBefore: days.default(7),
  /** S-04: days to submit rectification feedback to a risk warning */
  riskFeedbackDays: days.min(1).default(15),
  /** T-06: days to report a relationship change after it took effect */
  relationshipChangeReportDays: days.min(1).default(3),
  /** T-07: days to complete a platform version upgrade after publication */
  versionUpgradeDays: days.min(1).default(30),
  /** T-08: minimum lead time of a termination filing, in days */
  terminationLeadDays: days.min(1).default(30),
  /** days before an invitation to a using unit lapses */
  invitationExpiryDays: days.min(1).default(30),
  /** O-27, T-17, O-16, T-11: days after a period ends to submit its data */
  periodGraceDays: days.default(15),
  /** O-16, T-11: the invoice-risk monitoring run's cadence, per the agreement */
  monitoringCadence: z.enum(['monthly', 'quarterly']).default('quarterly'),
  /** E-UU-7: sectors whose using units need no relationship proof (designated at provincial level or above) */
  exemptSectors: z.array(z.enum(['RAILWAY', 'CIVIL_AVIATION', 'HIGHWAY', 'OTHER_DESIGNATED'])).default(['RAILWAY', 'CIVIL_AVIATION', 'HIGHWAY']),
  /** O-27, T-17: the flow-data cadence for B/M-rated using units and a B-rated builder */
  flowDataCadence: z.enum(['monthly', 'quarterly']).default('quarterly'),
  /** E-UU-10: reading a blocks invitations and consents while suspended; reading b every step of an admission */
  newUsingUnitGate: z.enum(['invitationAndConsent', 'wholeAdmission']).default('invitationAndConsent'),
  /** G4.0: the capability catalogue (configurable) */
  capabilityCatalogue: z.array(CatalogueEntry).default([
    { code: 'INVOICE_ISSUE', name: '发票开具 invoice issuing', public: true, industries: [] },
    { code: 'INVOICE_DELIVERY', name: '发票交付 invoice delivery', public: true, industries: [] },
    { code: 'INVOICE_QUERY', name: '发票查询 invoice query', public: true, industries: [] },
    { code: 'REFINED_OIL_INVOICE', name: '成品油发票 refined-oil invoices', public: false, industries: ['REFINED_OIL'] },
    { code: 'RARE_EARTH_INVOICE', name: '稀土发票 rare-earth invoices', public: false, industries: ['RARE_EARTH'] },
    { code: 'TOBACCO_INVOICE', name: '卷烟发票 tobacco invoices', public: false, industries: ['TOBACCO'] },
  ]),
  /** T-07: a reminder this many days before an upgrade is due */
  upgradeReminderDaysBefore: days.default(7),
  /** T-14, N-25: a reminder this many days before a temporary network filing ends */
  networkFilingReminderDaysBefore: days.default(15),
  /** P-CHG-02 (T-23, seed: "promptly"): days to submit the re-signed agreement; reminded 7 days before */
  resignAgreementDays: days.min(1).default(30),
  /** T-10, O-14: a terminated unit's workflow stays open this many months (or until ARCHIVE) */
  closeTerminatedAfterMonths: months.default(6),
  /** T-18, T-25: a request waiting longer than this for an officer escalates */
  pendingDecisionEscalationDays: days.min(1).default(15),
  /** E-DCU-5: previous-year revenue of the unit plus simultaneous using units, in CNY */
  minRevenueCny: z.number().nonnegative().default(50_000_000),
  /** E-DCU-6: invoices issued + received in the 12 months before the request month */
  minInvoiceCount: z.number().int().nonnegative().default(50_000),
  /** E-DCU-4: credit ratings a direct-connect unit may have */
  dcuRatings: z.array(z.enum(['A', 'B', 'M', 'C', 'D'])).default(['A', 'B']),
  /** E-UU-3: credit ratings a using unit may have */
  usingUnitRatings: z.array(z.enum(['A', 'B', 'M', 'C', 'D'])).default(['A', 'B', 'M']),
  /** Civil Code art. 203 option: rest days that roll a last day to the next working day */
  restDays: z.array(CalendarDate).default([]),
  /**
   * issue 18: the years whose rest days `restDays` lists in full (the official calendar's snapshot, or
   * a year listed by hand once published); a deadline in another year is a visible calendar warning
   */
  restDayYears: z.array(z.number().int().min(2000).max(2200)).default([]),
  /** issue 18: where `restDays` came from, e.g. `chinese-days@1.5.7` (null: listed by hand) */
  calendarSource: z.string().max(100).nullable().default(null),
  /** forces continue-as-new after this many history events (null: Temporal's suggestion only) */
  continueAsNewAfterEvents: z.number().int().positive().nullable().default(null),
  /** request ids remembered for idempotency (contract): the last this many requests… */
  requestIdWindow: z.number().int().min(10).default(1000),
  /** …or those of the last this many days, whichever is smaller */
  requestIdWindowDays: z.number().int().min(1).default(90),
  /**
   * decisions.md "Who decides": the provincial bureau (国家税务总局四川省税务局), 11-digit tax-authority
   * code; its officers send the platform-wide commands (version upgrades)
   */
  provincialBureau: z.string().regex(/^\d{11}$/, 'an 11-digit tax-authority code').default('15100000000'),
  /**
   * rejected signals recorded in full per unit and period (CST day); beyond it one counted summary
   * entry per period, so a flood cannot grow a unit's history or record without bound
   */
  rejectedSignalsPerDay: z.number().int().min(1).max(10_000).default(50),
  /**
   * start-to-close of the effect activities (decision record, gateway), in seconds: a worker that dies
   * mid-activity holds the effect this long before another worker retries it
   */
  effectTimeoutSeconds: z.number().int().min(1).max(3600).default(60),
  /** start-to-close of `sendNotice`, in seconds; the sent-notice claim lease is half as long again */
  noticeTimeoutSeconds: z.number().int().min(1).max(3600).default(120),
});
export type Policy = z.infer<typeof Policy>;
export type PolicyOverrides = z.input<typeof Policy>;

/** The product's defaults (decisions.md). */
export const defaultPolicy: Policy = Policy.parse({});

/**
 * Civil Code art. 203 option (decisions.md): a last day that falls on a configured rest day rolls to
 * the next working day; dates derived from it (reminders, warnings) follow.
 */
export function lastDay(policy: Pick<Policy, 'restDays'>, date: string): string {
  return rollRestDay(date, policy.restDays);
}

/** The version a policy names (`default` for policies carried from before versions existed). */
export function policyVersion(policy: Partial<Pick<Policy, 'version'>>): string {
  return policy.version ?? 'default';
}

/**
 * Issue 18: the years the rest-day calendar covers — those snapshotted in full plus any year a
 * hand-kept `restDays` list names; empty when the art. 203 option is off (no rest days at all).
 */
export function coveredYears(policy: Pick<Policy, 'restDays'> & Partial<Pick<Policy, 'restDayYears'>>): number[] {
  const years = new Set([...(policy.restDayYears ?? []), ...policy.restDays.map((d) => Number(d.slice(0, 4)))]);
  return [...years].sort((a, b) => a - b);
}

/**
 * Issue 18: a last day whose year the rest-day calendar does not cover, while the art. 203 option is
 * on, cannot be rolled with confidence: the officer is warned (never a silent "no holidays").
 * Null when the option is off or the year is covered.
 */
export function uncoveredYear(policy: Pick<Policy, 'restDays'> & Partial<Pick<Policy, 'restDayYears'>>, date: string): number | null {
  const covered = coveredYears(policy);
  const year = Number(date.slice(0, 4));
  return covered.length === 0 || covered.includes(year) ? null : year;
}

/** Policy from overrides, validated; an unknown key or a bad value is an error, never ignored. */
export function makePolicy(overrides: PolicyOverrides = {}): Policy {
  return Policy.strict().parse(overrides);
}
