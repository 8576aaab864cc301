/**
 * Issue 19: `npm run bench -- --quick` is a smoke run of the whole bench (its own dev server, worker
 * processes, the two bare baselines, a 2-year life on the time-skipping server). It checks that the
 * table and the machine-readable lines are printed and well-formed; it asserts no speed.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('npm run bench -- --quick', () => {
  it('issue 19: prints the table with both baselines and ratios, and ends with the four machine-readable lines', () => {
    const r = spawnSync('npm', ['run', '--silent', 'bench', '--', '--quick'], { cwd: root, encoding: 'utf8', timeout: 540_000 });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(r.stdout).toContain('| figure | bare | bare-same-effects | dispatch | dispatch/bare | dispatch/bare-same-effects |');
    for (const figure of ['updates/s, 1 client', 'update latency p50, 1 client (ms)', 'starts/s (update-with-start', 'worker CPU per command', 'server CPU per command', 'answer of one command (bytes of JSON)', 'worker memory per cached unit']) {
      const row = lines.find((l) => l.startsWith(`| ${figure}`));
      expect(row, figure).toBeDefined();
      // six cells, each a number (or min / median / max), none missing
      const cells = row!.split('|').slice(2, -1).map((c) => c.trim());
      expect(cells).toHaveLength(5);
      for (const cell of cells) expect(cell, `${figure}: ${cell}`).toMatch(/^\d+(\.\d+)?( \/ \d+(\.\d+)? \/ \d+(\.\d+)?)?$/);
    }
    expect(r.stdout).toMatch(/2-year life .*: \d+\.\d+ s wall \(.*\), \d+ history events in \d+ run\(s\), \d+ workflow tasks/);
    expect(lines.slice(-4)).toEqual([
      expect.stringMatching(/^ratio dispatch\/bare-same-effects: \d+\.\d\d$/),
      expect.stringMatching(/^ratio dispatch\/bare: \d+\.\d\d$/),
      expect.stringMatching(/^memory per cached unit MB: \d+\.\d\d$/),
      expect.stringMatching(/^events per 2-year term: \d+$/),
    ]);
  }, 600_000);
});
