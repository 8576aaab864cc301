import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { approve, auditOf, freshUscc, startHarness, state, submit, type Harness } from '../support/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ version: 'sc-2027.1', effectiveOn: '2027-01-01' });
});
afterEach(async () => {
  await h.close();
});

describe('issue 18: policy versions', () => {
  it('issue 18: the unit summary and every audit entry name the policy version the unit follows', async () => {
    const { handle, state: submitted } = await submit(h, freshUscc());
    expect(submitted.policy).toEqual({ version: 'sc-2027.1', effectiveOn: '2027-01-01', calendarSource: null });
    await approve(handle);
    expect((await state(handle)).policy.version).toBe('sc-2027.1');
    const audit = await auditOf(handle);
    expect(audit.length).toBeGreaterThan(1);
    expect(new Set(audit.map((e) => e.policy))).toEqual(new Set(['sc-2027.1']));
  });
});
