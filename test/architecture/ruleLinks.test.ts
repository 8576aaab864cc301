/**
 * "Every rule accounted for" (issue 12): the catalogue ids the product carries through other rules
 * (machines/ruleLinks.ts) and the catalogue notices each template is. A link is only as good as the
 * rules it names: each of those must itself be on a chart transition or cited by code (other than
 * the link table) and named by a test.
 */
import { describe, expect, it } from 'vitest';
import { currentCatalogue, outsideList, ruleRows } from '../../client/scripts/rules.js';
import { NOTICE_IDS, RULE_LINKS } from '../../machines/ruleLinks.js';
import { TEMPLATES } from '../../activities/notices/templates.js';

const catalogue = currentCatalogue();
const known = new Set(catalogue.map((r) => r.id));
const outside = new Set(outsideList().map((o) => o.id));
const rows = new Map(ruleRows(catalogue, outsideList()).map((r) => [r.rule.id, r]));

/** why a rule id that a link names is not traced by itself ('' when it is) */
function untraced(id: string): string {
  const row = rows.get(id);
  if (!row) return `${id}: not in the catalogue`;
  const code = [...Object.values(row.code).flat(), ...row.policy].filter((c) => !c.at.startsWith('machines/ruleLinks.ts'));
  if (row.chart.length === 0 && code.length === 0) return `${id}: on no chart transition and cited by no code but the link table`;
  if (row.tests.length === 0) return `${id}: named by no test`;
  return '';
}

function checkFamily(prefix: RegExp): string[] {
  const ids = Object.keys(RULE_LINKS).filter((id) => prefix.test(id));
  expect(ids.length).toBeGreaterThan(0);
  const problems: string[] = [];
  for (const id of ids) {
    const link = RULE_LINKS[id]!;
    if (!known.has(id)) problems.push(`${id}: not in the catalogue`);
    if (outside.has(id)) problems.push(`${id}: also marked outside the product`);
    if (!link.means.trim() || link.by.length === 0) problems.push(`${id}: says nothing`);
    for (const by of link.by) {
      if (by === id) problems.push(`${id}: links to itself`);
      const why = untraced(by);
      if (why) problems.push(`${id} → ${why}`);
    }
  }
  return problems;
}

describe('machines/ruleLinks.ts: ids carried by other rules', () => {
  it('P-ONB-01, P-ONB-03, P-ONB-05, P-ONB-07, P-UU-03, P-CAP-03, P-CHG-03, P-CHG-04, P-CHG-06, P-VER-01, P-VER-02, P-REN-03, P-TRM-02, P-TRM-03, P-MON-01, P-MON-02, P-DATA-01, T-12, T-13, T-15, T-16, T-19, T-21, T-22, T-24, S-01, S-10, S-11, E-UU-9, E-UU-11, P-UU-05: each is done by rules that are themselves traced', () => {
    expect(checkFamily(/^(P|T|S|E)-/)).toEqual([]);
  });

  it('M-RETURN, M-REMIND, M-REQUIRE-RECTIFY, M-LIMIT, M-REDUCE, M-SUSPEND-NEW-UU, M-SUSPEND-ACCESS, M-SET-RENEWAL-TERM: each measure is an action of traced rules', () => {
    expect(checkFamily(/^M-/)).toEqual([]);
  });

  it('O-02, O-03, O-04, O-06, O-07, O-08, O-09, O-10, O-11, O-12, O-18, O-19, O-20, O-21, O-22, O-23, O-25, O-26, O-28, O-29, O-30, O-TA-1, O-TA-2, O-TA-3: each obligation is tracked by traced rules', () => {
    expect(checkFamily(/^O-/)).toEqual([]);
  });

  it('Q-02, Q-03, Q-04, Q-05, Q-06, Q-07, Q-08, Q-09, Q-10, Q-11, Q-12, Q-13, Q-14, Q-15, Q-16, Q-17, Q-18, Q-19, Q-20, Q-21, Q-22, Q-23, Q-24, Q-25, Q-26, Q-27, Q-29, Q-30, Q-31, Q-32, Q-34, Q-35, Q-36, Q-37, Q-38, Q-39, Q-40: each reading lives in traced rules', () => {
    expect(checkFamily(/^Q-/)).toEqual([]);
  });

  it('N-28: the legal referral is recorded by a traced rule', () => {
    expect(checkFamily(/^N-/)).toEqual([]);
  });
});

describe('NOTICE_IDS: the catalogue notices each template is', () => {
  it('N-01, N-02, N-03, N-04, N-05, N-06, N-07, N-08, N-09, N-10, N-11, N-12, N-13, N-14, N-15, N-16, N-17, N-18, N-19, N-20, N-21, N-22, N-23, N-24, N-25, N-29, N-30, N-31: every template is listed, every id is a catalogue notice, and every catalogue notice is sent, linked or outside', () => {
    expect(Object.keys(NOTICE_IDS).sort()).toEqual(Object.keys(TEMPLATES).sort());
    const sent = new Set(Object.values(NOTICE_IDS).flat());
    for (const id of sent) expect(known.has(id) && /^N-\d+$/.test(id), id).toBe(true);
    const notices = catalogue.map((r) => r.id).filter((id) => /^N-\d+$/.test(id));
    expect(notices.length).toBe(31);
    expect(notices.filter((id) => !sent.has(id) && !(id in RULE_LINKS) && !outside.has(id))).toEqual([]);
  });
});
