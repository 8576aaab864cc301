/**
 * `npm run bench`: what one command costs in the pure core, as ratios to baselines measured in the
 * same run (never absolute seconds): the full check + step of the unit chart against a bare xstate
 * transition of a two-state machine, and the deadline projection against one summary.
 */
import { readFileSync } from 'node:fs';
import { createMachine, initialTransition, transition } from 'xstate';
import { makePolicy } from '../machines/policy.js';
import { deadlines } from '../machines/unit/deadlines.js';
import { check, start, step, type UnitSnapshot } from '../machines/unit/engine.js';
import type { UnitEvent } from '../machines/unit/events.js';
import { summarize } from '../machines/unit/summary.js';

const example = JSON.parse(readFileSync(new URL('../examples/application.json', import.meta.url), 'utf8'));
const officer = { role: 'officer', id: 'o', authority: '15101000000' } as const;
const unit = { role: 'unit', id: 'u' } as const;

/** median ns per call over `rounds` rounds of `n` calls */
function measure(fn: () => unknown, n = 2_000, rounds = 7): number {
  for (let i = 0; i < n; i++) fn(); // warm-up
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) fn();
    times.push(Number(process.hrtime.bigint() - t0) / n);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
}

function activeUnit(): UnitSnapshot {
  let s = start({ unitId: example.application.dcuUscc, policy: makePolicy() });
  const at1 = '2027-03-01T09:00:00+08:00';
  const submit = check(s, { type: 'SUBMIT_APPLICATION', actor: unit, ...example }, at1);
  if (!submit.ok) throw new Error(submit.reason);
  s = step(s, { ...submit.command, at: at1 } as UnitEvent).snapshot;
  return step(s, { type: 'APPROVE_APPLICATION', actor: officer, opinion: 'ok', at: '2027-03-15T10:00:00+08:00' }).snapshot;
}

const toggle = createMachine({ id: 't', initial: 'a', states: { a: { on: { GO: 'b' } }, b: { on: { GO: 'a' } } } });
const [toggleSnapshot] = initialTransition(toggle);
const baseline = measure(() => transition(toggle, toggleSnapshot, { type: 'GO' }));

const s = activeUnit();
const at = '2027-05-10T09:00:00+08:00';
const command = { type: 'SET_CONCURRENCY', actor: officer, limit: 80, reason: 'bench' };
const fullPath = measure(() => {
  const checked = check(s, command, at);
  if (checked.ok) step(s, { ...checked.command, at } as UnitEvent);
});
const projection = measure(() => deadlines(s.context));
const summary = measure(() => summarize(s));

const rows = [
  ['bare xstate transition (baseline)', baseline, 1],
  ['unit command: parse + role + can + step', fullPath, fullPath / baseline],
  ['deadline projection', projection, projection / baseline],
  ['state summary', summary, summary / baseline],
] as const;
console.log('what one call costs, relative to a bare xstate transition measured in this run:');
for (const [name, ns, ratio] of rows) console.log(`  ${name.padEnd(42)} ×${ratio.toFixed(1).padStart(6)}   (${(ns / 1000).toFixed(1)} µs here)`);
