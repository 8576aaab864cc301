/**
 * Generated commands for fuzzing a unit through the workflow: valid, invalid (schema), illegal
 * (chart), wrong role, repeated and reused request ids, as updates or signals. Seeded, so that a
 * failing run can be repeated (`LEQI_FUZZ_SEED`).
 */
import { officer, unitActor } from './harness.js';

/** mulberry32: a small seeded PRNG */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type FuzzKind = 'valid' | 'invalid' | 'illegal' | 'wrongRole' | 'repeat' | 'reuse';
export interface FuzzCommand {
  kind: FuzzKind;
  via: 'update' | 'signal';
  body: unknown;
}

const valid = (n: number): Record<string, unknown>[] => [
  { type: 'SET_CONCURRENCY', actor: officer, limit: 10 + (n % 90), reason: `负载 ${n}` },
  { type: 'REPORT_CHANGE', actor: unitActor, kind: 'contact', effectiveOn: '2027-04-01', details: `联系人变更 ${n}` },
  { type: 'ISSUE_RISK_WARNING', actor: officer, indicator: `指标 ${n}`, details: '波动' },
  { type: 'REPORT_SECURITY_INCIDENT', actor: unitActor, details: `事件 ${n}`, occurredOn: '2027-04-01' },
];

const invalid = (n: number): unknown[] => [
  { type: 'SET_CONCURRENCY', actor: officer, limit: -n, reason: '' },
  { type: 'SET_CONCURRENCY', actor: officer, limit: 'many', reason: 5, extra: true },
  { type: 'MAKE_COFFEE', actor: officer },
  { type: 'APPROVE_RENEWAL', actor: officer, opinion: 'x', extendsTo: '2031-02-30' },
  { actor: officer },
  null,
  `SET_CONCURRENCY ${n}`,
  [1, 2, 3],
  { type: 'SET_CONCURRENCY', actor: { role: 'wizard', id: 'x' }, limit: 5, reason: 'r' },
  { type: 'REQUEST_RENEWAL', actor: unitActor, requestId: '' },
];

const illegal = (): Record<string, unknown>[] => [
  { type: 'APPROVE_APPLICATION', actor: officer, opinion: '再次批准' },
  { type: 'APPROVE_RENEWAL', actor: officer, opinion: '同意', extendsTo: '2031-03-15' },
  { type: 'CONFIRM_RECTIFIED', actor: officer, caseId: 'no-such-case', opinion: 'x' },
  { type: 'RESUBMIT_APPLICATION', actor: unitActor },
];

const wrongRole = (n: number): Record<string, unknown>[] => [
  { type: 'SET_CONCURRENCY', actor: unitActor, limit: 5, reason: `自己限流 ${n}` },
  { type: 'REQUEST_RENEWAL', actor: officer },
  { type: 'APPROVE_APPLICATION', actor: { role: 'system', id: 'monitor' }, opinion: 'x' },
];

/** `count` commands for one unit; request ids are scoped by `prefix` */
export function generate(count: number, next: () => number, prefix: string): FuzzCommand[] {
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]!;
  const sentWithIds: Record<string, unknown>[] = [];
  const out: FuzzCommand[] = [];
  for (let n = 0; n < count; n++) {
    const via = next() < 0.5 ? 'update' : 'signal';
    const r = next();
    let kind: FuzzKind;
    let body: unknown;
    if (r < 0.3) {
      kind = 'valid';
      body = { ...pick(valid(n)), requestId: `${prefix}-${n}` };
      sentWithIds.push(body as Record<string, unknown>);
    } else if (r < 0.5) [kind, body] = ['invalid', pick(invalid(n))];
    else if (r < 0.65) [kind, body] = ['illegal', pick(illegal())];
    else if (r < 0.8) [kind, body] = ['wrongRole', pick(wrongRole(n))];
    else if (r < 0.9 && sentWithIds.length) [kind, body] = ['repeat', pick(sentWithIds)];
    else if (sentWithIds.length) {
      const earlier = pick(sentWithIds);
      [kind, body] = ['reuse', { ...pick(valid(n + 1)), limit: 1 + (n % 9), reason: `另一命令 ${n}`, requestId: earlier.requestId }];
    } else [kind, body] = ['invalid', pick(invalid(n))];
    out.push({ kind, via, body });
  }
  return out;
}
