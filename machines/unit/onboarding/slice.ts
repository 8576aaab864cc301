/** The onboarding domain's slice of the unit context: the application, its eligibility findings and its review (P-ONB-*). */
import type { EligibilityFindings } from '../../eligibility.js';
import type { ApplicationSubmission } from '../../schemas/forms.js';

export interface Review {
  submittedAt: string;
  /** T-18, T-25: since when the application waits for the officer (null while returned or decided) */
  pendingSince: string | null;
  returns: { at: string; opinion: string; reasons: string[] }[];
  decidedAt: string | null;
  opinion: string | null;
}

export interface OnboardingSlice {
  submission: ApplicationSubmission | null;
  eligibility: EligibilityFindings | null;
  review: Review | null;
}

export function initialOnboarding(): OnboardingSlice {
  return { submission: null, eligibility: null, review: null };
}
