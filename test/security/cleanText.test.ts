/**
 * Finding 5 (issue 14): names accepted NUL, CR/LF and bidirectional overrides, and the NUL reached
 * mail subjects and the start log. Property tests over the command schemas: any string field of a
 * valid command with a control or bidi character inserted anywhere is an InvalidCommand naming that
 * field; names come out NFC-normalised.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../machines/schemas/commands.js';

const example = JSON.parse(readFileSync(new URL('../../examples/application.json', import.meta.url), 'utf8'));
const officer = { role: 'officer', id: 'officer-chen', authority: '15101000000' };
const unit = { role: 'unit', id: 'unit-admin' };

/** valid commands whose string fields cover names, codes, references and free text */
const samples: Record<string, unknown>[] = [
  { type: 'SUBMIT_APPLICATION', actor: unit, ...example, requestId: 'bo-0001' },
  { type: 'APPROVE_APPLICATION', actor: officer, opinion: '材料齐全，同意接入' },
  { type: 'RETURN_APPLICATION', actor: officer, opinion: '退回', reasons: ['材料不全'] },
  { type: 'SET_CONCURRENCY', actor: officer, limit: 80, reason: '平台负载' },
  { type: 'INVITE_USING_UNIT', actor: unit, usingUnit: '91510107MA6CEXB02D', name: '四川示例科技集团有限公司成都高新分公司', relationship: 'HEAD_BRANCH', contact: { role: 'contact', name: '李娜', email: 'li.na@example.com', language: 'zh' }, message: '邀请' },
  { type: 'REPORT_CHANGE', actor: unit, kind: 'contact', effectiveOn: '2027-05-01', details: '联系人变更' },
];
for (const s of samples) expect(parseCommand(s), JSON.stringify(s).slice(0, 80)).toMatchObject({ ok: true });

/** every string leaf of a value, as [JSON Pointer, value] (the command's own `type` left out) */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return path === '/type' ? [] : [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}/${i}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}/${k}`));
  return [];
}
function withLeaf(value: unknown, pointer: string, text: string): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  const keys = pointer.split('/').slice(1);
  let at: Record<string, unknown> = copy;
  for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
  at[keys.at(-1)!] = text;
  return copy;
}

const C0 = fc.integer({ min: 0x00, max: 0x1f }).filter((c) => c !== 0x09 && c !== 0x0a);
const C1 = fc.integer({ min: 0x7f, max: 0x9f });
const BIDI = fc.constantFrom(0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200e, 0x200f, 0x061c);
const unsafe = fc.oneof(C0, C1, BIDI).map((c) => String.fromCodePoint(c));
const cases = samples.flatMap((command) => leaves(command).map(([pointer, value]) => ({ command, pointer, value })));

describe('clean text over every string field of the command schemas', () => {
  it('P-ONB-02: a control or bidirectional character anywhere in any string field is an InvalidCommand naming that field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...cases), unsafe, fc.nat(), ({ command, pointer, value }, ch, at) => {
        const i = at % (value.length + 1);
        const parsed = parseCommand(withLeaf(command, pointer, value.slice(0, i) + ch + value.slice(i)));
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) expect(parsed.problems.map((p) => p.path)).toContain(pointer);
      }),
      { numRuns: 2000 },
    );
  });

  it('P-ONB-02: the error names the field and the character', () => {
    const parsed = parseCommand({ ...samples[4], name: 'Evil\u0000Corp' });
    expect(parsed).toMatchObject({ ok: false, problems: [{ path: '/name', message: expect.stringContaining('U+0000') }] });
    const rlo = parseCommand({ ...samples[1], opinion: '同意\u202Efdp.exe' });
    expect(rlo).toMatchObject({ ok: false, problems: [{ path: '/opinion', message: expect.stringContaining('U+202E') }] });
  });

  it('P-ONB-02: free text keeps tab and newline; names do not', () => {
    expect(parseCommand({ ...samples[1], opinion: '第一行\n第二行\t附注' })).toMatchObject({ ok: true });
    expect(parseCommand({ ...samples[4], name: '第一行\r\n第二行' })).toMatchObject({ ok: false, problems: [{ path: '/name' }] });
  });

  it('P-ONB-02: names are NFC-normalised', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('e\u0301', 'A\u030a', '成', '都', 'n\u0303', ' ', 'x'), minLength: 1, maxLength: 20 }), (raw) => {
        fc.pre(raw.trim().length > 0);
        const parsed = parseCommand({ ...samples[4], name: raw });
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect((parsed.command as { name: string }).name).toBe(raw.normalize('NFC').trim());
      }),
    );
  });
});
