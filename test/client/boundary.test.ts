/**
 * Listings that are right at the boundary (contract, search attributes), on the dev server whose
 * SQLite visibility misses `=` and `<=` at an exact instant: "on or before day D" is built as
 * `< D+1 00:00:00.001+08:00` by the client, the CLI and the API, and the README's raw queries
 * (with `ExecutionStatus = "Running"`) are run as written, only their day substituted.
 */
import { readFileSync } from 'node:fs';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../client/api/app.js';
import { TokenTable } from '../../client/api/auth.js';
import { LeqiClient, type UnitListing } from '../../client/client.js';
import { onOrBeforeBound, visibilityQuery } from '../../client/listing.js';
import { addDays, cstDate } from '../../machines/calendar.js';
import { applicationFor, freshUscc, officer, unitActor } from '../support/harness.js';
import { conforms } from '../support/contract.js';
import { createDevEnv } from '../support/temporal.js';
import { call, cli, eventually, startWorker, TOKENS, tokenFile } from './support.js';

let env: TestWorkflowEnvironment;
let worker: Awaited<ReturnType<typeof startWorker>>;
let leqi: LeqiClient;
const unit = freshUscc();
/** the instant of the unit's next deadline (00:00 CST of the day after its last day) and that last day */
let at: string;
let lastDay: string;
let termEndsOn: string;
const ids = (units: UnitListing[]): string[] => units.map((u) => u.unitId);

beforeAll(async () => {
  env = await createDevEnv();
  worker = await startWorker(env);
  leqi = new LeqiClient({ client: env.client, taskQueue: worker.taskQueue });
  await leqi.submitApplication(unit, applicationFor(unit), unitActor);
  const state = conforms('StateSummary', await leqi.dispatch(unit, { type: 'APPROVE_APPLICATION', actor: officer, opinion: '同意' }));
  at = state.nextDeadlines[0]!.at;
  termEndsOn = state.term!.endsOn;
  lastDay = addDays(cstDate(at), -1);
  // visibility is eventually consistent: wait until the unit shows its deadline
  await eventually(() => leqi.list({ unitIds: [unit] }), (u) => u[0]?.nextDeadline === at);
});
afterAll(async () => {
  await worker?.stop();
  await env?.teardown();
});

describe('boundary queries on the dev server', () => {
  it('a deadline exactly at 00:00 CST of D+1 falls on day D: listed by "on or before D", not by "on or before D-1" nor "strictly before its instant"', async () => {
    expect(at).toMatch(/T00:00:00\+08:00$/);
    expect(visibilityQuery({ deadlineOnOrBefore: lastDay })).toContain(`LeqiNextDeadline < "${addDays(lastDay, 1)}T00:00:00.001+08:00"`);
    expect(ids(await leqi.list({ unitIds: [unit], deadlineOnOrBefore: lastDay }))).toEqual([unit]);
    expect(ids(await leqi.list({ unitIds: [unit], deadlineOnOrBefore: addDays(lastDay, -1) }))).toEqual([]);
    expect(ids(await leqi.list({ unitIds: [unit], deadlineBefore: at }))).toEqual([]);
    expect(ids(await leqi.list({ unitIds: [unit], deadlineAfter: at }))).toEqual([unit]);
    expect(ids(await leqi.list({ unitIds: [unit], termEndsOnOrBefore: termEndsOn }))).toEqual([unit]);
    expect(ids(await leqi.list({ unitIds: [unit], termEndsOnOrBefore: addDays(termEndsOn, -1) }))).toEqual([]);
  });

  it('the CLI and the API build the same bound from a day', async () => {
    const r = await cli(['--address', env.address, '--json', 'list', '--deadline-on-or-before', lastDay]);
    expect(r.code, r.stderr).toBe(0);
    expect(ids(r.json())).toContain(unit);
    const none = await cli(['--address', env.address, '--json', 'list', '--deadline-on-or-before', addDays(lastDay, -1)]);
    expect(ids(none.json())).not.toContain(unit);

    const app = createApp({ leqi, tokens: new TokenTable(tokenFile([unit], [freshUscc()])), log: () => {} });
    const res = await call(app, 'GET', `/v1/units?deadlineOnOrBefore=${lastDay}`, { token: TOKENS.officer });
    expect(res.status).toBe(200);
    for (const u of res.body.units) conforms('UnitListing', u);
    expect(ids(res.body.units)).toContain(unit);
    const mine = await call(app, 'GET', `/v1/units?termEndsOnOrBefore=${termEndsOn}`, { token: TOKENS.unitA });
    expect(ids(mine.body.units)).toEqual([unit]);
  });

  it('the raw queries of the README and docs/interfaces.md list live units only and are right at the boundary', async () => {
    const docs = ['../../README.md', '../../docs/interfaces.md'].map((p) => readFileSync(new URL(p, import.meta.url), 'utf8')).join('\n');
    const queries = [...docs.matchAll(/workflow list --query '([^']+)'/g)].map((m) => m[1]!);
    expect(queries.length).toBeGreaterThanOrEqual(2);
    for (const query of queries) {
      expect(query).toContain('ExecutionStatus = "Running"');
      // as written, for this unit's day: D = 2026-12-31 becomes lastDay
      const [, day] = /LeqiNextDeadline < "(\d{4}-\d{2}-\d{2})T00:00:00\.001\+08:00"/.exec(query) ?? [];
      expect(day, query).toBeDefined();
      const ours = `${query.replace(`${day}T00:00:00.001+08:00`, onOrBeforeBound(lastDay))} AND WorkflowId = "unit:${unit}"`;
      const listed: string[] = [];
      for await (const info of env.client.workflow.list({ query: ours })) listed.push(info.workflowId);
      expect(listed, ours).toEqual([`unit:${unit}`]);
      const before: string[] = [];
      for await (const info of env.client.workflow.list({ query: ours.replace(onOrBeforeBound(lastDay), onOrBeforeBound(addDays(lastDay, -1))) })) before.push(info.workflowId);
      expect(before).toEqual([]);
    }
  });
});
