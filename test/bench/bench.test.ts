/**
 * Issue 19: `npm run bench -- --quick` is a smoke run of the whole bench (its own dev server, worker
 * processes, the two bare baselines, a 2-year life on the time-skipping server, 8 then 16 idle units on
 * one worker, the timer lag of 4 units). It checks that the tables and the machine-readable lines are
 * printed and well-formed; it asserts no speed.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('npm run bench -- --quick', () => {
  it('issue 19: prints the table with both baselines and ratios, the idle scale and the timer lag, and ends with the four machine-readable lines', () => {
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
    // issue 19 item 3: idle units at two checkpoints, the growth stated from the numbers, the timer lag
    const scaleRows = lines.filter((l) => /^\| \d+ \| \d+\.\d \| \d+ \| \d+ \| -?\d+\.\d{3} \| -?\d+\.\d{3} \| \d+ \|$/.test(l));
    expect(scaleRows.map((l) => Number(l.split('|')[1]))).toEqual([8, 16]);
    expect(r.stdout).toMatch(/^growth: (not )?linear: per-unit growth of the later segment\(s\) -?\d+\.\d{3} MB vs -?\d+\.\d{3} MB a unit up to 8/m);
    expect(r.stdout).toMatch(/^timer lag: 4 units whose deadline falls within the run \(decisionAgeing \(T-18\) at \d{4}-\d\d-\d\dT00:00:00\+08:00\)/m);
    for (const row of ['timer fired (server)', 'deadline applied (its workflow task completed)', 'record written (local activity marker)', 'notice sent (its local attempt, or its activity started)']) {
      expect(lines.find((l) => l.startsWith(`| ${row} |`)), row).toMatch(/^\| [^|]+ \| -?\d+ \| -?\d+ \| -?\d+ \| 4 \|$/);
    }
    expect(lines.slice(-4)).toEqual([
      expect.stringMatching(/^ratio dispatch\/bare-same-effects: \d+\.\d\d$/),
      expect.stringMatching(/^ratio dispatch\/bare: \d+\.\d\d$/),
      expect.stringMatching(/^memory per cached unit MB: \d+\.\d\d$/),
      expect.stringMatching(/^events per 2-year term: \d+$/),
    ]);
  }, 600_000);
});
