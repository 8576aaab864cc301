/**
 * `npm run bench:size`: how big a unit's carried state and its answers are, by number of using
 * units (bytes of JSON). Measured on the pure core: the persisted context (what travels across
 * continue-as-new), its largest parts, and one state summary (one update's answer).
 */
import { readFileSync } from 'node:fs';
import { makePolicy } from '../machines/policy.js';
import { check, persist, start, step, type UnitSnapshot } from '../machines/unit/engine.js';
import type { UnitEvent } from '../machines/unit/events.js';
import { summarize } from '../machines/unit/summary.js';
import { usccWithCheck } from '../machines/uscc.js';

const example = JSON.parse(readFileSync(new URL('../examples/application.json', import.meta.url), 'utf8'));

/** the example application with `n` using units (copies of its first, each with its own USCC) */
export function applicationWith(n: number, dcuUscc: string = example.application.dcuUscc): Record<string, unknown> {
  const app = JSON.parse(JSON.stringify(example).replaceAll(example.application.dcuUscc, dcuUscc));
  const template = app.application.usingUnits[0];
  app.application.usingUnits = Array.from({ length: n }, (_, i) => ({ ...template, uscc: usccWithCheck(`91510107MA${String(i).padStart(7, '0')}`), name: `${template.name}${i}` }));
  app.application.usingUnitCount = n;
  const a = app.application;
  const uus = a.usingUnits as { revenuePrevYearCny: number; invoicesIssued12m: number; invoicesReceived12m: number }[];
  a.combinedRevenuePrevYearCny = a.revenuePrevYearCny + uus.reduce((t, u) => t + u.revenuePrevYearCny, 0);
  a.combinedInvoiceCount12m = a.invoicesIssued12m + a.invoicesReceived12m + uus.reduce((t, u) => t + u.invoicesIssued12m + u.invoicesReceived12m, 0);
  return app;
}

export function approvedWith(n: number): UnitSnapshot {
  const unit = { role: 'unit', id: 'u' } as const;
  let s = start({ unitId: example.application.dcuUscc, policy: makePolicy() });
  const at1 = '2027-03-01T09:00:00+08:00';
  const submit = check(s, { type: 'SUBMIT_APPLICATION', actor: unit, ...applicationWith(n) }, at1);
  if (!submit.ok) throw new Error(submit.reason);
  s = step(s, { ...submit.command, at: at1 } as UnitEvent).snapshot;
  const approve = check(s, { type: 'APPROVE_APPLICATION', actor: { role: 'officer', id: 'o', authority: example.application.competentTaxAuthority }, opinion: 'ok' }, '2027-03-15T10:00:00+08:00');
  if (!approve.ok) throw new Error(approve.reason);
  return step(s, { ...approve.command, at: '2027-03-15T10:00:00+08:00' } as UnitEvent).snapshot;
}

const kb = (v: unknown): string => `${(JSON.stringify(v).length / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const n of [2, 20, 200]) {
    const s = approvedWith(n);
    const ctx = persist(s).context as unknown as Record<string, unknown>;
    const parts = Object.entries(ctx).map(([k, v]) => [k, JSON.stringify(v).length] as const).sort((a, b) => b[1] - a[1]).slice(0, 5);
    console.log(`${String(n).padStart(3)} using units: carried context ${kb(ctx)}, summary ${kb(summarize(s))}; largest parts: ${parts.map(([k, b]) => `${k} ${(b / 1024).toFixed(1)} KB`).join(', ')}`);
  }
}
