/**
 * Issue 14: a competent authority is the 11-digit tax-authority code everywhere a command names one
 * — the application form (the DCU's and each using unit's), a using unit's own request, the
 * officer's actor and the listing filter — the same code as `LeqiAuthorities`, officers' tokens and
 * LEQI_OFFICER_MAILBOXES. Anything else (a name, 10 or 12 digits, spaces) is an InvalidCommand
 * naming the field. Until this test, the forms took any clean line of up to 32 characters, so a
 * unit filed under "成都市税务局" had no officer (nobody's authority matched it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadEnv } from '../../config/env.js';
import { parseCommand } from '../../machines/schemas/commands.js';

const example = JSON.parse(readFileSync(new URL('../../examples/application.json', import.meta.url), 'utf8'));
const officer = { role: 'officer', id: 'officer-chen', authority: '15101000000' };
const unit = { role: 'unit', id: 'unit-admin' };
const usingUnit = { role: 'usingUnit', id: '91510107MA6CEXB02D' };
const facts = {
  usingUnit: '91510107MA6CEXB02D',
  competentTaxAuthority: '15101070000',
  relationship: 'GROUP_MEMBER',
  relationshipSince: '2020-01-01',
  relationshipProofRef: 'doc:equity-2020',
  contact: { role: 'contact', name: '李娜', email: 'li.na@example.com', language: 'zh' },
  creditRating: 'A',
  inPilotScope: true,
  hasMajorTaxViolation3y: false,
  canProvideTaxData: true,
};

/** [what, a valid command, the JSON Pointer of its authority code] */
const fields: [string, Record<string, unknown>, string][] = [
  ['the DCU’s competent authority on the application form (G3.1(1))', { type: 'SUBMIT_APPLICATION', actor: unit, ...example }, '/application/competentTaxAuthority'],
  ['a using unit’s competent authority on the application form (G3.1(2))', { type: 'SUBMIT_APPLICATION', actor: unit, ...example }, '/application/usingUnits/0/competentTaxAuthority'],
  ['a using unit accepting an invitation (P-UU-01)', { type: 'ACCEPT_INVITATION', actor: usingUnit, ...facts }, '/competentTaxAuthority'],
  ['a using unit applying itself (P-UU-01)', { type: 'APPLY_FOR_AUTHORIZATION', actor: usingUnit, name: '成都分公司', ...facts }, '/competentTaxAuthority'],
  ['a using unit resubmitting its request (P-UU-01)', { type: 'RESUBMIT_USE_REQUEST', actor: usingUnit, usingUnit: facts.usingUnit, competentTaxAuthority: '15101070000' }, '/competentTaxAuthority'],
  ['the officer’s actor (decisions.md “Who decides”)', { type: 'SET_CONCURRENCY', actor: officer, limit: 80, reason: '平台负载' }, '/actor/authority'],
];

function withValue(command: Record<string, unknown>, pointer: string, value: string): unknown {
  const copy = structuredClone(command);
  const keys = pointer.split('/').slice(1);
  let at = copy as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
  at[keys.at(-1)!] = value;
  return copy;
}

const bad = ['成都市税务局', '1510100000', '151010000000', ' 15101000000', '15101000000 ', '1510100000O', '１５１０１０００００', ''];

describe('competent authorities are 11-digit tax-authority codes in every form and actor', () => {
  it.each(fields)('G3.1: %s accepts an 11-digit code', (_what, command, pointer) => {
    expect(parseCommand(withValue(command, pointer, '15101040000'))).toMatchObject({ ok: true });
  });

  it.each(fields)('G3.1: %s refuses anything else, naming the field', (_what, command, pointer) => {
    for (const value of bad) {
      const parsed = parseCommand(withValue(command, pointer, value));
      expect(parsed.ok, JSON.stringify(value)).toBe(false);
      if (!parsed.ok) expect(parsed.problems.find((p) => p.path === pointer)?.message, JSON.stringify(value)).toMatch(/11-digit tax-authority code/);
    }
  });

  it('G3.1: every authority field of every input schema (docs/schemas, the commands, the actor, the listing filter) is an 11-digit code', () => {
    const dir = new URL('../../docs/schemas/', import.meta.url);
    const load = (name: string) => JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as Record<string, unknown>;
    // the input schemas: everything Command.json and ListFilter.json reach (IMPORT_UNIT's approving authority, issue 18, included)
    const seen = new Set<string>();
    const queue = ['Command.json', 'ListFilter.json'];
    const found: [string, unknown][] = [];
    const walk = (node: unknown, where: string): void => {
      if (Array.isArray(node)) return node.forEach((n) => walk(n, where));
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string' && !value.startsWith('#')) queue.push(value);
        if (key === 'properties') for (const [name, schema] of Object.entries(value as Record<string, unknown>)) if (/authorit/i.test(name)) found.push([`${where}#${name}`, schema]);
        walk(value, where);
      }
    };
    while (queue.length) {
      const name = queue.shift()!;
      if (seen.has(name)) continue;
      seen.add(name);
      walk(load(name), name);
    }
    expect(readdirSync(dir).length).toBeGreaterThan(seen.size);
    expect(found.map(([where]) => where).sort()).toEqual(
      ['AcceptInvitation.json#competentTaxAuthority', 'AccessInformationForm.json#competentTaxAuthority', 'AccessInformationForm.json#competentTaxAuthority', 'Actor.json#authority', 'ApplyForAuthorization.json#competentTaxAuthority', 'ImportUnit.json#authority', 'ListFilter.json#authority', 'ResubmitUseRequest.json#competentTaxAuthority'].sort(),
    );
    for (const [where, schema] of found) expect(schema, where).toMatchObject({ type: 'string', pattern: '^\\d{11}$' });
  });

  it('G3.1: the CLI’s LEQI_ACTOR_AUTHORITY is an 11-digit code too; a bad one stops the CLI naming the variable, never its value', () => {
    expect(loadEnv({ LEQI_ACTOR_AUTHORITY: '15101000000' }).LEQI_ACTOR_AUTHORITY).toBe('15101000000');
    for (const value of ['成都市税务局', '1510100000']) {
      expect(() => loadEnv({ LEQI_ACTOR_AUTHORITY: value })).toThrow(ConfigError);
      expect(() => loadEnv({ LEQI_ACTOR_AUTHORITY: value })).toThrow(/LEQI_ACTOR_AUTHORITY: expected an 11-digit tax-authority code/);
      expect(() => loadEnv({ LEQI_ACTOR_AUTHORITY: value })).not.toThrow(value);
    }
  });
});
