/**
 * E-UU-1…7 for a using unit that accepts an invitation or applies (P-UU-01/02), every condition
 * reported: `unmet` refuses the request, `forOfficer` goes to the deciding authority, `met` is kept.
 * Same shape as the application's check (`machines/eligibility.ts`).
 */
import { cstDate } from '../calendar.js';
import type { EligibilityFindings, Finding } from '../eligibility.js';
import type { UseRequestFacts } from '../schemas/usingUnits.js';
import type { UsingUnitRelationship } from '../schemas/forms.js';
import { flowDataRequired } from './flowData.js';
import type { MembershipPolicy } from './policy.js';

export interface UsingUnitSubject {
  uscc: string;
  name: string;
  dcuUscc: string;
  /** the DCU's view, from its invitation; a different declaration is for the officer */
  invitedAs?: UsingUnitRelationship | undefined;
}

const RELATIONSHIP_LABEL: Record<UseRequestFacts['relationship'], string> = {
  SELF: 'the DCU itself',
  HEAD_BRANCH: 'same head office / branch (同一总分公司)',
  GROUP_MEMBER: 'member of the same group (集团企业成员单位)',
  EQUITY_CONTROL: 'mutual equity control (相互股权控制)',
  NONE: 'no relationship (无关联关系)',
};

/** Every E-UU condition for these facts at instant `at`. */
export function checkUsingUnit(facts: Omit<UseRequestFacts, 'contact'>, subject: UsingUnitSubject, rules: MembershipPolicy, at: string): EligibilityFindings {
  const unmet: Finding[] = [];
  const forOfficer: Finding[] = [];
  const met: Finding[] = [];
  const s = subject.uscc;
  const n = subject.name || s;
  const today = cstDate(at);
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
  if (facts.relationshipSince !== undefined && facts.relationshipSince > today) {
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

  // E-UU-7: proof, or a designated exempt sector; SELF needs neither
  if (rel === 'SELF') {
    met.push({ ruleId: 'E-UU-7', subject: s, message: 'the DCU itself: no relationship proof needed' });
  } else if (facts.relationshipProofRef !== undefined) {
    if (facts.proofValidUntil !== undefined && facts.proofValidUntil < today) {
      unmet.push({ ruleId: 'E-UU-7', subject: s, message: `${n}: relationship proof ${facts.relationshipProofRef} expired on ${facts.proofValidUntil}` });
    } else {
      met.push({ ruleId: 'E-UU-7', subject: s, message: `relationship proof ${facts.relationshipProofRef}` });
    }
  } else if (facts.exemptSector !== undefined) {
    decide(
      rules.exemptSectors.includes(facts.exemptSector),
      'E-UU-7',
      `${facts.exemptSector}: a designated sector, no relationship proof needed`,
      `sector ${facts.exemptSector} is not designated as exempt (designated: ${rules.exemptSectors.join(', ') || 'none'}); relationship proof required`,
    );
  } else {
    unmet.push({ ruleId: 'E-UU-7', subject: s, message: `${n}: no relationship proof and no exempt sector (G3.1(2)2(1))` });
  }

  return { eligible: unmet.length === 0, unmet, forOfficer, met };
}
