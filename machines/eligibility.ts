/**
 * The access conditions (rules.md §2) checked against a submitted application.
 *
 * Pure: every condition is reported, not just the first. A condition the form decides lands in
 * `met` or `unmet`; one it cannot decide (technical and security conditions, other conditions of
 * the tax authority, evidence to look at) lands in `forOfficer`, never passed silently. A false
 * declaration of such a condition is `unmet`: the unit itself says it does not meet it.
 */
import { z } from 'zod';
import { addMonths } from './calendar.js';
import type { Policy } from './policy.js';
import { flowDataRequired } from './membership/flowData.js';
import { combinedFigures, type ApplicationSubmission, type CreditRating, type ExemptSector, type UsingUnitRelationship } from './schemas/forms.js';
import type { UseRequestFacts } from './schemas/usingUnits.js';

/** one condition and the unit it concerns */
export const Finding = z.object({
  /** E-DCU-*, E-UU-*, E-AUTH-* */
  ruleId: z.string(),
  /** USCC of the unit concerned */
  subject: z.string(),
  message: z.string(),
});
export type Finding = z.infer<typeof Finding>;

/** every condition of an application, sorted by outcome */
export const EligibilityFindings = z.object({
  /** no unmet condition (the officer still confirms `forOfficer`) */
  eligible: z.boolean(),
  unmet: z.array(Finding),
  /** for the officer to confirm */
  forOfficer: z.array(Finding),
  met: z.array(Finding),
});
export type EligibilityFindings = z.infer<typeof EligibilityFindings>;

export interface EligibilityOptions {
  /** `YYYY-MM`, the month of the request; names the look-back windows (T-12a, T-12b) */
  requestMonth?: string;
  /** Q-10 reading (b): a third-party builder may also manage (default: reading (a), it may not) */
  thirdPartyMayManage?: boolean;
  /** `YYYY-MM-DD` CST, the day of the request: dated facts (relationship since, proof validity) are judged against it */
  today?: string;
}

/** E-AUTH-4: the ratings an authorized unit may have (F4.3(1)2; not a policy value) */
export const AUTHORIZED_UNIT_RATINGS: readonly CreditRating[] = ['A', 'B'];

const ORG_ROLE_LABEL = {
  HEAD_OFFICE: 'head office (总公司)',
  GROUP_HQ: 'group headquarters (集团企业总部)',
  ACTUAL_CONTROLLER: 'actual controlling unit (实际控制单位)',
  OTHER: 'other',
} as const;

function yuan(n: number): string {
  const [int = '0', dec] = n.toFixed(2).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return dec === '00' ? `¥${grouped}` : `¥${grouped}.${dec}`;
}

function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** T-12a reading (a) and T-12b reading (a), from the request month. */
function windows(requestMonth: string | undefined): { invoices: string; revenue: string } {
  if (requestMonth === undefined || !/^\d{4}-(0[1-9]|1[0-2])$/.test(requestMonth)) {
    return { invoices: 'the 12 months before the request month', revenue: 'the previous year' };
  }
  const first = addMonths(`${requestMonth}-01`, -12).slice(0, 7);
  const last = addMonths(`${requestMonth}-01`, -1).slice(0, 7);
  return { invoices: `${first} … ${last}`, revenue: String(Number(requestMonth.slice(0, 4)) - 1) };
}

