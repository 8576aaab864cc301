/**
 * Findings 6 and 7 (issue 14): errors without leaks, dev tokens kept local, no task tokens in the
 * worker log. (The malformed visibility query is in test/client/listing.test.ts: it needs the dev
 * server's visibility store.)
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { activityLogAttributes } from '@temporalio/worker/lib/activity.js';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../client/api/app.js';
import { TokenTable } from '../../client/api/auth.js';
import { devTokenExposure, isProduction } from '../../client/exposure.js';
import { LeqiClient } from '../../client/client.js';
import { workerLogger } from '../../worker/logger.js';
import { call, cli, TOKENS, tokenFile } from '../client/support.js';

const SECRET_LINE = 'root:x:0:0:root:/root:/bin/bash';

describe('finding 7: the embedded dev tokens stay on loopback and out of production', () => {
  it.each([
    ['production', '127.0.0.1', true],
    ['Production', '127.0.0.1', true],
    [' PRODUCTION ', '127.0.0.1', true],
    [undefined, '0.0.0.0', true],
    ['development', '192.168.1.10', true],
    [undefined, '::', true],
    [undefined, '127.0.0.1', false],
    [undefined, 'localhost', false],
    [undefined, '::1', false],
  ] as const)('O-14: NODE_ENV=%s, LEQI_API_HOST=%s without LEQI_API_TOKENS: refused=%s', (nodeEnv, host, refused) => {
    expect(devTokenExposure({ NODE_ENV: nodeEnv, LEQI_API_HOST: host }) !== null).toBe(refused);
    // a token file makes any address and any environment acceptable
    expect(devTokenExposure({ NODE_ENV: nodeEnv, LEQI_API_HOST: host, LEQI_API_TOKENS: '/run/secrets/tokens.json' })).toBeNull();
  });

  it('O-14: NODE_ENV is compared case-insensitively', () => {
    expect(['production', 'Production', 'PRODUCTION'].map(isProduction)).toEqual([true, true, true]);
    expect(isProduction('prod')).toBe(false);
  });
});

describe('finding 7: the worker does not log activity task tokens', () => {
  it('O-14: the SDK’s activity log attributes reach the log without the task token', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const logger = workerLogger(sink as never);
    const token = Buffer.from('a-task-token-that-completes-the-activity').toString('base64');
    const attributes = activityLogAttributes({ isLocal: false, attempt: 1, namespace: 'default', base64TaskToken: token, activityId: '1', activityType: 'sendNotice', taskQueue: 'leqi-lifecycle', workflowExecution: { workflowId: 'unit:x', runId: 'r' }, workflowType: 'unitLifecycle', inWorkflow: true } as never);
    expect(attributes).toHaveProperty('taskToken', token);
    logger.info('Activity started', attributes);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ msg: 'Activity started', activityType: 'sendNotice' });
    expect(lines[0]).not.toContain(token);
    expect(lines[0]).not.toContain('taskToken');
  });
});

describe('finding 6: errors never echo what was sent', () => {
  const dir = mkdtempSync(join(tmpdir(), 'leqi-leak-'));
  const file = join(dir, 'passwd');
  writeFileSync(file, `${SECRET_LINE}\ndaemon:x:1:1::/usr/sbin:/usr/sbin/nologin\n`);

  it('P-ONB-02: leqi submit --file <not JSON> names the file and the problem, never its content', async () => {
    const r = await cli(['--json', 'submit', '91510100MA6CEXA01F', '--file', file]);
    expect(r.code).toBe(2);
    expect(`${r.stdout}\n${r.stderr}`).not.toContain('root:x');
    expect(r.stderr).toContain('malformed JSON');
  });

  it('P-ONB-02: the API answers malformed JSON without quoting it and without a stack', async () => {
    // the body is refused before Temporal is reached: no connection is needed
    const app = createApp({ leqi: {} as LeqiClient, tokens: new TokenTable(tokenFile(['91510100MA6CEXA01F'], ['91510100MA6CEXA01F'])), log: () => {} });
    const res = await call(app, 'POST', '/v1/units/91510100MA6CEXA01F/commands', { token: TOKENS.officer, raw: SECRET_LINE });
    expect(res.status).toBe(400);
    expect(res.text).not.toContain('root:x');
    expect(res.text).not.toMatch(/\bat .*\.(js|ts):\d+/);
  });
});
