/**
 * The authorized builder (被授权单位, Annex 4, P-ONB-07, E-AUTH-*): who it is, what it may do,
 * its conditions, the letter that authorizes it and the DCU's joint liability for it. A pure
 * projection of the application; the letter-iff-builder rule itself is the submission schema's
 * (G3.1(1)5), repeated here as `letter.required` / `letter.provided` for the record.
 */
import { checkEligibility, type EligibilityFindings, type EligibilityOptions } from '../eligibility.js';
import type { Policy } from '../policy.js';
import type { ApplicationSubmission } from '../schemas/forms.js';
import { flowDataRequired } from './flowData.js';

export interface BuilderEntry {
  uscc: string;
  name: string;
  /** E-AUTH-1: affiliate (关联企业) or third party */
  relation: 'affiliate' | 'thirdParty';
  /** E-AUTH-1: what it was authorized to do */
  scope: 'buildAndManage' | 'buildOnly';
  /** E-AUTH-1, F4.2: an affiliate that builds and manages may implement the Leqi connection for the DCU */
  mayActForDcu: boolean;
  /** E-AUTH-1…9 only, in the application's findings shape */
  eligibility: EligibilityFindings;
  /** G3.1(1)5: the letter (附4) is required because a builder exists */
  letter: { required: true; provided: boolean; startsOn: string | null; endsOn: string | null };
  /** E-AUTH-10 (F4.1): the DCU is jointly liable for the builder's violations; E-AUTH-9: the builder for the UUs' */
  jointLiability: { ruleId: 'E-AUTH-10'; liable: string; for: string; text: string };
  /** E-AUTH-4, O-27: a B-rated builder submits flow data each period */
  flowDataRequired: boolean;
}

/** The builder named in the application, or null when the DCU builds its own system. */
export function authorizedBuilder(submission: ApplicationSubmission, policy: Policy, options: EligibilityOptions = {}): BuilderEntry | null {
  const f = submission.application;
  const au = f.authorizedUnit;
  if (!au) return null;
  const all = checkEligibility(submission, policy, options);
  const mine = <T extends { ruleId: string; subject: string }>(xs: T[]): T[] => xs.filter((x) => x.ruleId.startsWith('E-AUTH-') && x.subject === au.uscc);
  const unmet = mine(all.unmet);
  const letter = submission.authorizationLetter;
  return {
    uscc: au.uscc,
    name: au.name,
    relation: au.relation,
    scope: au.scope,
    mayActForDcu: au.relation === 'affiliate' && au.scope === 'buildAndManage',
    eligibility: { eligible: unmet.length === 0, unmet, forOfficer: mine(all.forOfficer), met: mine(all.met) },
    letter: { required: true, provided: letter !== undefined, startsOn: letter?.startsOn ?? null, endsOn: letter?.endsOn ?? null },
    jointLiability: {
      ruleId: 'E-AUTH-10',
      liable: f.dcuUscc,
      for: au.uscc,
      text: `${f.dcuName} bears joint liability for serious consequences of violations by ${au.name} (附4 一)`,
    },
    flowDataRequired: flowDataRequired(au.creditRating, 'builder'),
  };
}
