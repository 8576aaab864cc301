/**
 * `npm run bench`: the console's own share of a page with 1,000 units (LEQI_BENCH_UNITS), without
 * Temporal: 1,000 state summaries made by the real chart (half approved, half waiting), then the
 * inbox items computed and the inbox and units-list pages rendered to HTML. Printed, never asserted.
 * `npm run bench:console` measures the same pages end to end on a Temporal dev server.
 */
import { readFileSync } from 'node:fs';
import { translator } from '../client/console/i18n.js';
import { inboxItems, nameOf, type UnitRow } from '../client/console/readModel.js';
import { InboxPage } from '../client/console/views/inbox.js';
import { UnitsPage } from '../client/console/views/units.js';
import { makePolicy } from '../machines/policy.js';
import { check, start, step } from '../machines/unit/engine.js';
import type { UnitEvent } from '../machines/unit/events.js';
import { summarize } from '../machines/unit/summary.js';
import { usccWithCheck } from '../machines/uscc.js';
import { listingOf } from '../test/support/listing.js';

const UNITS = Number(process.env.LEQI_BENCH_UNITS ?? 1000);
const example = readFileSync(new URL('../examples/application.json', import.meta.url), 'utf8');
const exampleUscc = JSON.parse(example).application.dcuUscc as string;
const officer = { role: 'officer', id: 'officer-chen', authority: '15101000000' } as const;
const policy = makePolicy();

function rowOf(i: number): UnitRow {
  const uscc = usccWithCheck(`91510100MA${String(100000 + i).padStart(7, '0')}`);
  const at = `2027-03-01T09:${String(i % 60).padStart(2, '0')}:00+08:00`;
  let s = start({ unitId: uscc, policy });
  const c = check(s, { type: 'SUBMIT_APPLICATION', actor: { role: 'unit', id: 'u' }, ...JSON.parse(example.replaceAll(exampleUscc, uscc)) }, at);
  if (!c.ok) throw new Error(c.reason);
  s = step(s, { ...c.command, at } as UnitEvent).snapshot;
  if (i % 2 === 0) s = step(s, { type: 'APPROVE_APPLICATION', actor: officer, opinion: '同意', at: '2027-03-02T10:00:00+08:00' } as UnitEvent).snapshot;
  return listingOf(summarize(s), at);
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function time(fn: () => Promise<string> | string, rounds = 7): Promise<{ ms: number; bytes: number }> {
  let bytes = 0;
  const runs: number[] = [];
  for (let r = 0; r < rounds + 1; r++) {
    const t0 = performance.now();
    bytes = (await fn()).length;
    if (r > 0) runs.push(performance.now() - t0); // the first round warms up
  }
  return { ms: median(runs), bytes };
}

async function main(): Promise<void> {
  const rows = Array.from({ length: UNITS }, (_, i) => rowOf(i));
  const t = translator('zh');
  const page = { lang: 'zh' as const, t, principal: { role: 'officer' as const, id: 'officer-chen', authority: '15101000000', units: null }, path: '/console/inbox', base: '/console' };
  const now = Date.parse('2027-03-10T09:00:00+08:00');
  const inbox = await time(() => (<InboxPage page={page} items={inboxItems(rows, now)} kind={null} escalationDays={15} />).toString());
  const units = await time(() => (<UnitsPage page={page} rows={rows.slice(0, 50)} total={rows.length} pages={Math.ceil(rows.length / 50)} query={{ q: '', phase: '', page: 1, closed: false }} />).toString());
  const search = await time(() => {
    const hits = rows.filter((r) => r.unitId.includes('9151') || nameOf(r).includes('示例'));
    return (<UnitsPage page={page} rows={hits.slice(0, 50)} total={hits.length} pages={Math.ceil(hits.length / 50)} query={{ q: '示例', phase: '', page: 1, closed: false }} />).toString();
  });
  console.log(`the console's rendering with ${UNITS} units (from their listings, no Temporal), median of 7:`);
  console.log(`  inbox (${inboxItems(rows, now).length} items, all on one page)   ${inbox.ms.toFixed(1).padStart(7)} ms   ${(inbox.bytes / 1024).toFixed(0)} KiB`);
  console.log(`  units list, page 1 (50 rows)              ${units.ms.toFixed(1).padStart(7)} ms   ${(units.bytes / 1024).toFixed(0)} KiB`);
  console.log(`  units list, search over all, page 1       ${search.ms.toFixed(1).padStart(7)} ms   ${(search.bytes / 1024).toFixed(0)} KiB`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
