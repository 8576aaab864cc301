import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../client/cli/main.js';
import { StateSummary } from '../../client/schemas.js';
import { commandTypes } from '../../machines/schemas/commands.js';
import { applicationFor, freshUscc, startHarness, type Harness } from '../support/harness.js';
import { cli } from './support.js';
import { conformingCliOutput } from '../support/contract.js';

let h: Harness;
let conn: string[];
const dir = mkdtempSync(join(tmpdir(), 'leqi-cli-'));
const asOfficer = ['--as', 'officer', '--actor-id', 'officer-chen', '--authority', '15101000000'];
const asUnit = ['--as', 'unit', '--actor-id', 'unit-admin'];

beforeAll(async () => {
  h = await startHarness();
  conn = ['--address', h.env.address, '--task-queue', h.taskQueue];
});
afterAll(async () => {
  await h?.close();
});

function applicationFile(uscc: string): string {
  const path = join(dir, `${uscc}.json`);
  writeFileSync(path, JSON.stringify(applicationFor(uscc)));
  return path;
}

describe('leqi: onboarding and term commands', () => {
  it('P-ONB-02/P-ONB-04/T-05: submit, return, resubmit, approve, request and approve renewal, set concurrency; JSON and tables', async () => {
    const uscc = freshUscc();
    let r = await cli([...conn, '--json', ...asUnit, 'submit', uscc, '--file', applicationFile(uscc)]);
    expect(r.code, r.stderr).toBe(EXIT.ok);
    expect(StateSummary.parse(r.json()).phase).toBe('underReview');

    r = await cli([...conn, '--json', ...asOfficer, 'return', uscc, '--opinion', '材料不全', '--reason', '缺少网络安全承诺', '--reason', '联系人电话有误']);
    expect(r.code, r.stderr).toBe(EXIT.ok);
    expect(r.json()).toMatchObject({ phase: 'returned', review: { returns: 1 } });

    r = await cli([...conn, '--json', ...asUnit, 'resubmit', uscc]);
    expect(r.json().phase).toBe('underReview');

    r = await cli([...conn, ...asOfficer, 'approve', uscc, '--opinion', '同意', '--base-concurrency', '120']);
    expect(r.code, r.stderr).toBe(EXIT.ok);
    expect(r.stdout).toContain('APPROVE_APPLICATION applied');
    expect(r.stdout).toMatch(/phase\s+active/);

    r = await cli([...conn, '--json', ...asUnit, 'request-renewal', uscc, '--reason', '继续使用']);
    expect(r.json().term.renewal).toBe('requested');
    const endsOn: string = r.json().term.endsOn;
    const extendsTo = `${Number(endsOn.slice(0, 4)) + 2}${endsOn.slice(4)}`;
    r = await cli([...conn, '--json', ...asOfficer, 'approve-renewal', uscc, '--opinion', '同意续期', '--extends-to', extendsTo]);
    expect(r.code, r.stderr).toBe(EXIT.ok);
    expect(r.json().term).toMatchObject({ renewal: 'approved', extendsTo });

    r = await cli([...conn, '--json', ...asOfficer, 'set-concurrency', uscc, '--limit', '60', '--reason', '平台负载']);
    expect(r.json().concurrency.limit).toBe(60);

    r = await cli([...conn, ...asOfficer, '--request-id', `cli-${uscc}`, 'dispatch', uscc, '--type', 'SET_CONCURRENCY', '--data', '{"limit":55,"reason":"generic dispatch"}']);
    expect(r.code, r.stderr).toBe(EXIT.ok);

    r = await cli([...conn, 'state', uscc]);
    expect(r.stdout).toMatch(/concurrency\s+55 of base 120/);
    r = await cli([...conn, '--json', 'audit', uscc]);
    expect(r.json().filter((e: any) => e.kind === 'command').map((e: any) => e.command)).toEqual([
      'SUBMIT_APPLICATION',
      'RETURN_APPLICATION',
      'RESUBMIT_APPLICATION',
      'APPROVE_APPLICATION',
      'REQUEST_RENEWAL',
      'APPROVE_RENEWAL',
      'SET_CONCURRENCY',
      'SET_CONCURRENCY',
    ]);
    r = await cli([...conn, 'audit', uscc]);
    expect(r.stdout.split('\n')[0]).toMatch(/^#\s+at\s+actor\s+command/);
  });

  it('reject-renewal, terminate and archive; a command on a closed record', async () => {
    const uscc = freshUscc();
    await cli([...conn, ...asUnit, 'submit', uscc, '--file', applicationFile(uscc)]);
    await cli([...conn, ...asOfficer, 'approve', uscc, '--opinion', '同意']);
    await cli([...conn, ...asUnit, 'request-renewal', uscc]);
    let r = await cli([...conn, '--json', ...asOfficer, 'reject-renewal', uscc, '--opinion', '不予续期']);
    expect(r.json().term.renewal).toBe('rejected');
    r = await cli([...conn, '--json', ...asOfficer, 'terminate', uscc, '--reason', '违规', '--rule-id', 'T-08']);
    expect(r.code, r.stderr).toBe(EXIT.ok);
    expect(r.json().phase).toBe('terminated');
    r = await cli([...conn, '--json', ...asOfficer, 'archive', uscc]);
    expect(r.code, r.stderr).toBe(EXIT.ok);
    expect(r.json().closed).toBe(true);
  });
});

describe('leqi: exit codes a script can trust', () => {
  it('2 invalid input, 3 forbidden, 4 illegal transition, 5 not found, 0 help', async () => {
    const uscc = freshUscc();
    await cli([...conn, ...asUnit, 'submit', uscc, '--file', applicationFile(uscc)]);

    const forbidden = await cli([...conn, '--json', ...asUnit, 'approve', uscc, '--opinion', 'self']);
    expect(forbidden.code).toBe(EXIT.forbidden);
    expect(forbidden.json()).toEqual({ type: 'Forbidden', ruleId: 'P-ONB-04', state: 'underReview', reason: expect.stringContaining('P-ONB-04'), problems: [] });

    const illegal = await cli([...conn, '--json', ...asUnit, 'request-renewal', uscc]);
    expect(illegal.code).toBe(EXIT.illegalTransition);
    expect(illegal.json()).toMatchObject({ type: 'IllegalTransition', ruleId: 'P-REN-01', state: 'underReview' });
    expect(illegal.stderr).toMatch(/rule /);

    expect((await cli([...conn, 'state', freshUscc()])).code).toBe(EXIT.notFound);

    const invalid = await cli([...conn, '--json', ...asOfficer, 'set-concurrency', uscc, '--limit', 'lots', '--reason', '']);
    expect(invalid.code).toBe(EXIT.invalidInput);
    expect(invalid.json()).toMatchObject({ type: 'InvalidCommand', problems: [expect.objectContaining({ path: '/limit' }), expect.objectContaining({ path: '/reason' })] });
    expect((await cli([...conn, 'submit', uscc, '--file', join(dir, 'missing.json')])).code).toBe(EXIT.invalidInput);
    writeFileSync(join(dir, 'broken.json'), '{"application": ');
    expect((await cli([...conn, 'submit', uscc, '--file', join(dir, 'broken.json')])).code).toBe(EXIT.invalidInput);
    expect((await cli([...conn, 'dispatch', uscc, '--type', 'MAKE_COFFEE'])).code).toBe(EXIT.invalidInput);
    expect((await cli([...conn, 'state', 'NOT-A-USCC'])).code).toBe(EXIT.invalidInput);
    expect((await cli([...conn, 'list', '--phase', 'sleeping'])).code).toBe(EXIT.invalidInput);
    expect((await cli(['no-such-command'])).code).toBe(EXIT.invalidInput);
    expect((await cli(['approve', uscc])).code).toBe(EXIT.invalidInput); // --opinion missing

    const help = await cli(['--help']);
    expect(help.code).toBe(EXIT.ok);
    expect(help.stdout).toContain('Exit codes');
    expect((await cli(['approve', '--help'])).stdout).toContain('--term-ends-on');

    // nothing above changed the unit
    expect((await cli([...conn, '--json', 'state', uscc])).json().phase).toBe('underReview');
  });

  it('Temporal unreachable is exit 1', async () => {
    expect((await cli(['--address', '127.0.0.1:1', 'state', freshUscc()])).code).toBe(EXIT.other);
  });

  it('`leqi commands` lists every command type with its roles; the bin runs', () => {
    const r = spawnSync(process.execPath, ['client/cli/leqi.mjs', 'commands', '--json'], { encoding: 'utf8', cwd: new URL('../../', import.meta.url).pathname });
    expect(r.status, r.stderr).toBe(0);
    conformingCliOutput(['commands', '--json'], r.status!, r.stdout);
    expect(JSON.parse(r.stdout).map((c: { type: string }) => c.type)).toEqual(commandTypes);
  });
});
