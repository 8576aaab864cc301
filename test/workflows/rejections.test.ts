/**
 * The contract's rejection detail, as any SDK reads it: the first detail of the update's
 * ApplicationFailure is `{ type, ruleId, state, reason, problems }`, the same for every type.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Rejection } from '../../machines/rejection.js';
import { advanceTo, applicationFor, freshUscc, officer, rejection, send, startHarness, state, submit, unitActor, type Harness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await advanceTo(h, '2027-03-15T10:00:00+08:00');
});
afterAll(async () => {
  await h?.close();
});

describe('contract: every rejection carries the structured detail', () => {
  it('InvalidCommand: every bad field as a JSON Pointer with a code; the failure type equals the detail’s', async () => {
    const { handle } = await submit(h, freshUscc());
    const r = await rejection(send(handle, { type: 'APPROVE_APPLICATION', actor: officer, termEndsOn: '2029-02-30', baseConcurrency: -5, extra: 1, nested: { a: 1 } }));
    const detail = Rejection.parse(r.detail);
    expect(r.type).toBe('InvalidCommand');
    expect(detail).toMatchObject({ type: 'InvalidCommand', ruleId: null, state: 'underReview', reason: r.message });
    expect(detail.problems.map((p) => [p.path, p.code]).sort()).toEqual([
      ['/baseConcurrency', 'too_small'],
      ['/extra', 'unrecognized_key'],
      ['/nested', 'unrecognized_key'],
      ['/opinion', 'invalid_type'],
      ['/termEndsOn', 'custom'],
    ]);
    const deep = Rejection.parse((await rejection(send(handle, { type: 'SUBMIT_APPLICATION', actor: unitActor, ...applicationFor(freshUscc()), contacts: [{ role: 'x' }] }))).detail);
    expect(deep.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['/contacts/0/name', '/contacts/0/email']));
  });

  it('P-ONB-04: Forbidden names the rule and the state', async () => {
    const { handle } = await submit(h, freshUscc());
    const r = await rejection(send(handle, { type: 'APPROVE_APPLICATION', actor: unitActor, opinion: '自己批准' }));
    expect(Rejection.parse(r.detail)).toEqual({ type: 'Forbidden', ruleId: 'P-ONB-04', state: 'underReview', reason: r.message, problems: [] });
  });

  it('P-REN-01: IllegalTransition names the rule and the state; nothing changes', async () => {
    const { handle } = await submit(h, freshUscc());
    const before = await state(handle);
    const r = await rejection(send(handle, { type: 'REQUEST_RENEWAL', actor: unitActor }));
    expect(Rejection.parse(r.detail)).toEqual({ type: 'IllegalTransition', ruleId: 'P-REN-01', state: 'underReview', reason: r.message, problems: [] });
    expect(await state(handle)).toEqual(before);
  });

  it('P-ONB-04, E-DCU-4, E-UU-3: APPROVE_APPLICATION of a C-rated DCU with a D-rated using unit is refused through Temporal, every unmet condition listed; the unit stays under review', async () => {
    // old main: accepted; the unit became active and the D-rated using unit an active member (issue 12 fault 2)
    const uscc = freshUscc();
    const body = applicationFor(uscc);
    body.application.creditRating = 'C';
    body.application.usingUnits[1].creditRating = 'D';
    const { handle } = await submit(h, uscc, body);
    const before = await state(handle);
    const r = await rejection(send(handle, { type: 'APPROVE_APPLICATION', actor: officer, opinion: '同意' }));
    const detail = Rejection.parse(r.detail);
    expect(detail).toMatchObject({ type: 'IllegalTransition', ruleId: 'E-DCU-4', state: 'underReview', problems: [] });
    expect(detail.unmet?.map((u) => `${u.ruleId}@${u.subject}`)).toEqual([`E-DCU-4@${uscc}`, `E-UU-3@${body.application.usingUnits[1].uscc}`]);
    expect(await state(handle)).toEqual(before);
    const returned = await send(handle, { type: 'RETURN_APPLICATION', actor: officer, opinion: '不符合条件', reasons: ['E-DCU-4', 'E-UU-3'] });
    expect(returned.phase).toBe('returned');
  });

  it('P-ONB-04, G3.1(1): APPROVE_APPLICATION by an officer of another authority (15299999999) or of none is Forbidden through Temporal', async () => {
    // issue 12 fault 3: an officer of 15299999999 approved a DCU of 15101000000
    const { handle } = await submit(h, freshUscc());
    const stranger = await rejection(send(handle, { type: 'APPROVE_APPLICATION', actor: { role: 'officer', id: 'o-x', authority: '15299999999' }, opinion: '同意' }));
    expect(Rejection.parse(stranger.detail)).toMatchObject({ type: 'Forbidden', ruleId: 'P-ONB-04', state: 'underReview' });
    expect(stranger.message).toContain('15101000000, not of 15299999999');
    const none = await rejection(send(handle, { type: 'APPROVE_APPLICATION', actor: { role: 'officer', id: 'o-y' }, opinion: '同意' }));
    expect(Rejection.parse(none.detail)).toMatchObject({ type: 'Forbidden', ruleId: 'P-ONB-04' });
    expect((await state(handle)).phase).toBe('underReview');
  });
});
