/** The console's pure pieces: the chart read from the XState definition and laid out by ELK, forms from the zod schemas, rejections, the inbox. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toRejection } from '../../client/console/api.js';
import { chartGraph, layoutChart } from '../../client/console/chart.js';
import { commandFromForm, officerForms } from '../../client/console/forms.js';
import { cstLastDay, cstTime, langOf } from '../../client/console/i18n.js';
import { inboxItems, withinAuthority } from '../../client/console/readModel.js';
import { timelineOf } from '../../client/console/timeline.js';
import { makePolicy } from '../../machines/policy.js';
import { parseCommand } from '../../machines/schemas/commands.js';
import { check, start, step, type UnitSnapshot } from '../../machines/unit/engine.js';
import type { UnitEvent } from '../../machines/unit/events.js';
import { summarize } from '../../machines/unit/summary.js';
import { decodeInboxEntry, encodeInboxEntry, inboxOf } from '../../machines/unit/inbox.js';
import { listingOf } from '../support/listing.js';

const example = JSON.parse(readFileSync(new URL('../../examples/application.json', import.meta.url), 'utf8'));
const officer = { role: 'officer', id: 'officer-chen', authority: '15101000000' } as const;

function submitted(at: string): UnitSnapshot {
  const s = start({ unitId: example.application.dcuUscc, policy: makePolicy() });
  const c = check(s, { type: 'SUBMIT_APPLICATION', actor: { role: 'unit', id: 'u' }, ...example }, at);
  if (!c.ok) throw new Error(c.reason);
  return step(s, { ...c.command, at } as UnitEvent).snapshot;
}
const row = (snapshot: UnitSnapshot) => listingOf(summarize(snapshot));

describe('the chart, from the XState definition', () => {
  it('T-01/P-ONB-04/T-03: every targeted transition is an edge naming its rules; commands that stay in a state are counted on it', () => {
    const { nodes, edges } = chartGraph();
    expect(nodes.map((n) => n.path)).toEqual(['prospect', 'underReview', 'returned', 'live', 'live.active', 'live.terminationScheduled', 'live.suspended', 'terminated', 'closed']);
    expect(edges).toContainEqual(expect.objectContaining({ from: 'underReview', to: 'live', event: 'APPROVE_APPLICATION', rules: ['T-01'] }));
    expect(edges).toContainEqual(expect.objectContaining({ from: 'underReview', to: 'returned', event: 'RETURN_APPLICATION', rules: ['P-ONB-04'] }));
    expect(edges.find((e) => e.from === 'live' && e.to === 'terminated' && e.event === 'DEADLINE')?.rules).toEqual(expect.arrayContaining(['T-03', 'T-09', 'T-08']));
    expect(edges.every((e) => e.rules.length > 0)).toBe(true);
    expect(nodes.find((n) => n.path === 'live')!.internal).toBeGreaterThan(20);
    expect(nodes.find((n) => n.path === 'closed')!.final).toBe(true);
  });

  it('ELK lays it out: children inside their parent, siblings apart, every edge routed', async () => {
    const layout = await layoutChart();
    const box = (path: string) => layout.nodes.find((n) => n.path === path)!;
    const live = box('live');
    for (const child of ['live.active', 'live.suspended', 'live.terminationScheduled'].map(box)) {
      expect(child.x).toBeGreaterThanOrEqual(live.x);
      expect(child.y).toBeGreaterThanOrEqual(live.y);
      expect(child.x + child.width).toBeLessThanOrEqual(live.x + live.width);
      expect(child.y + child.height).toBeLessThanOrEqual(live.y + live.height);
    }
    const top = layout.nodes.filter((n) => !n.path.includes('.'));
    for (const a of top) for (const b of top) if (a !== b) expect(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(true);
    for (const e of layout.edges) expect(e.points.length).toBeGreaterThanOrEqual(2);
  });
});

describe('forms from the commands’ zod schemas', () => {
  it('every officer command has a form; fields keep the schema’s kinds', () => {
    const forms = officerForms();
    expect(forms.has('APPROVE_APPLICATION')).toBe(true);
    expect(forms.has('SUBMIT_APPLICATION')).toBe(false);
    const approve = forms.get('APPROVE_APPLICATION')!;
    expect(approve.ruleId).toBe('P-ONB-04');
    expect(approve.fields.find((f) => f.name === 'opinion')).toMatchObject({ required: true });
    expect(approve.fields.find((f) => f.name === 'termEndsOn')).toMatchObject({ kind: 'date', required: false });
    expect(approve.fields.find((f) => f.name === 'baseConcurrency')).toMatchObject({ kind: 'integer' });
    expect(forms.get('RETURN_APPLICATION')!.fields.find((f) => f.name === 'reasons')).toMatchObject({ kind: 'lines', required: true });
  });

  it('P-ONB-04: form values become a command the same schema accepts; bad values stay for the schema to refuse', () => {
    const forms = officerForms();
    const ret = commandFromForm(forms.get('RETURN_APPLICATION')!, { opinion: '退回', reasons: '材料不全\n\n缺少授权书 ', requestId: 'console-1' });
    expect(ret).toEqual({ type: 'RETURN_APPLICATION', opinion: '退回', reasons: ['材料不全', '缺少授权书'], requestId: 'console-1' });
    expect(parseCommand({ ...ret, actor: officer }).ok).toBe(true);
    const bad = commandFromForm(forms.get('SET_CONCURRENCY')!, { limit: 'many', reason: 'x' });
    const parsed = parseCommand({ ...bad, actor: officer });
    expect(parsed.ok).toBe(false);
  });
});

describe('refusals, in either shape', () => {
  it('the structured rejection (JSON Pointer paths) and the older error body give the same fields', () => {
    const structured = toRejection(409, { type: 'IllegalTransition', ruleId: 'P-ONB-04', state: 'active', reason: 'not under review', problems: [] });
    expect(structured).toEqual({ status: 409, type: 'IllegalTransition', ruleId: 'P-ONB-04', state: 'active', reason: 'not under review', problems: [] });
    const fields = toRejection(400, { type: 'InvalidCommand', ruleId: null, state: null, reason: 'bad', problems: [{ path: '/target/usingUnit', code: 'invalid_format', message: 'no' }], error: { type: 'x' } });
    expect(fields.problems).toEqual([{ path: 'target.usingUnit', code: 'invalid_format', message: 'no' }]);
    expect(toRejection(400, { error: { type: 'InvalidCommand', message: 'bad', problems: ['limit: expected number'] } }).problems).toEqual([{ path: 'limit', message: 'expected number' }]);
  });
});

describe('the inbox and the timeline', () => {
  it('P-ONB-04/T-18: an application waits with its rule, age in CST days and the supervisor threshold as its due date', () => {
    const s = submitted('2027-03-01T09:00:00+08:00');
    const [item] = inboxItems([row(s)], Date.parse('2027-03-11T08:00:00+08:00'));
    expect(item).toMatchObject({ kind: 'application', ruleId: 'P-ONB-04', unitName: '四川示例科技集团有限公司', ageDays: 10, overdue: false });
    expect(cstLastDay(item!.dueAt)).toBe('2027-03-16');
    const late = inboxItems([row(s)], Date.parse('2027-03-20T08:00:00+08:00'))[0]!;
    expect(late).toMatchObject({ overdue: true, escalated: true });
  });

  it('an officer of another authority does not see the unit (the API’s read scope, applied to the read model)', () => {
    const summary = summarize(submitted('2027-03-01T09:00:00+08:00'));
    expect(withinAuthority({ role: 'officer', id: 'a', authority: '15101000000', units: null }, summary)).toBe(true);
    expect(withinAuthority({ role: 'officer', id: 'b', authority: '15199999999', units: null }, summary)).toBe(false);
    expect(withinAuthority({ role: 'auditor', id: 'c', units: null }, summary)).toBe(true);
    // the lists apply it to the listing (LeqiAuthorities) alone
    expect(withinAuthority({ role: 'officer', id: 'b', authority: '15199999999', units: null }, listingOf(summary))).toBe(false);
    expect(withinAuthority({ role: 'officer', id: 'a', authority: '15101000000', units: null }, listingOf(summary))).toBe(true);
  });

  it('T-18/P-ONB-04: the worker projects the summary to LeqiInbox keywords; the inbox is built from the listing alone, no summary', () => {
    const summary = summarize(submitted('2027-03-01T09:00:00+08:00'));
    const entries = inboxOf(summary);
    expect(entries).toEqual([{ kind: 'application', ruleId: 'P-ONB-04', since: '2027-03-01T09:00:00+08:00', dueAt: summary.pendingDecisions[0]!.escalatesAt, subject: summary.unitId }]);
    const keyword = encodeInboxEntry(entries[0]!);
    expect(keyword).toBe(`application|P-ONB-04|2027-03-01T09:00:00+08:00|${summary.pendingDecisions[0]!.escalatesAt}|${summary.unitId}`);
    expect(decodeInboxEntry(`${keyword}|with|bars`)?.subject).toBe(`${summary.unitId}|with|bars`);
    expect(decodeInboxEntry('somethingNew|X-01|2027-03-01T09:00:00+08:00|2027-03-02T00:00:00+08:00|s')).toBeNull();
    // only what a visibility listing carries: the search attributes, not the summary
    const listing = { ...listingOf(summary) };
    const [item] = inboxItems([listing], Date.parse('2027-03-05T08:00:00+08:00'));
    expect(item).toMatchObject({ unitId: summary.unitId, unitName: '四川示例科技集团有限公司', kind: 'application', ruleId: 'P-ONB-04', ageDays: 4 });
    expect(inboxItems([{ ...listing, status: 'COMPLETED' }], Date.parse('2027-03-05T08:00:00+08:00'))).toEqual([]);
  });

  it('T-03: a renewal request still undecided when the term has ended becomes its own item, due at the term end', () => {
    const listing = { ...listingOf(summarize(submitted('2027-03-01T09:00:00+08:00'))), termEndsAt: '2030-03-16T00:00:00+08:00', inbox: [{ kind: 'renewal' as const, ruleId: 'T-05', since: '2030-01-10T09:00:00+08:00', dueAt: '2030-01-26T00:00:00+08:00', subject: 'term 1' }] };
    expect(inboxItems([listing], Date.parse('2030-01-20T08:00:00+08:00'))[0]).toMatchObject({ kind: 'renewal', ruleId: 'T-05', overdue: false, escalated: false });
    expect(inboxItems([listing], Date.parse('2030-03-17T08:00:00+08:00'))[0]).toMatchObject({ kind: 'undecidedAtTermEnd', ruleId: 'T-03', dueAt: '2030-03-16T00:00:00+08:00', overdue: true, escalated: true });
  });

  it('T-01/T-02: the timeline puts past events before today and shows the term end and renewal due date', () => {
    const s = step(submitted('2027-03-01T09:00:00+08:00'), { type: 'APPROVE_APPLICATION', actor: officer, opinion: 'ok', at: '2027-03-15T10:00:00+08:00' } as UnitEvent).snapshot;
    const summary = summarize(s);
    const audit = [{ seq: 1, at: '2027-03-15T10:00:00+08:00', kind: 'command', actor: officer, command: 'APPROVE_APPLICATION', from: 'underReview', to: 'live', ruleId: 'T-01', outcome: 'applied' }] as const;
    const items = timelineOf(summary, [...audit], Date.parse('2027-04-01T00:00:00+08:00'));
    expect(items[0]).toMatchObject({ what: 'APPROVE_APPLICATION', future: false });
    expect(items.find((i) => i.what === 'termEndsOn')).toMatchObject({ ruleId: 'T-01', future: true, milestone: true });
    expect(items.find((i) => i.what === 'renewalDueOn')!.at.slice(0, 10)).toBe(summary.term!.renewalDueOn);
  });

  it('dates in CST; Chinese unless English is asked for', () => {
    expect(cstTime('2027-03-14T17:30:00Z')).toBe('2027-03-15 01:30 CST');
    expect(cstLastDay('2027-03-16T00:00:00+08:00')).toBe('2027-03-15');
    expect(langOf(undefined, undefined)).toBe('zh');
    expect(langOf('en', 'zh')).toBe('en');
    expect(langOf('xx', 'en')).toBe('en');
  });
});
