/**
 * Issue 12, "Model-based tests" 2, the representative set through the real workflow: a shortest
 * path to each top-level state of the unit chart (underReview, returned, live.active,
 * live.suspended, live.terminationScheduled, terminated, closed) and every timed edge of those paths
 * at its limit — the day before and the day of (renewal reminder T-02, ladder step S-03, term end
 * T-03, case window warning and end S-05/T-09, a filed termination T-08, closing T-10) — under the
 * time-skipping server, with the workflow's summary asserted equal to the pure engine's at each
 * step. The pure engine is driven at the instants the workflow saw (each command at its audit
 * entry's instant, the clock at the server's time), as the workflow drives it. One server and one
 * worker for the file; units end by the contract's TERMINATE, never a Temporal terminate.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePolicy } from '../../machines/policy.js';
import { catchUp, check, start, step, type UnitSnapshot } from '../../machines/unit/engine.js';
import { deadlines } from '../../machines/unit/deadlines.js';
import type { DeadlineKind } from '../../machines/unit/deadline.js';
import type { UnitEvent } from '../../machines/unit/events.js';
import { summarize } from '../../machines/unit/summary.js';
import { addDays, cstDate, startOf } from '../../machines/calendar.js';
import { advanceTo, applicationFor, auditOf, freshUscc, officer, send, settle, startHarness, state, submit, unitActor, type Harness, type UnitHandle } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const DAY = 86_400_000;
const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

/** a unit driven through the workflow and, beside it, through the pure engine */
interface Twin {
  handle: UnitHandle;
  pure: UnitSnapshot;
  uscc: string;
  seen: string[];
}

/** asserts the workflow's summary equals the pure engine's, caught up to the server's clock */
async function same(t: Twin, label: string): Promise<void> {
  await settle(h);
  const now = await h.env.currentTimeMs();
  t.pure = catchUp(t.pure, now).snapshot;
  const shown = await state(t.handle);
  expect(plain(shown), `${label}: the workflow's summary equals the pure engine's`).toEqual(plain(summarize(t.pure)));
  t.seen.push(`${label} → ${shown.phase}`);
}

async function begin(): Promise<Twin> {
  const uscc = freshUscc();
  const { handle } = await submit(h, uscc);
  const entry = (await auditOf(handle)).at(-1)!;
  const t: Twin = { handle, uscc, pure: start({ unitId: uscc, policy: makePolicy() }), seen: [] };
  apply(t, { type: 'SUBMIT_APPLICATION', actor: unitActor, ...applicationFor(uscc) }, entry.at);
  await same(t, 'SUBMIT_APPLICATION');
  return t;
}

/** the command, judged by the pure engine at the instant the workflow applied it */
function apply(t: Twin, command: Record<string, unknown>, at: string): void {
  t.pure = catchUp(t.pure, Date.parse(at)).snapshot;
  const checked = check(t.pure, command, at);
  expect(checked, `${String(command.type)} legal in the pure engine at ${at}`).toMatchObject({ ok: true });
  t.pure = step(t.pure, { ...command, at } as UnitEvent).snapshot;
}

async function command(t: Twin, body: Record<string, unknown>): Promise<void> {
  await send(t.handle, body);
  const entry = (await auditOf(t.handle)).findLast((e) => e.command === body.type)!;
  expect(entry.outcome).toBe('applied');
  apply(t, body, entry.at);
  await same(t, String(body.type));
}

/** a timed edge at its limit: the day before its instant, then the instant itself */
async function atLimit(t: Twin, what: DeadlineKind): Promise<string> {
  const d = deadlines(t.pure.context).find((x) => x.what === what);
  expect(d, `a ${what} deadline ahead`).toBeDefined();
  await advanceTo(h, new Date(Date.parse(d!.at) - DAY).toISOString());
  await same(t, `${what} the day before (${cstDate(Date.parse(d!.at) - DAY)})`);
  await advanceTo(h, d!.at);
  await same(t, `${what} on the day (${d!.at})`);
  return d!.at;
}

const approve = { type: 'APPROVE_APPLICATION', actor: officer, opinion: '同意' };
const terminate = { type: 'TERMINATE', actor: officer, reason: '测试结束', ruleId: 'M-TERMINATE' };

describe('model: representative paths through the real workflow (issue 12)', () => {
  it('P-ONB-04: underReview → returned → underReview, summaries equal at each step', async () => {
    const t = await begin();
    await command(t, { type: 'RETURN_APPLICATION', actor: officer, opinion: '补正', reasons: ['材料不全'] });
    await command(t, { type: 'RESUBMIT_APPLICATION', actor: unitActor });
    await command(t, approve);
    await command(t, terminate);
    expect(t.seen).toContain('RETURN_APPLICATION → returned');
  });

  it('S-05, T-09, M-RESTORE: live.suspended, its window warning at its limit, rectified → live.active; then the window end at its limit terminates', async () => {
    const t = await begin();
    await command(t, approve);
    await command(t, { type: 'SUSPEND_FOR_NONCOMPLIANCE', actor: officer, findings: '违规', rectificationMonths: 1 });
    await atLimit(t, 'caseWindowWarning');
    await command(t, { type: 'CONFIRM_RECTIFIED', actor: officer, caseId: t.pure.context.cases[0]!.id, opinion: '已整改' });
    await command(t, { type: 'SUSPEND_FOR_NONCOMPLIANCE', actor: officer, findings: '再次违规', rectificationMonths: 1 });
    await atLimit(t, 'caseWindowEnd');
    expect(t.seen).toEqual(expect.arrayContaining(['SUSPEND_FOR_NONCOMPLIANCE → suspended', 'CONFIRM_RECTIFIED → active']));
    expect(summarize(t.pure).phase).toBe('terminated');
  }, 600_000);

  it('T-08, T-10: live.terminationScheduled, the filed termination at its limit → terminated, then closed at its limit', async () => {
    const t = await begin();
    await command(t, approve);
    const now = await h.env.currentTimeMs();
    await command(t, { type: 'FILE_TERMINATION', actor: unitActor, effectiveOn: addDays(cstDate(now), 40), reason: '停止使用' });
    await atLimit(t, 'terminationEffective');
    await atLimit(t, 'closeTerminated');
    expect(t.seen).toContain('FILE_TERMINATION → terminationScheduled');
    expect(summarize(t.pure).closed).toBe(true);
  }, 600_000);

  it('T-02, S-03, T-03: the renewal reminder, the first ladder step and the term end, each the day before and the day of', async () => {
    const t = await begin();
    await command(t, approve);
    await atLimit(t, 'renewalReminder');
    await atLimit(t, 'throttleStep');
    const end = await atLimit(t, 'termEnd');
    expect(end).toBe(startOf(addDays(t.pure.context.term!.endsOn, 1)));
    expect(summarize(t.pure).phase).toBe('terminated');
  }, 600_000);
});
