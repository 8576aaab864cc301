/**
 * Issue 11 item 3: docs/rules.md, generated from the charts, the code, the policy and the tests
 * (`npm run rules`, client/scripts/rules.ts), is current; a reader's grep of a rule id lands on the
 * transition that makes it legal and on its tests.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueOfDoc, catalogueOfSpec, currentCatalogue, DOC, outsideList, renderRules, ruleRows, specRules } from '../../client/scripts/rules.js';

const doc = readFileSync(DOC, 'utf8');
const spec = specRules();

describe('docs/rules.md (npm run rules)', () => {
  it('is current: regenerating it changes nothing (run npm run rules after moving code, renaming a test or changing a meta.rule)', () => {
    expect(renderRules(currentCatalogue(), outsideList()), 'docs/rules.md is stale: run npm run rules').toBe(doc);
  });

  it.runIf(spec !== null)('has one row per rule id of spec/rules.md, in its order', () => {
    expect(catalogueOfDoc(doc)).toEqual(catalogueOfSpec(spec!));
  });

  it('E-UU-10, E-UU-11, E-AUTH-10: a catalogue row whose id carries a note in italics is read (found by the model suite; before, these three ids were missing)', () => {
    const rows = ['| E-UU-10 *(derived gate)* | A new UU can be admitted only while the DCU is active | x |', '| E-UU-9 | Accepts supervision | x |'].join('\n');
    expect(catalogueOfSpec(rows).map((r) => r.id)).toEqual(['E-UU-10', 'E-UU-9']);
    expect(catalogueOfDoc(doc).map((r) => r.id)).toEqual(expect.arrayContaining(['E-UU-10', 'E-UU-11', 'E-AUTH-10']));
  });

  it('P-UU-02, T-06, S-05: each lands on a chart transition, the meta.rule that cites it (file:line) and a test named by it', () => {
    const rows = ruleRows(catalogueOfDoc(doc), []);
    for (const id of ['P-UU-02', 'T-06', 'S-05']) {
      const row = rows.find((r) => r.rule.id === id)!;
      expect(row.chart.length, `${id}: a chart transition`).toBeGreaterThan(0);
      expect(row.code.transition[0]?.at, `${id}: meta.rule at file:line`).toMatch(/^machines\/.+\.ts:\d+$/);
      expect(row.tests.length, `${id}: a test named by it`).toBeGreaterThan(0);
      const [file, line] = row.code.transition[0]!.at.split(':');
      expect(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8').split('\n')[Number(line) - 1]).toContain(`'${id}'`);
    }
  });

  it('issue 12 "every rule accounted for": every catalogue id is traced (a chart transition or code, and a test named by it) or marked outside with a reason', () => {
    const rows = ruleRows(currentCatalogue(), outsideList());
    const code = (r: (typeof rows)[number]): boolean => r.chart.length + Object.values(r.code).flat().length + r.policy.length > 0;
    const traced = rows.filter((r) => code(r) && r.tests.length > 0);
    const outside = rows.filter((r) => r.outside !== null);
    const neither = rows.filter((r) => !traced.includes(r) && r.outside === null).map((r) => `${r.rule.id} (${code(r) ? 'no test named by it' : r.tests.length ? 'cited by no code' : 'cited nowhere'})`);
    console.log(`rules: ${rows.length} catalogue ids, ${traced.length} traced (code and test), ${outside.length} outside the product, ${neither.length} neither`);
    expect(neither, 'trace these ids in code and a test name, or list them in docs/rules-outside.json with a reason').toEqual([]);
    for (const o of outsideList()) expect(o.reason.length, `${o.id}: a reason`).toBeGreaterThan(20);
    expect(outside.filter((r) => code(r) && r.tests.length > 0).map((r) => r.rule.id), 'an id marked outside is not also implemented').toEqual([]);
  });

  it('the hook for ids outside the product: listed by hand with a reason, shown in the row; an unknown id is refused', () => {
    const catalogue = catalogueOfDoc(doc);
    const out = renderRules(catalogue, [{ id: 'P-SUP-01', reason: 'support desk, not this service' }]);
    expect(out).toMatch(/^\| \*\*P-SUP-01\*\* .* — \*outside the product: support desk, not this service\* \|/m);
    expect(catalogueOfDoc(out)).toEqual(catalogue);
    expect(() => renderRules(catalogue, [{ id: 'X-99', reason: 'no such rule' }])).toThrow(/X-99/);
  });
});
