/**
 * The Java back-office of examples/java, built with Maven and run against the dev server with a
 * real worker: it generates its types from docs/schemas (jsonschema2pojo), compiles them, and
 * drives a unit through the wire contract with the Temporal Java SDK. Every answer it receives is
 * checked here against the published schema. Needs Java 17 and Maven (Debian: openjdk-17-jdk-headless
 * maven): under CI=true their absence fails the test, elsewhere it skips with that message.
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshUscc } from '../support/harness.js';
import { conforms } from '../support/contract.js';
import { createDevEnv } from '../support/temporal.js';
import { startWorker } from '../client/support.js';

const run = promisify(execFile);
const project = new URL('../../examples/java/', import.meta.url).pathname;
const example = new URL('../../examples/application.json', import.meta.url).pathname;

const has = (cmd: string, arg: string): boolean => spawnSync(cmd, [arg], { stdio: 'ignore' }).status === 0;
const missing = [...(has('java', '-version') ? [] : ['java']), ...(has('mvn', '-v') ? [] : ['mvn'])];
const PACKAGES = 'openjdk-17-jdk-headless maven';
if (missing.length && process.env.CI === 'true') throw new Error(`CI=true: ${missing.join(' and ')} missing; install the Debian packages ${PACKAGES} (.ci/run does)`);
if (missing.length) console.warn(`[java] skipping the Java back-office: ${missing.join(' and ')} missing (apt-get install ${PACKAGES})`);

let env: TestWorkflowEnvironment;
let worker: Awaited<ReturnType<typeof startWorker>>;

describe.skipIf(missing.length > 0)('examples/java: a back-office on the Temporal Java SDK (dev server)', () => {
  beforeAll(async () => {
    env = await createDevEnv();
    worker = await startWorker(env);
  });
  afterAll(async () => {
    await worker?.stop();
    await env?.teardown();
  });

  it('builds (types generated from docs/schemas), submits, approves, reads state, reads every rejection type as a typed object, replays a request id, lists with a boundary query', async () => {
    // offline when ~/.m2 has everything (the usual case after the first run), online otherwise
    const mvn = (offline: boolean) => run('mvn', ['-B', '-q', ...(offline ? ['-o'] : []), 'compile'], { cwd: project, maxBuffer: 16 << 20 });
    await mvn(true).catch(() => mvn(false));

    const uscc = freshUscc();
    const classpath = `${project}target/classes:${(await run('cat', [`${project}target/classpath.txt`])).stdout.trim()}`;
    const result = await run('java', ['-cp', classpath, 'invalid.leqi.backoffice.BackOffice', uscc, example], {
      env: { ...process.env, TEMPORAL_ADDRESS: env.address, TEMPORAL_NAMESPACE: 'default', LEQI_TASK_QUEUE: worker.taskQueue },
      maxBuffer: 16 << 20,
    }).catch((e: { stdout?: string; stderr?: string }) => {
      throw new Error(`the Java back-office failed:\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
    });
    const lines = result.stdout.split('\n');
    const steps = lines.filter((l) => l.startsWith('STEP '));
    console.log(steps.join('\n'));
    expect(steps.map((l) => l.replace(/^STEP \d+ ([^:]+):.*$/, '$1'))).toEqual([
      'submit by update-with-start',
      'approve as officer',
      'query state',
      'rejection InvalidCommand',
      'rejection Forbidden',
      'rejection IllegalTransition',
      'request id replayed',
      'rejection RequestIdReused',
      'list with a boundary query',
    ]);
    expect(lines).toContain('ALL STEPS OK');

    // every answer the Java client received conforms to the published schema it was generated from
    const answers = lines.filter((l) => l.startsWith('ANSWER ')).map((l) => /^ANSWER (\w+) (.*)$/.exec(l)!);
    expect(answers.map((a) => a[1])).toEqual(expect.arrayContaining(['StateSummary', 'Rejection']));
    for (const [, schema, text] of answers) conforms(schema!, JSON.parse(text!));
    const rejections = answers.filter((a) => a[1] === 'Rejection').map((a) => JSON.parse(a[2]!) as { type: string });
    expect(rejections.map((r) => r.type)).toEqual(['InvalidCommand', 'Forbidden', 'IllegalTransition', 'RequestIdReused']);
  });
});
