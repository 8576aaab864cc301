/**
 * The security log's retention (issue 14, finding 8; O-14, T-10): kept by the decision record's rule
 * (at least LEQI_RECORD_RETENTION_MONTHS, never under 6 months), one file per CST month, a month's
 * file deleted only when all of it is past the record's purge cutoff; the API and the worker share it.
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { purgeCutoff } from '../../activities/record/retention.js';
import { fileSecurityLog, type SecurityEvent } from '../../client/api/securityLog.js';
import { conforms } from '../support/contract.js';

const cst = (instant: string): number => Date.parse(`${instant}+08:00`);
const refusal = (id: string): Omit<SecurityEvent, 'time'> => ({ event: 'forbidden', status: 403, method: 'POST', path: '/v1/units/x/commands', principal: { role: 'officer', id }, type: 'Forbidden', ruleId: 'T-04', address: null });
const everything = (log: ReturnType<typeof fileSecurityLog>) => conforms('SecurityEventList', { events: log.list('2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z') }).events;

function logAt(months?: number) {
  const path = join(mkdtempSync(join(tmpdir(), 'leqi-security-retention-')), 'security.log');
  let clock = 0;
  const log = fileSecurityLog(path, { ...(months ? { retentionMonths: months } : {}), now: () => clock });
  const at = (instant: string, id: string): void => {
    clock = cst(instant);
    log.write(refusal(id));
  };
  return { path, log, at };
}

describe('finding 8: the security log is kept by the decision record’s retention (T-10)', () => {
  it('T-10/O-14: one file per CST month; January goes on 1 August (6 months), not a day before; nothing younger than the record’s cutoff is ever purged', () => {
    const { path, log, at } = logAt();
    at('2026-01-10T09:00:00', 'jan-10');
    at('2026-01-31T23:30:00', 'jan-31'); // 15:30 UTC: still January in CST
    at('2026-02-01T00:10:00', 'feb-01'); // 16:10 UTC on 31 January: February in CST
    at('2026-07-31T10:00:00', 'jul-31');
    expect(readdirSync(join(path, '..')).sort()).toEqual(['security.log.2026-01', 'security.log.2026-02', 'security.log.2026-07']);
    expect(everything(log).map((e) => e.principal?.id)).toEqual(['jan-10', 'jan-31', 'feb-01', 'jul-31']);

    // 31 July: a record of 31 January is still kept, so is January's file (and with it 10 January)
    const july = log.purge(cst('2026-07-31T23:59:59'));
    expect(july).toMatchObject({ files: [], lines: 0 });
    expect(everything(log)).toHaveLength(4);

    // 1 August: all of January is past the cutoff; February stays
    const august = log.purge(cst('2026-08-01T00:00:01'));
    expect(august).toEqual({ cutoff: '2026-02-01T00:00:00+08:00', files: ['security.log.2026-01'], lines: 0 });
    const kept = everything(log);
    expect(kept.map((e) => e.principal?.id)).toEqual(['feb-01', 'jul-31']);
    // the record's rule: every line at or after the record's purge cutoff is still there
    for (const now of [cst('2026-08-01T00:00:01'), cst('2026-08-31T12:00:00')]) {
      log.purge(now);
      const cutoff = purgeCutoff(now, 6);
      expect(everything(log).filter((e) => Date.parse(e.time) >= cutoff).length).toBe([cst('2026-02-01T00:10:00'), cst('2026-07-31T10:00:00')].filter((t) => t >= cutoff).length);
    }
  });

  it('T-10: a longer LEQI_RECORD_RETENTION_MONTHS keeps longer; fewer than 6 months is refused', () => {
    const { log, at } = logAt(12);
    at('2026-01-10T09:00:00', 'jan-10');
    expect(log.purge(cst('2026-08-01T00:00:01')).files).toEqual([]);
    expect(log.purge(cst('2027-02-01T00:00:01')).files).toEqual(['security.log.2026-01']);
    expect(everything(log)).toEqual([]);
    expect(() => fileSecurityLog(join(mkdtempSync(join(tmpdir(), 'leqi-security-retention-')), 'security.log'), { retentionMonths: 5 })).toThrow(/at least 6 months/);
  });

  it('T-10: the single file of an earlier version is read and purged line by line', () => {
    const { path, log, at } = logAt();
    const old = (time: string, id: string) => JSON.stringify({ level: 'info', time, ...refusal(id), event: 'forbidden' });
    writeFileSync(path, `${old('2025-12-01T01:00:00.000Z', 'dec')}\n${old('2026-03-01T01:00:00.000Z', 'mar')}\n`);
    at('2026-08-01T09:00:00', 'aug');
    expect(everything(log).map((e) => e.principal?.id)).toEqual(['dec', 'mar', 'aug']);
    expect(log.purge(cst('2026-08-01T09:00:00'))).toMatchObject({ files: [], lines: 1 });
    expect(everything(log).map((e) => e.principal?.id)).toEqual(['mar', 'aug']);
    expect(existsSync(path)).toBe(true);
  });

  it('O-14: the API and the worker write one log (two writers on one path), listed in time order by either', () => {
    const { path, log: api, at } = logAt();
    let clock = cst('2026-05-01T10:00:01');
    const worker = fileSecurityLog(path, { now: () => clock });
    at('2026-05-01T10:00:00', 'api-1');
    worker.write({ ...refusal('worker-1'), event: 'updateRejected', status: null, method: 'update', path: 'unit:x', command: 'SET_CONCURRENCY' });
    at('2026-05-01T10:00:02', 'api-2');
    clock = cst('2026-06-01T00:00:00');
    worker.write({ ...refusal('worker-2'), event: 'updateRejected', status: null, method: 'update', path: 'unit:x', command: 'TERMINATE' });
    expect(worker.list('2026-05-01T02:00:00Z', '2026-05-01T02:00:02Z').map((e) => e.principal?.id)).toEqual(['api-1', 'worker-1']);
    expect(everything(api).map((e) => [e.principal?.id, e.event])).toEqual([
      ['api-1', 'forbidden'],
      ['worker-1', 'updateRejected'],
      ['api-2', 'forbidden'],
      ['worker-2', 'updateRejected'],
    ]);
  });
});
