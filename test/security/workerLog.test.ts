/**
 * Issue 14, finding 8 in the worker (O-14): an update the `dispatch` validator refuses leaves no
 * history, so the worker's security sink writes it to the security log — whoever sent it (here the
 * Temporal client, not the API), once, though the worker replays the unit from its history on every
 * task (`maxCachedWorkflows: 0`).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileSecurityLog, type SecurityLog } from '../../client/api/securityLog.js';
import { conforms } from '../support/contract.js';
import { approve, freshUscc, officer, rejection, send, startHarness, state, submit, type Harness } from '../support/harness.js';

let h: Harness;
let security: SecurityLog;

beforeAll(async () => {
  security = fileSecurityLog(join(mkdtempSync(join(tmpdir(), 'leqi-worker-security-')), 'security.log'));
  h = await startHarness({}, { security, maxCachedWorkflows: 0 });
});
afterAll(async () => {
  await h?.close();
  await security?.close();
});

const all = () => conforms('SecurityEventList', { events: security.list('2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z') }).events;

describe('finding 8: updates refused by the worker’s validator are in the security log', () => {
  it('P-ONB-04/T-04: Forbidden, RequestIdReused and InvalidCommand sent by the Temporal client are each one updateRejected line; accepted commands and replays add none', async () => {
    const uscc = freshUscc();
    const { handle } = await submit(h, uscc);
    expect(all()).toEqual([]);
    const stranger = { role: 'officer', id: 'officer-x', authority: '15199999999' };
    expect((await rejection(send(handle, { type: 'APPROVE_APPLICATION', actor: stranger, opinion: '同意' }))).type).toBe('Forbidden');
    await approve(handle);
    await send(handle, { type: 'SET_CONCURRENCY', actor: officer, limit: 80, reason: '平台负载', requestId: 'bo-0002' });
    // the hijack of finding 2 through the Temporal client: the same id by another actor
    expect((await rejection(send(handle, { type: 'TERMINATE', actor: { role: 'unit', id: 'unit-admin' }, reason: '劫持', requestId: 'bo-0002' }))).type).toBe('RequestIdReused');
    expect((await rejection(send(handle, { type: 'SET_CONCURRENCY', actor: officer, limit: -1, reason: '' }))).type).toBe('InvalidCommand');
    // more accepted work: every task replays the whole history on this worker (no cache)
    await send(handle, { type: 'SET_CONCURRENCY', actor: officer, limit: 70, reason: '平台负载' });
    expect((await state(handle)).concurrency.limit).toBe(70);
    const lines = all();
    expect(lines.map((e) => [e.event, e.type, e.command, e.principal?.id])).toEqual([
      ['updateRejected', 'Forbidden', 'APPROVE_APPLICATION', 'officer-x'],
      ['updateRejected', 'RequestIdReused', 'TERMINATE', 'unit-admin'],
      ['updateRejected', 'InvalidCommand', 'SET_CONCURRENCY', 'officer-chen'],
    ]);
    expect(lines[0]).toMatchObject({ status: null, method: 'update', path: `unit:${uscc}`, ruleId: 'P-ONB-04', address: null });
  });
});
