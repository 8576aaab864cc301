/**
 * Issue 18: `ADOPT_POLICY` — a live unit moves to a new policy version (decisions.md "Who decides":
 * `system` or a provincial-bureau officer). The whole policy travels in the command, validated as
 * strictly as a policy file, so the unit's history holds exactly the values it follows.
 */
import { cstDate } from '../calendar.js';
import { Policy, policyVersion } from '../policy.js';
import type { UnitContext } from './context.js';
import { command } from '../schemas/commandBase.js';

/** the rule id of a policy adoption: P-VER-02, tax business-rule updates (issue 18; decisions.md "Who decides" names the senders) */
export const ADOPTION_RULE = 'P-VER-02';

export const AdoptPolicy = command('ADOPT_POLICY', {
  /** the new version, values and effective date (machines/policy.ts); `version` is the idempotency key of a rollout */
  policy: Policy.strict(),
});

export const policySchemas = [AdoptPolicy] as const;

/**
 * The context after adopting `policy` at `at` (the command's instant): the values apply from `at` on
 * (`policyFrom`, read by deadlines.ts), never retroactively (policyPreview.ts states the rule).
 */
export function adoptPolicy(context: UnitContext, policy: Policy, at: string): UnitContext {
  return { ...context, policy, policyFrom: at, previousPolicy: policyVersion(context.policy) };
}

/** Why a unit cannot adopt `policy` at `at`, or null. */
export function adoptionRefusal(context: UnitContext, policy: Policy | undefined, at: string): string | null {
  if (!policy) return 'no policy given';
  if (!context.submission) return 'no application has been submitted: a new unit follows the worker’s policy from its start';
  if (policyVersion(context.policy) === policy.version) return `the unit already follows policy version ${policy.version}`;
  if (policy.effectiveOn && cstDate(at) < policy.effectiveOn) return `policy version ${policy.version} takes effect on ${policy.effectiveOn}; it is adopted on or after that day, never before`;
  return null;
}


/**
 * Who may read a unit's persisted state (query `persisted`, issue 18): `system`, or an officer of the
 * provincial bureau (decisions.md "Who decides": platform-wide matters). The reason, or null.
 */
export function persistedReadRefusal(reader: unknown, provincialBureau: string): string | null {
  const r = (typeof reader === 'object' && reader !== null ? reader : {}) as { role?: unknown; authority?: unknown };
  if (r.role === 'system') return null;
  if (r.role === 'officer' && r.authority === provincialBureau) return null;
  return `the persisted state is read only by system or an officer of the provincial bureau ${provincialBureau}`;
}
