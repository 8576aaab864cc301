import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withAges } from '../../client/client.js';
import { advanceTo, approve, freshUscc, send, startHarness, state, submit, unitActor, type Harness } from '../support/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe('T-18, T-25: requests waiting for an officer', () => {
  it('an application under review shows its age and escalates to the supervisor on the 16th day', async () => {
    await advanceTo(h, '2027-03-01T10:00:00+08:00');
    const { handle } = await submit(h, freshUscc());
    await advanceTo(h, '2027-03-11T12:00:00+08:00');
    // the age is the reader's: as of the server's clock, not the workflow's last activity
    const waiting = withAges(await state(handle), await h.env.currentTimeMs());
    // the time-skipping server's clock also runs in real time between calls: on a loaded machine the
    // submit lands a second or two after 10:00:00, so `since` is checked to the minute
    expect(waiting.pendingDecisions).toEqual([{ what: 'application', ruleId: 'P-ONB-04', subject: waiting.unitId, since: expect.stringMatching(/^2027-03-01T10:00:\d\d\+08:00$/), ageDays: 10, escalatesAt: '2027-03-17T00:00:00+08:00' }]);
    expect(waiting.nextDeadlines).toContainEqual(expect.objectContaining({ what: 'decisionAgeing', ruleId: 'T-18', at: '2027-03-17T00:00:00+08:00' }));
    await advanceTo(h, '2027-03-16T23:59:00+08:00');
    expect(h.notices.filter((n) => n.template === 'decisionAgeing')).toEqual([]);
    await advanceTo(h, '2027-03-17T00:00:01+08:00');
    expect(h.notices.filter((n) => n.template === 'decisionAgeing').map((n) => [n.at, n.audience, n.facts.what])).toEqual([['2027-03-17T00:00:00+08:00', ['supervisor', 'officer'], 'application']]);
    // once decided, nothing waits
    expect((await approve(handle)).pendingDecisions).toEqual([]);
  });

  it('a renewal request waits with its age, oldest first beside other requests', async () => {
    await advanceTo(h, '2027-03-15T10:00:00+08:00');
    const { handle } = await submit(h, freshUscc());
    await approve(handle);
    await advanceTo(h, '2028-10-01T09:00:00+08:00');
    await send(handle, { type: 'REQUEST_RENEWAL', actor: unitActor });
    await send(handle, { type: 'SUBSCRIBE_CAPABILITY', actor: unitActor, code: 'RARE_EARTH_INVOICE', qualification: { industry: 'RARE_EARTH', licenceRef: 'lic:re' } });
    await advanceTo(h, '2028-10-05T09:00:00+08:00');
    await send(handle, { type: 'SUBMIT_CAPABILITY_TEST_REPORT', actor: unitActor, code: 'RARE_EARTH_INVOICE', reportRef: 'test:re' });
    await advanceTo(h, '2028-10-09T09:00:00+08:00');
    expect(withAges(await state(handle), await h.env.currentTimeMs()).pendingDecisions.map((p) => [p.what, p.ageDays])).toEqual([
      ['renewal', 8],
      ['capabilityReport', 4],
    ]);
  });
});
