/**
 * The programs the property suite shrank when an invariant broke (test/model/properties.test.ts),
 * kept as named regression tests: each is replayed through the pure engine as the workflow drives
 * it, with the invariant that broke on it asserted after every step. (fast-check reproduces each from
 * the seed 20261130 and the path it printed.) The wrong value each showed on the main of 2026-11-30
 * 10:00 is in its comment.
 */
import { describe, expect, it } from 'vitest';
import { assertProgram, invariants, type Action, type Program } from './model.js';

const approve: Action[] = [
  { kind: 'advance', ms: 1 },
  { kind: 'command', type: 'APPROVE_APPLICATION', sender: 'right', pick: 0, variant: 0, request: { kind: 'fresh' } },
];
const cmd = (type: Extract<Action, { kind: 'command' }>['type']): Action => ({ kind: 'command', type, sender: 'right', pick: 0, variant: 0, request: { kind: 'none' } });
const invariant = (id: string) => invariants.find((i) => i.id === id)!;

/** runs the program with one invariant; returns the world for further checks */
const holds = (id: string, program: Program) => assertProgram(program, [invariant(id)]);

describe('model regressions (shrunk counterexamples, issue 12)', () => {
  it('M-TERMINATE: approved, then TERMINATE → the limit shown is 0 (was 100; fault 12)', () => {
    const w = holds('M-TERMINATE', { application: 'asFiled', policy: 'officerConfirms', actions: [...approve, cmd('TERMINATE')] });
    expect(w.snapshot.context.termination?.ruleId).toBe('M-TERMINATE');
  });

  it('S-06: a security threat, 32 days later a recurrence → the proposed case can be decided (was: neither DISMISS_PROPOSED_CASE nor CONFIRM_RECTIFIED legal; fault 4)', () => {
    const w = holds('S-06', { application: 'asFiled', policy: 'default', actions: [...approve, cmd('REPORT_SECURITY_THREAT'), { kind: 'advance', ms: 2_764_800_000 }, cmd('REPORT_SECURITY_THREAT')] });
    expect(w.snapshot.context.cases.length).toBeGreaterThan(0);
  });

  it('E-DCU-4, E-UU-7: a simultaneous using unit of sector OTHER_DESIGNATED without proof → APPROVE_APPLICATION refused (was accepted; faults 2, 10)', () => {
    const w = holds('E-DCU-4', { application: 'otherSector', policy: 'default', actions: approve });
    expect(w.log.join('\n')).toMatch(/refused APPROVE_APPLICATION: IllegalTransition/);
  });

  it('E-DCU-4, E-UU-3: a D-rated simultaneous using unit and a C-rated DCU → APPROVE_APPLICATION refused (faults 2)', () => {
    const w = holds('E-DCU-4', { application: 'dcuCusingUnitD', policy: 'default', actions: approve });
    expect(w.log.join('\n')).toMatch(/refused APPROVE_APPLICATION: IllegalTransition/);
  });

  it('P-ONB-04: the application approved by the DCU’s officer → the using units of other authorities wait for their own (was: active at once; fault 3)', () => {
    const w = holds('P-ONB-04', { application: 'asFiled', policy: 'officerConfirms', actions: approve });
    expect(Object.values(w.snapshot.context.memberships).some((m) => m.value === 'awaitingAuthority')).toBe(true);
  });

  it('N-24: AUTHORIZE_CAPABILITY to a using unit admitted with the application → a recipient or a reason the workflow escalates to the officer (was: no recipient, silent; fault 7)', () => {
    const w = holds('N-24', { application: 'asFiled', policy: 'default', actions: [...approve, cmd('APPROVE_USING_UNIT'), cmd('AUTHORIZE_CAPABILITY')] });
    expect(w.snapshot.context.grants.length).toBeGreaterThan(0);
  });
});