/** Checks E-DCU-*, E-UU-* (simultaneous using units) and E-AUTH-* (the builder, if any). */
export function checkEligibility(
  submission: ApplicationSubmission,
  policy: Policy,
  options: EligibilityOptions = {},
): EligibilityFindings {
  const unmet: Finding[] = [];
  const forOfficer: Finding[] = [];
  const met: Finding[] = [];
  const f = submission.application;
  const dcu = f.dcuUscc;

  /** met or unmet by a fact of the form */
  const decide = (ok: boolean, ruleId: string, subject: string, yes: string, no: string): void => {
    (ok ? met : unmet).push({ ruleId, subject, message: ok ? yes : no });
  };
  /** a declaration the officer confirms; a negative one is unmet */
  const declared = (ok: boolean, ruleId: string, subject: string, confirm: string, no: string): void => {
    if (ok) forOfficer.push({ ruleId, subject, message: `for the officer to confirm: ${confirm}` });
    else unmet.push({ ruleId, subject, message: no });
  };
  const officer = (ruleId: string, subject: string, message: string): void => {
    forOfficer.push({ ruleId, subject, message: `for the officer to confirm: ${message}` });
  };

  // ----- direct-connect unit (§2.1)
  if (f.orgRole === 'OTHER') {
    officer('E-DCU-1', dcu, 'the unit is not a head office, group headquarters or actual controlling unit; the list is open (等)');
  } else {
    met.push({ ruleId: 'E-DCU-1', subject: dcu, message: `the unit is the ${ORG_ROLE_LABEL[f.orgRole]}` });
  }

  declared(
    f.attestations.selfUseOnly,
    'E-DCU-2',
    dcu,
    'services only for the unit and its subordinate units, not mainly for gain, no basic-service fees',
    'the unit does not declare self-use only (services for others or for gain)',
  );

  decide(f.inPilotScope, 'E-DCU-3', dcu, 'in the digital e-invoice pilot scope', 'not in the digital e-invoice pilot scope (数电票开票试点)');

  decide(
    policy.dcuRatings.includes(f.creditRating),
    'E-DCU-4',
    dcu,
    `credit rating ${f.creditRating}`,
    `credit rating ${f.creditRating} is not one of ${policy.dcuRatings.join(', ')}`,
  );

  // E-DCU-5/6 with E-UU-11: the DCU plus the units requesting at the same time, each once
  const sums = combinedFigures(f);
  const win = windows(options.requestMonth);
  const entities = `${sums.counted.length} unit${sums.counted.length === 1 ? '' : 's'} (the DCU and ${sums.counted.length - 1} simultaneous using unit${sums.counted.length === 2 ? '' : 's'})`;
  decide(
    sums.revenueCny >= policy.minRevenueCny,
    'E-DCU-5',
    dcu,
    `revenue of ${win.revenue} ${yuan(sums.revenueCny)} over ${entities} ≥ ${yuan(policy.minRevenueCny)}`,
    `revenue of ${win.revenue} ${yuan(sums.revenueCny)} over ${entities} is below ${yuan(policy.minRevenueCny)}`,
  );
  decide(
    sums.invoiceCount >= policy.minInvoiceCount,
    'E-DCU-6',
    dcu,
    `${count(sums.invoiceCount)} invoices issued and received in ${win.invoices} over ${entities} ≥ ${count(policy.minInvoiceCount)}`,
    `${count(sums.invoiceCount)} invoices issued and received in ${win.invoices} over ${entities} is below ${count(policy.minInvoiceCount)}`,
  );

  decide(
    !f.hasMajorTaxViolation3y,
    'E-DCU-7',
    dcu,
    'no major tax violation in the last three years',
    'a major tax violation determined in the last three years (近三年内重大税收违法行为)',
  );
  decide(f.canProvideTaxData, 'E-DCU-8', dcu, 'can provide the tax data required', 'cannot provide the tax data the tax authority requires (F1.12)');

  declared(
    f.attestations.securityCompliance,
    'E-DCU-9',
    dcu,
    'network- and data-security compliance, truthful reporting, joint liability for using units',
    'the unit does not declare network- and data-security compliance',
  );
  const right = f.attestations.softwareRight;
  declared(
    f.attestations.itCapability && right !== null,
    'E-DCU-10',
    dcu,
    `IT capability and the ${right ?? 'software'} right in the own system (material 3)`,
    right === null
      ? 'no software copyright, right of use or authorization in the own system'
      : 'the unit does not declare IT construction, service and O&M (or construction-management) capability',
  );
  const e11 = (
    [
      ['dataRetentionPerTa', 'storing data as required'],
      ['riskRulesEmbedded', 'embedded risk-control rules'],
      ['auditInterfaceOpen', 'an online-audit interface'],
    ] as const
  ).filter(([key]) => !f.attestations[key]);
  declared(
    e11.length === 0,
    'E-DCU-11',
    dcu,
    'data storage, embedded risk-control rules and the online-audit interface',
    `not declared: ${e11.map(([, label]) => label).join(', ')}`,
  );
  officer('E-DCU-12', dcu, 'any other condition set by the tax authority (税务机关确定的其他条件)');

  // ----- using units requesting at the same time (§2.2): the same function as a use request's (P-UU-01/02)
  for (const uu of f.usingUnits) {
    const found = checkUsingUnit(uu, { uscc: uu.uscc, name: uu.name, dcuUscc: dcu }, policy, options.today);
    unmet.push(...found.unmet);
    forOfficer.push(...found.forOfficer);
    met.push(...found.met);
    // G5.4, N-24: no contact given for it: its notices go to the officer instead (shown here, escalated at each notice)
    if (uu.contact === undefined) officer('P-ONB-08', uu.uscc, `no contact is given for ${uu.name}: its notices will reach the officer instead of it (G5.4, N-24)`);
  }

  // ----- the authorized builder (§2.3)
  const au = f.authorizedUnit;
  if (au) {
    const s = au.uscc;
    const mayManage = au.relation === 'affiliate' || options.thirdPartyMayManage === true;
    decide(
      au.scope === 'buildOnly' || mayManage,
      'E-AUTH-1',
      s,
      `${au.relation === 'affiliate' ? 'an affiliate' : 'a third party'} authorized to ${au.scope === 'buildAndManage' ? 'build and manage' : 'build'}`,
      `${au.name} is a third party: it may build, not manage (Q-10 reading a)`,
    );
    if (au.relation === 'affiliate') {
      officer(
        'E-AUTH-1',
        s,
        `${au.name} is an affiliate (关联企业)${au.affiliationProofRef ? ` (evidence ${au.affiliationProofRef})` : ', no evidence given'}`,
      );
    }
    declared(au.canCoordinateSystems, 'E-AUTH-2', s, `${au.name} can coordinate building or adapting the DCU's and using units' systems`, `${au.name} does not declare it can coordinate the systems' construction`);
    decide(au.inPilotScope, 'E-AUTH-3', s, 'in the digital e-invoice pilot scope', `${au.name} is not in the digital e-invoice pilot scope`);
    decide(
      AUTHORIZED_UNIT_RATINGS.includes(au.creditRating),
      'E-AUTH-4',
      s,
      `credit rating ${au.creditRating}${au.creditRating === 'B' ? '; periodic goods/funds/cash-flow data required (O-27)' : ''}`,
      `${au.name}: credit rating ${au.creditRating} is not one of ${AUTHORIZED_UNIT_RATINGS.join(', ')}`,
    );
    decide(!au.hasMajorTaxViolation3y, 'E-AUTH-5', s, 'no major tax violation in the last three years', `${au.name}: a major tax violation determined in the last three years`);
    decide(au.canProvideTaxData, 'E-AUTH-6', s, 'can provide the tax data required', `${au.name} cannot provide the tax data required`);
    declared(
      au.itCapability && au.softwareRight !== null,
      'E-AUTH-7',
      s,
      `${au.name}'s IT capability and its ${au.softwareRight ?? 'software'} right`,
      au.softwareRight === null
        ? `${au.name} has no software copyright, right of use or authorization in its own system`
        : `${au.name} does not declare strong IT construction, service and O&M capability`,
    );
    declared(au.dataRetentionRiskRulesAudit, 'E-AUTH-8', s, 'data storage, embedded risk-control rules and the online-audit interface', `${au.name} does not declare data storage, risk-control rules and the audit interface`);
    declared(au.securityCompliance, 'E-AUTH-9', s, 'security compliance, truthful reporting and joint liability', `${au.name} does not declare security compliance`);
  }

  return { eligible: unmet.length === 0, unmet, forOfficer, met };
}

