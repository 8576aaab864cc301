/**
 * "Every rule accounted for" (issue 12): behaviours that existed without a test named by their rule
 * id — eligibility conditions and materials (the case measures are in complianceChart.test.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkEligibility } from '../../machines/eligibility.js';
import { defaultPolicy } from '../../machines/policy.js';
import { ApplicationSubmission, missingMaterials } from '../../machines/schemas/forms.js';

const raw = (file: string): any => JSON.parse(readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8'));
const example = raw('application.json');
/** the ids of the unmet findings of the example with one DCU field changed */
function unmetWith(field: string, value: unknown): string[] {
  const body = raw('application.json');
  body.application[field] = value;
  return checkEligibility(ApplicationSubmission.parse(body), defaultPolicy).unmet.map((f) => f.ruleId);
}

describe('DCU conditions decided from the form', () => {
  it('E-DCU-3: a DCU outside the digital e-invoice pilot scope is ineligible', () => {
    expect(unmetWith('inPilotScope', false)).toEqual(['E-DCU-3']);
  });
  it('E-DCU-7: a major tax violation in the last three years makes the DCU ineligible', () => {
    expect(unmetWith('hasMajorTaxViolation3y', true)).toEqual(['E-DCU-7']);
  });
  it('E-DCU-8: a DCU that cannot provide the tax data required is ineligible', () => {
    expect(unmetWith('canProvideTaxData', false)).toEqual(['E-DCU-8']);
  });
});

describe('materials of the access request (G3.1(1))', () => {
  it('P-ONB-03, P-ONB-05: without the project report or the signed service agreement, each is listed as missing', () => {
    const materials = (example.materials as { kind: string }[]).filter((m) => m.kind !== 'projectReport' && m.kind !== 'serviceAgreement');
    expect(missingMaterials(materials as never, { builder: false })).toEqual(['serviceAgreement', 'projectReport']);
    const body = raw('application.json');
    body.materials = materials;
    expect(ApplicationSubmission.safeParse(body).success).toBe(false);
  });
});
