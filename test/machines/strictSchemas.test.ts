/**
 * Issue 12 fault 13: every object of every command, form and API body is strict at every depth —
 * an unknown field is an error naming its path, never silently dropped (docs/interfaces.md).
 * Old main: `authorizationLetter.endOn` (a typo of `endsOn`) was accepted and stripped, so the
 * builder's authorization became open-ended.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TokenFile } from '../../client/api/auth.js';
import { ListFilter } from '../../client/listing.js';
import { FanOutRequest } from '../../client/schemas.js';
import { Policy } from '../../machines/policy.js';
import { pointer } from '../../machines/rejection.js';
import { Command, parseCommand } from '../../machines/schemas/commands.js';
import * as forms from '../../machines/schemas/forms.js';
import { unitActor } from '../support/harness.js';

type Def = { type: string; [k: string]: unknown };
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

/** the object nodes of a schema that are not strict, by path (`[]` = array element, `|n` = union option) */
function looseObjects(schema: unknown, path = '', seen = new Set<unknown>(), allowed: readonly string[] = []): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  const walk = (child: unknown, at: string): string[] => looseObjects(child, at, seen, allowed);
  switch (def.type) {
    case 'object': {
      const catchall = def.catchall === undefined ? undefined : defOf(def.catchall).type;
      const own = catchall === 'never' || allowed.includes(path) ? [] : [path || '(root)'];
      return [...own, ...Object.entries(def.shape as Record<string, unknown>).flatMap(([k, v]) => walk(v, `${path}/${k}`))];
    }
    case 'array':
      return walk(def.element, `${path}/[]`);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return walk(def.innerType, path);
    case 'union':
      return (def.options as unknown[]).flatMap((o, i) => walk(o, `${path}|${i}`));
    case 'intersection':
      return [...walk(def.left, path), ...walk(def.right, path)];
    case 'pipe':
      return [...walk(def.in, path), ...walk(def.out, path)];
    case 'record':
      return walk(def.valueType, `${path}/*`);
    case 'tuple':
      return (def.items as unknown[]).flatMap((o, i) => walk(o, `${path}/${i}`));
    case 'lazy':
      return walk((def.getter as () => unknown)(), path);
    default:
      return [];
  }
}

const formSchemas = Object.entries(forms).filter(([, v]) => v instanceof z.ZodType) as [string, z.ZodType][];

const example = (file: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8')) as Record<string, unknown>;

/** every path (as keys) of an object node inside a JSON value */
function objectPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => objectPaths(v, [...path, i]));
  if (value && typeof value === 'object') return [path, ...Object.entries(value).flatMap(([k, v]) => objectPaths(v, [...path, k]))];
  return [];
}

function withKey(value: unknown, path: (string | number)[], key: string): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const k of path) node = node[k] as Record<string | number, unknown>;
  node[key] = 'x';
  return copy;
}

describe('strict at every depth (issue 12 fault 13)', () => {
  it('P-ONB-02: every object node of every command is strict (walked from the Command union)', () => {
    expect(looseObjects(Command)).toEqual([]);
  });

  it('P-ONB-02, P-ONB-06, P-ONB-07: every object node of every form (machines/schemas/forms.ts) is strict', () => {
    expect(formSchemas.length).toBeGreaterThan(5);
    for (const [name, schema] of formSchemas) expect(looseObjects(schema), name).toEqual([]);
  });

  it('contract (unknown fields are errors): the API bodies and files (list filter, fan-out, token file, policy) are strict; a fan-out command is re-parsed by its command schema', () => {
    expect(looseObjects(ListFilter)).toEqual([]);
    expect(looseObjects(TokenFile)).toEqual([]);
    expect(looseObjects(Policy.strict())).toEqual([]);
    // the fan-out body carries a command that each unit parses with the strict Command schema
    expect(looseObjects(FanOutRequest, '', new Set(), ['/command'])).toEqual([]);
  });

  it('P-ONB-07: authorizationLetter.endOn (a typo of endsOn) is refused naming /authorizationLetter/endOn (old main: accepted, stripped, open-ended)', () => {
    const body = example('application-with-builder.json');
    const letter = body.authorizationLetter as Record<string, unknown>;
    const { endsOn, ...rest } = letter;
    expect(endsOn ?? '2027-03-09').toBeTruthy();
    const typo = { ...body, authorizationLetter: { ...rest, endOn: '2027-03-09' } };
    const r = parseCommand({ type: 'SUBMIT_APPLICATION', actor: unitActor, ...typo });
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.problems).toContainEqual({ path: '/authorizationLetter/endOn', code: 'unrecognized_key', message: expect.any(String) });
  });

  it('P-ONB-02: an unknown key added at every depth of a valid SUBMIT_APPLICATION is refused at that path', () => {
    const valid = { type: 'SUBMIT_APPLICATION', actor: unitActor, ...example('application-with-builder.json') };
    expect(parseCommand(valid).ok).toBe(true);
    const paths = objectPaths(valid);
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) {
      const r = parseCommand(withKey(valid, path, 'zzUnknown'));
      expect(r.ok, pointer(path)).toBe(false);
      expect(r.ok ? [] : r.problems, pointer(path)).toContainEqual({ path: `${pointer(path)}/zzUnknown`, code: 'unrecognized_key', message: expect.any(String) });
    }
  });

  it('P-ONB-06: an unknown key at every depth of the network filing and the letter forms is refused', () => {
    for (const [schema, file] of [
      [forms.NetworkAddressFiling, 'network-filing.json'],
      [forms.AuthorizationLetter, 'authorization-letter.json'],
    ] as const) {
      const valid = example(file);
      expect(schema.safeParse(valid).success, file).toBe(true);
      for (const path of objectPaths(valid)) {
        const r = schema.safeParse(withKey(valid, path, 'zzUnknown'));
        expect(r.success, `${file} ${pointer(path)}`).toBe(false);
        expect(r.error?.issues.some((i) => i.code === 'unrecognized_keys' && pointer(i.path as (string | number)[]) === pointer(path)), `${file} ${pointer(path)}`).toBe(true);
      }
    }
  });
});
