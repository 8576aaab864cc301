/**
 * Who decides (decisions.md "Who decides", G3.1(1), G3.1(2)1, P-UU-*): every command an officer may
 * send names the competent tax authority it needs, and an officer of another authority, or of none,
 * is `Forbidden`. Pure: checked in `check` beside the role, so the update, the signal and every
 * client (HTTP, CLI, Temporal CLI, any SDK) meet the same rule.
 */
import type { CommandType } from '../schemas/commands.js';
import type { Command } from '../schemas/commands.js';
import type { UnitContext } from './context.js';
import { allowedRoles } from './events.js';

/**
 * The authority an officer's command needs:
 * - `dcu`: the DCU's competent tax authority (application, renewal, every measure on the DCU and its using units);
 * - `usingUnit`: the using unit's own competent authority (its use request, G3.1(2)1);
 * - `province`: the provincial bureau (platform-wide commands: version upgrades, policy adoption);
 * - `none`: officers may not send it at all (the role decides first).
 */
export type AuthorityNeed = 'dcu' | 'usingUnit' | 'province' | 'none';

const byType: Partial<Record<CommandType, AuthorityNeed>> = {
  APPROVE_USING_UNIT: 'usingUnit',
  RETURN_USING_UNIT: 'usingUnit',
  PUBLISH_VERSION_UPGRADE: 'province',
  ADOPT_POLICY: 'province',
};

/** The authority each command needs from an officer (`none` where officers may not send it). */
export function authorityNeed(type: CommandType): AuthorityNeed {
  if (!allowedRoles[type].includes('officer')) return 'none';
  return byType[type] ?? 'dcu';
}

/** What each need means, in the words of docs/interfaces.md. */
export const authorityNeedText: Record<AuthorityNeed, string> = {
  dcu: "the DCU's competent tax authority (G3.1(1))",
  usingUnit: "the using unit's own competent tax authority (G3.1(2)1)",
  province: 'the provincial bureau (policy `provincialBureau`)',
  none: '—',
};

/** The DCU's competent authority: the application's (G3.1(1)); null before an application. */
export function dcuAuthority(context: UnitContext): string | null {
  return context.submission?.application.competentTaxAuthority.trim() ?? null;
}

/** The one authority a command needs here, or null when none is known yet (no application, no use request). */
export function requiredAuthority(context: UnitContext, command: Command): string | null {
  const need = authorityNeed(command.type);
  if (need === 'dcu') return dcuAuthority(context);
  if (need === 'province') return context.policy.provincialBureau;
  if (need === 'usingUnit') {
    const uscc = (command as { usingUnit: string }).usingUnit;
    return context.memberships[uscc]?.context.facts?.competentTaxAuthority.trim() ?? null;
  }
  return null;
}

/**
 * Every competent authority of the unit: the DCU's and each of its using units' (the search
 * attribute `LeqiAuthorities`, read scoping); sorted, without duplicates.
 */
export function authoritiesOf(context: UnitContext): string[] {
  const all = [dcuAuthority(context), ...Object.values(context.memberships).map((m) => m.context.facts?.competentTaxAuthority.trim() ?? null)];
  return [...new Set(all.filter((a): a is string => !!a))].sort();
}

/**
 * The competent authority whose officers a notice to `officer` is for: a using unit's own while its
 * use request waits for it (G3.1(2)1), otherwise the DCU's (G3.1(1)); null before an application.
 */
export function noticeAuthority(context: UnitContext, facts: Record<string, unknown>): string | null {
  const uu = typeof facts.usingUnit === 'string' ? context.memberships[facts.usingUnit] : undefined;
  if (uu && uu.value === 'awaitingAuthority' && uu.context.facts) return uu.context.facts.competentTaxAuthority.trim();
  return dcuAuthority(context);
}

/** Why an officer may not send this command here (`Forbidden`), or null; other roles pass (their role was checked). */
export function authorityRefusal(context: UnitContext, command: Command): string | null {
  if (command.actor.role !== 'officer') return null;
  const need = authorityNeed(command.type);
  if (need === 'none') return null;
  const required = requiredAuthority(context, command);
  const have = command.actor.authority;
  const who = authorityNeedText[need];
  if (!have) return `${command.type} is decided by an officer of ${who}; an officer without an authority decides nothing`;
  if (required === null) return `${command.type} is decided by an officer of ${who}, which is not known yet for this unit`;
  if (have !== required) return `${command.type} is decided by an officer of ${who} ${required}, not of ${have}`;
  return null;
}