/**
 * The one rule of every admission decision (P-ONB-04 for the application, P-UU-01/02 for a use
 * request; decisions.md "Approval and unmet conditions"): it is refused while a form-decidable
 * condition is unmet, and the refusal lists every unmet condition with its rule id; the rule the
 * refusal cites is the first unmet condition's. Conditions the form cannot decide (`forOfficer`)
 * never refuse: they are the deciding officer's to confirm.
 */
export function unmetRefusal(findings: EligibilityFindings, who: string, instead: string): { ruleId: string; reason: string; unmet: Finding[] } {
  const listed = findings.unmet.map((f) => `${f.ruleId} (${f.message})`).join('; ');
  return { ruleId: findings.unmet[0]?.ruleId ?? 'P-ONB-04', reason: `${who} does not meet ${listed}; ${instead}`, unmet: findings.unmet };
}

/** USCCs that owe periodic flow data once admitted: B/M using units, B-rated builders (O-27). */
export function flowDataSubjects(submission: ApplicationSubmission): string[] {
  const f = submission.application;
  const subjects = f.usingUnits.filter((uu) => uu.creditRating === 'B' || uu.creditRating === 'M').map((uu) => uu.uscc);
  if (f.authorizedUnit?.creditRating === 'B') subjects.push(f.authorizedUnit.uscc);
  return subjects;
}

