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
import { combinedFigures, type ApplicationSubmission, type CreditRating } from './schemas/forms.js';

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

  // ----- using units requesting at the same time (§2.2)
  for (const uu of f.usingUnits) {
    const s = uu.uscc;
    decide(uu.inPilotScope, 'E-UU-1', s, 'in the digital e-invoice pilot scope', `${uu.name} is not in the digital e-invoice pilot scope`);
    met.push({ ruleId: 'E-UU-2', subject: s, message: `relationship ${uu.relationship} with the DCU` });
    const flow = uu.creditRating === 'B' || uu.creditRating === 'M';
    decide(
      policy.usingUnitRatings.includes(uu.creditRating),
      'E-UU-3',
      s,
      `credit rating ${uu.creditRating}${flow ? '; periodic goods/funds/cash-flow data required (O-27)' : ''}`,
      `${uu.name}: credit rating ${uu.creditRating} is not one of ${policy.usingUnitRatings.join(', ')}`,
    );
    decide(!uu.hasMajorTaxViolation3y, 'E-UU-4', s, 'no major tax violation in the last three years', `${uu.name}: a major tax violation determined in the last three years`);
    decide(uu.canProvideTaxData, 'E-UU-5', s, 'can cooperate in providing tax data', `${uu.name} cannot cooperate in providing tax data`);
    officer('E-UU-6', s, `any other condition set by the tax authority for ${uu.name}`);
    if (uu.relationshipProofRef !== undefined) {
      met.push({ ruleId: 'E-UU-7', subject: s, message: `relationship proof ${uu.relationshipProofRef}` });
    } else if (uu.exemptSector !== undefined) {
      officer('E-UU-7', s, `${uu.exemptSector} is a sector designated at provincial level or above, so ${uu.name} needs no relationship proof`);
    } else {
      unmet.push({ ruleId: 'E-UU-7', subject: s, message: `${uu.name}: no relationship proof and no exempt sector` });
    }
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

/** USCCs that owe periodic flow data once admitted: B/M using units, B-rated builders (O-27). */
export function flowDataSubjects(submission: ApplicationSubmission): string[] {
  const f = submission.application;
  const subjects = f.usingUnits.filter((uu) => uu.creditRating === 'B' || uu.creditRating === 'M').map((uu) => uu.uscc);
  if (f.authorizedUnit?.creditRating === 'B') subjects.push(f.authorizedUnit.uscc);
  return subjects;
}
