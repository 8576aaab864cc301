/** Item 7 of issue 14: officer notices go to the mailbox of the competent authority (G3.1(1), G3.1(2)1). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveRecipients, type Mailboxes } from '../../activities/notices/recipients.js';
import { LeqiEnv } from '../../config/env.js';
import { makePolicy } from '../../machines/policy.js';
import { noticeAuthority } from '../../machines/unit/authority.js';
import { check, start, step, type UnitSnapshot } from '../../machines/unit/engine.js';
import type { UnitEvent } from '../../machines/unit/events.js';

const example = JSON.parse(readFileSync(new URL('../../examples/application.json', import.meta.url), 'utf8'));
const at = '2027-03-15T10:00:00+08:00';
const mailboxes: Mailboxes = {
  officer: { email: 'officer@tax.invalid', language: 'zh' },
  officerByAuthority: { '15101000000': { email: 'chengdu@tax.invalid', language: 'zh' }, '15101070000': { email: 'gaoxin@tax.invalid', language: 'zh' } },
};

function submitted(): UnitSnapshot {
  const s = start({ unitId: example.application.dcuUscc, policy: makePolicy() });
  const c = check(s, { type: 'SUBMIT_APPLICATION', actor: { role: 'unit', id: 'u' }, ...example }, at);
  if (!c.ok) throw new Error(c.reason);
  return step(s, { ...c.command, at } as UnitEvent).snapshot;
}

describe('officer notices go to the competent authority’s mailbox', () => {
  it('G3.1(1): a notice about the DCU goes to its competent authority’s officers; unknown authorities to the default mailbox', () => {
    const authority = noticeAuthority(submitted().context, {});
    expect(authority).toBe('15101000000');
    const to = (a: string | null) => resolveRecipients({ audience: ['officer'], recipients: [], authority: a }, mailboxes).to.map((r) => r.email);
    expect(to(authority)).toEqual(['chengdu@tax.invalid']);
    expect(to('15101070000')).toEqual(['gaoxin@tax.invalid']);
    expect(to('15199999999')).toEqual(['officer@tax.invalid']);
    expect(to(null)).toEqual(['officer@tax.invalid']);
  });

  it('G3.1(1): LEQI_OFFICER_MAILBOXES maps 11-digit codes to e-mail addresses; a bad pair is refused', () => {
    expect(LeqiEnv.parse({ LEQI_OFFICER_MAILBOXES: '15101000000=chengdu@tax.invalid, 15101070000=gaoxin@tax.invalid' }).LEQI_OFFICER_MAILBOXES).toEqual({ '15101000000': 'chengdu@tax.invalid', '15101070000': 'gaoxin@tax.invalid' });
    expect(LeqiEnv.safeParse({ LEQI_OFFICER_MAILBOXES: '151=x@tax.invalid' }).success).toBe(false);
    expect(LeqiEnv.safeParse({ LEQI_OFFICER_MAILBOXES: '15101000000=not-an-email' }).success).toBe(false);
  });
});