/** A using unit whose E-UU conditions are checked: who it is and which DCU it would use. */
export interface UsingUnitSubject {
  uscc: string;
  name: string;
  dcuUscc: string;
  /** the DCU's view, from its invitation; a different declaration is for the officer */
  invitedAs?: UsingUnitRelationship | undefined;
}

/** The policy values E-UU-3 and E-UU-7 read (the unit policy and the membership policy both have them). */
export interface UsingUnitRules {
  /** E-UU-3 */
  usingUnitRatings: readonly CreditRating[];
  /** E-UU-7: sectors designated at provincial level or above */
  exemptSectors: readonly ExemptSector[];
}

/** The facts E-UU-1…7 are judged on: a use request's (P-UU-01/02) or a simultaneous using unit's of the application (F1.18). */
export type UsingUnitFacts = Pick<UseRequestFacts, 'relationship' | 'creditRating' | 'inPilotScope' | 'hasMajorTaxViolation3y' | 'canProvideTaxData'> &
  Partial<Pick<UseRequestFacts, 'relationshipSince' | 'relationshipProofRef' | 'proofValidUntil' | 'exemptSector'>>;

const RELATIONSHIP_LABEL: Record<UseRequestFacts['relationship'], string> = {
  SELF: 'the DCU itself',
  HEAD_BRANCH: 'same head office / branch (同一总分公司)',
  GROUP_MEMBER: 'member of the same group (集团企业成员单位)',
  EQUITY_CONTROL: 'mutual equity control (相互股权控制)',
  NONE: 'no relationship (无关联关系)',
};

/**
 * E-UU-1…7, the one eligibility function of a using unit on every path (issue 12 fault 10): a
 * simultaneous using unit of the application (P-ONB-04, P-ONB-08), an invited one that accepts
 * (P-UU-01) and one that applies (P-UU-02) get the same answer for the same facts. Every condition
 * is reported: `unmet` refuses, `forOfficer` goes to the deciding authority, `met` is kept.
 * `today` (CST date) judges dated facts; without it they are not dated.
 */
