import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { TypedSearchAttributes } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allSearchAttributes } from '../../contract/index.js';
import { CONTRACT_SEARCH_ATTRIBUTES } from '../../scripts/search-attributes.mjs';
import { createTestEnv, testServerBinary } from './temporal.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** argv of the processes whose parent is this one (Linux /proc), to see which binary really runs */
function childCommandLines(): string[][] {
  const lines: string[][] = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid) lines.push(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean));
    } catch {
      // the process ended while we looked
    }
  }
  return lines;
}

describe('time-skipping test environment', () => {
  let env: TestWorkflowEnvironment;
  const bin = testServerBinary();

  beforeAll(async () => {
    env = await createTestEnv();
  }, 120_000);

  afterAll(async () => {
    await env?.teardown();
  });

  it('resolves an installed test server, so no download is needed', () => {
    expect(['env', 'PATH', 'venv', 'maven']).toContain(bin.source);
    expect(bin.path).toBeTruthy();
  });

  it.runIf(process.platform === 'linux')('runs the resolved binary on the port it reports', () => {
    const port = env.address.split(':').pop() ?? '';
    // the SDK runs `<exe> <port>`: no --enable-time-skipping, its client unlocks skipping while awaiting results
    const servers = childCommandLines().filter((argv) => argv.includes(port));
    expect(servers).toHaveLength(1);
    const argv = servers[0]!;
    if (argv.includes('io.temporal.testserver.TestServer')) {
      // the Maven wrapper execs java with the jars beside it
      expect(argv[argv.indexOf('-cp') + 1]).toBe(join(dirname(bin.path!), 'lib', '*'));
    } else {
      expect(argv[0]).toBe(bin.path);
    }
    expect(argv).toContain(port);
  });

  it('skips 30 days in far less than a minute of real time', async () => {
    expect(env.supportsTimeSkipping).toBe(true);
    const realStart = Date.now();
    const before = await env.currentTimeMs();
    await env.sleep('30 days');
    const after = await env.currentTimeMs();
    expect(after - before).toBeGreaterThanOrEqual(30 * DAY_MS);
    expect(Date.now() - realStart).toBeLessThan(60_000);
  });
});

describe('search attributes for the dev server', () => {
  it('npm start and docker-compose register the same attributes as contract/index.ts', () => {
    const typed = allSearchAttributes.map((k) => ({ name: k.name, type: TypedSearchAttributes.toMetadataType(k.type) }));
    expect(CONTRACT_SEARCH_ATTRIBUTES).toEqual(typed);
    const compose = readFileSync(new URL('../../docker-compose.yml', import.meta.url), 'utf8');
    // the compose file's setup job creates each as NAME=Type (temporal operator search-attribute create)
    for (const { name, type } of typed) expect(compose).toMatch(new RegExp(`\\b${name}=${type}\\b`));
  });
});
