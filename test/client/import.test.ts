/**
 * Issue 18 item 5: `leqi import` against a real Temporal server (time skipping): a file with good
 * rows and 5 bad rows of different kinds is reported row by row (row, USCC, rule ids, reason, in a
 * report file and on stdout); a re-run imports nothing twice (the good rows are "already imported").
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../client/cli/main.js';
import { IMPORT_CSV_COLUMNS } from '../../client/imports.js';
import { advanceTo, auditOf, exampleFor, freshUscc, startHarness, type Harness } from '../support/harness.js';
import { call, cli, TOKENS, tokenFile } from './support.js';
import { createApp } from '../../client/api/app.js';
import { TokenTable } from '../../client/api/auth.js';
import { LeqiClient } from '../../client/client.js';

let h: Harness;
let conn: string[];
const dir = mkdtempSync(join(tmpdir(), 'leqi-import-'));

beforeAll(async () => {
  h = await startHarness();
  conn = ['--address', h.env.address, '--task-queue', h.taskQueue];
  // the example unit was approved 2025-06-03: on 2027-01-10 its renewal (due 2027-03-03) is not late yet
  await advanceTo(h, '2027-01-10T10:00:00+08:00');
});
afterAll(async () => {
  await h?.close();
});

const factsFor = (uscc: string, change: (f: any) => void = () => {}) => {
  const f = exampleFor('import-unit', uscc);
  change(f);
  return f;
};
const jsonl = (rows: unknown[]): string => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
const writeJsonl = (name: string, rows: unknown[]): string => {
  const path = join(dir, name);
  writeFileSync(path, jsonl(rows));
  return path;
};

describe('leqi import (issue 18 item 5)', () => {
  it('T-09/P-ONB-04/T-01/P-CAP-06: 5 bad rows of different kinds are reported row by row; a re-run imports nothing twice', async () => {
    const good = [freshUscc(), freshUscc(), freshUscc()];
    const bad = [freshUscc(), freshUscc(), freshUscc(), freshUscc(), freshUscc()];
    const file = join(dir, 'units.jsonl');
    writeFileSync(
      file,
      jsonl([
        factsFor(good[0]!),
        factsFor(bad[0]!, (f) => (f.concurrency.ladderStep = -1)), // row 2: a bad field (schema)
        factsFor(bad[1]!, (f) => (f.cases = [{ kind: 'nonCompliance', openedOn: '2026-12-01', dueOn: '2027-03-15', details: '整改' }])), // row 3: window over 3 months
        factsFor(good[1]!, (f) => (f.cases = [{ kind: 'securityThreat', openedOn: '2027-01-02', dueOn: '2027-03-02', details: '安全威胁' }])),
        factsFor(bad[2]!, (f) => delete f.approval.authority), // row 5: no competent authority
        factsFor(bad[3]!, (f) => (f.term.endsOn = '2027-12-31')), // row 6: a term longer than the policy's
        factsFor(good[2]!),
        factsFor(bad[4]!, (f) => (f.grants = [{ code: 'TOBACCO_INVOICE', usingUnit: f.grants[0].usingUnit, status: 'accepted', on: '2025-07-01' }])), // row 8: a capability the DCU lacks
      ]),
    );
    const first = await cli([...conn, '--json', 'import', file]);
    expect(first.code).toBe(EXIT.illegalTransition);
    const report = first.json();
    expect(report).toMatchObject({ total: 8, imported: 3, alreadyImported: 0, rejected: 5 });
    const rejected = report.rows.filter((r: any) => r.outcome === 'rejected').map((r: any) => [r.row, r.uscc, r.type, r.ruleIds]);
    expect(rejected).toEqual([
      [2, bad[0], 'InvalidCommand', []],
      [3, bad[1], 'IllegalTransition', ['T-09']],
      [5, bad[2], 'IllegalTransition', ['P-ONB-04']],
      [6, bad[3], 'IllegalTransition', ['T-01']],
      [8, bad[4], 'IllegalTransition', ['P-CAP-06']],
    ]);
    expect(report.rows.find((r: any) => r.row === 2).reason).toContain('/facts/concurrency/ladderStep');
    // the report file: one line per rejected row, with its row, USCC, rules and reason
    const lines = readFileSync(`${file}.rejected.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.row, l.uscc, l.ruleIds])).toEqual(rejected.map(([row, uscc, , rules]: any[]) => [row, uscc, rules]));
    expect(lines.every((l) => typeof l.reason === 'string' && l.reason.length > 0)).toBe(true);

    // a re-run: the imported rows are "already imported", the bad ones refused again, nothing applied twice
    const again = await cli([...conn, 'import', file]);
    expect(again.code).toBe(EXIT.illegalTransition);
    expect(again.stdout).toContain('8 row(s): 0 imported, 3 already imported, 5 rejected');
    expect(again.stdout).toMatch(/\n\s*3\s+│?.*T-09/);
    for (const uscc of good) {
      const audit = await auditOf(h.env.client.workflow.getHandle(`unit:${uscc}`));
      expect(audit.filter((e) => e.command === 'IMPORT_UNIT')).toHaveLength(1);
      expect(audit[0]).toMatchObject({ command: 'IMPORT_UNIT', reason: expect.stringMatching(/^imported from units\.jsonl#[147]$/) });
    }
  });

  it('S-03: a CSV with the documented header imports its good rows and reports a ladder step that does not match', async () => {
    const [ok, late] = [freshUscc(), freshUscc()];
    for (const u of [ok, late]) writeFileSync(join(dir, `${u}.json`), JSON.stringify(exampleFor('import-unit', u).submission));
    const row = (u: string, ladderStep: number) => [u, '2025-06-03', '15101000000', 'officer-chen', '同意', '1', '', '', 'notRequested', '', '', '100', String(ladderStep), '', '', '', '', `${u}.json`, '', '', '', ''].join(',');
    const file = join(dir, 'units.csv');
    writeFileSync(file, [IMPORT_CSV_COLUMNS.join(','), row(ok, 0), row(late, 2)].join('\n') + '\n');
    const r = await cli([...conn, '--json', 'import', file]);
    expect(r.json()).toMatchObject({ total: 2, imported: 1, rejected: 1, rows: [{ row: 2, uscc: ok, outcome: 'imported' }, { row: 3, uscc: late, outcome: 'rejected', ruleIds: ['S-03'] }] });
  });

  it('issue 18/S-05: `leqi calendar 2027 --units` lists a live unit whose case window ends on a rest day, and where it moves', async () => {
    const uscc = freshUscc();
    const facts = factsFor(uscc, (f) => (f.cases = [{ kind: 'nonCompliance', openedOn: '2027-01-05', dueOn: '2027-02-06', details: '整改' }]));
    const imported = await cli([...conn, '--json', 'import', writeJsonl('calendar.jsonl', [facts])]);
    expect(imported.json()).toMatchObject({ imported: 1 });
    // 2027 as a policy lists it by hand (the package's data stop earlier): the weekend of 02-06 rolls to Monday 02-08
    const policy = join(dir, 'policy-2027.json');
    writeFileSync(policy, JSON.stringify({ version: 'cal-2027', restDays: ['2027-02-06', '2027-02-07'], restDayYears: [2027] }));
    const r = await cli([...conn, 'calendar', '2027', '--policy', policy, '--units', uscc]);
    expect(r.code).toBe(0);
    const row = r.stdout.split('\n').find((l) => l.includes(uscc));
    expect(row).toMatch(/caseWindowEnd\s.*S-05\s.*2027-02-06\s.*2027-02-08/);
  });

  it('T-01: over HTTP a system token imports a unit (POST /v1/units/{uscc}/commands, update-with-start); a unit token is Forbidden', async () => {
    const uscc = freshUscc();
    const app = createApp({ leqi: new LeqiClient({ client: h.env.client, taskQueue: h.taskQueue }), tokens: new TokenTable(tokenFile([uscc], [freshUscc()])), log: () => {} });
    const body = { type: 'IMPORT_UNIT', source: 'erp:legacy-registry', facts: factsFor(uscc) };
    expect((await call(app, 'POST', `/v1/units/${uscc}/commands`, { token: TOKENS.unitA, body })).status).toBe(403);
    const answer = await call(app, 'POST', `/v1/units/${uscc}/commands`, { token: TOKENS.system, body });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ unitId: uscc, phase: 'active', term: { startsOn: '2025-06-03', endsOn: '2027-06-03' } });
    const again = await call(app, 'POST', `/v1/units/${uscc}/commands`, { token: TOKENS.system, body });
    expect(again.body).toMatchObject({ replayed: true });
  });
});