export function checkUsingUnit(facts: UsingUnitFacts, subject: UsingUnitSubject, rules: UsingUnitRules, today?: string): EligibilityFindings {
  const unmet: Finding[] = [];
  const forOfficer: Finding[] = [];
  const met: Finding[] = [];
  const s = subject.uscc;
  const n = subject.name || s;
  const decide = (ok: boolean, ruleId: string, yes: string, no: string): void => {
    (ok ? met : unmet).push({ ruleId, subject: s, message: ok ? yes : `${n}: ${no}` });
  };
  const officer = (ruleId: string, message: string): void => {
    forOfficer.push({ ruleId, subject: s, message: `for the officer to confirm: ${message}` });
  };

  decide(facts.inPilotScope, 'E-UU-1', 'in the digital e-invoice pilot scope', 'not in the digital e-invoice pilot scope (数电票开票试点)');

  // E-UU-2: one of the four relationships; SELF is the DCU and only the DCU; a stranger is refused
  const rel = facts.relationship;
  if (rel === 'NONE') {
    unmet.push({ ruleId: 'E-UU-2', subject: s, message: `${n}: no relationship with the DCU; only the DCU itself, the same head office/branch, a group member or mutual equity control may use its system (G2.2(1)2)` });
  } else if (rel === 'SELF' && s !== subject.dcuUscc) {
    unmet.push({ ruleId: 'E-UU-2', subject: s, message: `${n}: SELF is only for the DCU itself (${subject.dcuUscc})` });
  } else if (rel !== 'SELF' && s === subject.dcuUscc) {
    unmet.push({ ruleId: 'E-UU-2', subject: s, message: 'the DCU as its own using unit must declare SELF' });
  } else {
    met.push({ ruleId: 'E-UU-2', subject: s, message: `relationship: ${RELATIONSHIP_LABEL[rel]}` });
  }
  if (today !== undefined && facts.relationshipSince !== undefined && facts.relationshipSince > today) {
    unmet.push({ ruleId: 'E-UU-2', subject: s, message: `${n}: the relationship takes effect on ${facts.relationshipSince}, after today (${today})` });
  }
  if (subject.invitedAs !== undefined && rel !== 'NONE' && subject.invitedAs !== rel) {
    officer('E-UU-2', `the DCU invited ${n} as ${subject.invitedAs}; ${n} declares ${rel}`);
  }

  decide(
    rules.usingUnitRatings.includes(facts.creditRating),
    'E-UU-3',
    `credit rating ${facts.creditRating}${flowDataRequired(facts.creditRating) ? '; periodic goods/funds/cash-flow data required (O-27)' : ''}`,
    `credit rating ${facts.creditRating} is not one of ${rules.usingUnitRatings.join(', ')}`,
  );
  decide(!facts.hasMajorTaxViolation3y, 'E-UU-4', 'no major tax violation in the last three years', 'a major tax violation determined in the last three years (近三年内重大税收违法行为)');
  decide(facts.canProvideTaxData, 'E-UU-5', 'cooperates in providing tax data and accepts supervision', 'cannot cooperate in providing tax data as the tax authority requires');
  officer('E-UU-6', `any other condition set by the tax authority for ${n}`);

  // E-UU-7: proof, or a sector the policy designates as exempt; SELF needs neither
  if (rel === 'SELF') {
    met.push({ ruleId: 'E-UU-7', subject: s, message: 'the DCU itself: no relationship proof needed' });
  } else if (facts.relationshipProofRef !== undefined) {
    if (today !== undefined && facts.proofValidUntil !== undefined && facts.proofValidUntil < today) {
      unmet.push({ ruleId: 'E-UU-7', subject: s, message: `${n}: relationship proof ${facts.relationshipProofRef} expired on ${facts.proofValidUntil}` });
    } else {
      met.push({ ruleId: 'E-UU-7', subject: s, message: `relationship proof ${facts.relationshipProofRef}` });
    }
  } else if (facts.exemptSector !== undefined) {
    decide(
      rules.exemptSectors.includes(facts.exemptSector),
      'E-UU-7',
      `${facts.exemptSector}: a sector the policy designates as exempt, no relationship proof needed`,
      `sector ${facts.exemptSector} is not designated as exempt (designated: ${rules.exemptSectors.join(', ') || 'none'}); relationship proof required`,
    );
  } else {
    unmet.push({ ruleId: 'E-UU-7', subject: s, message: `${n}: no relationship proof and no exempt sector (G3.1(2)2(1))` });
  }

  return { eligible: unmet.length === 0, unmet, forOfficer, met };
}
