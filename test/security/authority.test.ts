/**
 * Finding 1 (issue 14): any officer could act on any unit. Every officer command now names the
 * competent authority it needs (decisions.md "Who decides"); the chart's `check` refuses another
 * authority, or none, with `Forbidden` and the rule id, for every client.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makePolicy } from '../../machines/policy.js';
import { commandTypes, type Command } from '../../machines/schemas/commands.js';
import { authorityNeed, authorityRefusal, authoritiesOf, requiredAuthority } from '../../machines/unit/authority.js';
import { check, start, step, type UnitSnapshot } from '../../machines/unit/engine.js';
import { allowedRoles, governingRule, type UnitEvent } from '../../machines/unit/events.js';

const example = JSON.parse(readFileSync(new URL('../../examples/application.json', import.meta.url), 'utf8'));
const UNIT = example.application.dcuUscc as string;
const DCU_AUTHORITY = '15101000000';
const UU = example.application.usingUnits[0];
const OTHER = '15199999999';
const PROVINCE = '15100000000';
const at = '2027-03-15T10:00:00+08:00';

function approvedUnit(): UnitSnapshot {
  let s = start({ unitId: UNIT, policy: makePolicy() });
  for (const command of [
    { type: 'SUBMIT_APPLICATION', actor: { role: 'unit', id: 'u' }, ...example },
    { type: 'APPROVE_APPLICATION', actor: { role: 'officer', id: 'o', authority: DCU_AUTHORITY }, opinion: '同意' },
  ]) {
    const checked = check(s, command, at);
    if (!checked.ok) throw new Error(checked.reason);
    s = step(s, { ...checked.command, at } as UnitEvent).snapshot;
  }
  return s;
}

const unit = approvedUnit();
/** a command of each type as the authority check sees it (fields beyond type, actor and usingUnit do not matter to it) */
const commandOf = (type: string, authority?: string): Command =>
  ({ type, actor: { role: 'officer', id: 'o', ...(authority ? { authority } : {}) }, usingUnit: UU.uscc }) as unknown as Command;

describe('authority in the chart: every command × {right authority, wrong authority, none} (decisions.md "Who decides")', () => {
  const rows = commandTypes.map((type) => ({ type, need: authorityNeed(type), right: requiredAuthority(unit.context, commandOf(type)) }));

  it('G3.1(1): the DCU and its using units have their competent authorities (LeqiAuthorities)', () => {
    expect(authoritiesOf(unit.context)).toEqual([...new Set([DCU_AUTHORITY, ...example.application.usingUnits.map((u: { competentTaxAuthority: string }) => u.competentTaxAuthority)])].sort());
    expect(rows.find((r) => r.type === 'APPROVE_USING_UNIT')!.right).toBe(UU.competentTaxAuthority);
    expect(rows.find((r) => r.type === 'PUBLISH_VERSION_UPGRADE')!.right).toBe(PROVINCE);
    expect(rows.find((r) => r.type === 'SET_CONCURRENCY')!.right).toBe(DCU_AUTHORITY);
  });

  it.each(rows)('G3.1(1): $type needs $need', ({ type, need, right }) => {
    if (need === 'none') {
      // officers may not send it: the role decides, whatever authority the officer has
      expect(allowedRoles[type]).not.toContain('officer');
      expect(authorityRefusal(unit.context, commandOf(type, DCU_AUTHORITY))).toBeNull();
      return;
    }
    expect(right).toMatch(/^\d{11}$/);
    expect(authorityRefusal(unit.context, commandOf(type, right!))).toBeNull();
    expect(authorityRefusal(unit.context, commandOf(type, OTHER))).toContain(`not of ${OTHER}`);
    expect(authorityRefusal(unit.context, commandOf(type))).toContain('without an authority');
  });
});

describe('finding 1: an officer of another authority, or of none, is Forbidden in check (every client)', () => {
  const officer = (authority?: string) => ({ role: 'officer', id: 'officer-x', ...(authority ? { authority } : {}) });
  const cases = [
    { name: 'APPROVE_APPLICATION', command: { type: 'APPROVE_APPLICATION', opinion: '同意' }, snapshot: () => {
      let s = start({ unitId: UNIT, policy: makePolicy() });
      const c = check(s, { type: 'SUBMIT_APPLICATION', actor: { role: 'unit', id: 'u' }, ...example }, at);
      if (!c.ok) throw new Error(c.reason);
      s = step(s, { ...c.command, at } as UnitEvent).snapshot;
      return s;
    } },
    { name: 'SET_CONCURRENCY', command: { type: 'SET_CONCURRENCY', limit: 3, reason: 'r' }, snapshot: () => unit },
    { name: 'REMOVE_USING_UNIT', command: { type: 'REMOVE_USING_UNIT', usingUnit: UU.uscc, reason: 'r' }, snapshot: () => unit },
    { name: 'TERMINATE', command: { type: 'TERMINATE', reason: 'r', ruleId: 'S-08' }, snapshot: () => unit },
  ];
  it.each(cases)('P-ONB-04/T-04/P-UU-06: $name by an officer of 15199999999 or without an authority is Forbidden; the DCU’s officer passes', ({ command, snapshot }) => {
    const s = snapshot();
    for (const authority of [OTHER, undefined]) {
      const result = check(s, { ...command, actor: officer(authority) }, at);
      expect(result).toMatchObject({ ok: false, type: 'Forbidden', ruleId: governingRule[command.type as keyof typeof governingRule] });
    }
    expect(check(s, { ...command, actor: officer(DCU_AUTHORITY) }, at)).toMatchObject({ ok: true });
  });

  it('G3.1(1): an authority that is not 11 digits is an InvalidCommand', () => {
    expect(check(unit, { type: 'SET_CONCURRENCY', limit: 3, reason: 'r', actor: officer('151') }, at)).toMatchObject({ ok: false, type: 'InvalidCommand' });
  });
});
