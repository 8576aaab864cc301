import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { checkEligibility, EligibilityFindings, flowDataSubjects, type Finding } from '../../machines/eligibility.js';
import { defaultPolicy, makePolicy } from '../../machines/policy.js';
import { ApplicationSubmission } from '../../machines/schemas/forms.js';

const raw = (file: string): any => JSON.parse(readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8'));
const parse = (body: unknown): ApplicationSubmission => ApplicationSubmission.parse(body);
const ids = (findings: Finding[]): string[] => findings.map((f) => `${f.ruleId}@${f.subject}`).sort();
const ruleIds = (findings: Finding[]): string[] => [...new Set(findings.map((f) => f.ruleId))].sort();

/** keeps F1.10/F1.11 equal to the listed figures after a test changes them */
function retotal(body: any): any {
  const a = body.application;
  const others = a.usingUnits.filter((u: any) => u.uscc !== a.dcuUscc);
  a.combinedRevenuePrevYearCny = others.reduce((s: number, u: any) => s + u.revenuePrevYearCny, a.revenuePrevYearCny);
  a.combinedInvoiceCount12m = others.reduce(
    (s: number, u: any) => s + u.invoicesIssued12m + u.invoicesReceived12m,
    a.invoicesIssued12m + a.invoicesReceived12m,
  );
  a.usingUnitCount = a.usingUnits.length;
  return body;
}

describe('checkEligibility (rules.md §2)', () => {
  it('the sample application is eligible under the default policy; findings parse as the summary schema', () => {
    const findings = checkEligibility(parse(raw('application.json')), defaultPolicy, { requestMonth: '2026-03' });
    expect(findings.unmet).toEqual([]);
    expect(findings.eligible).toBe(true);
    expect(EligibilityFindings.parse(findings)).toEqual(findings);
    expect(ruleIds(findings.met)).toEqual(
      expect.arrayContaining(['E-DCU-1', 'E-DCU-3', 'E-DCU-4', 'E-DCU-5', 'E-DCU-6', 'E-DCU-7', 'E-DCU-8', 'E-UU-1', 'E-UU-3', 'E-UU-7']),
    );
  });

  it('returns every unmet condition at once, each with its rule id and unit', () => {
    const body = raw('application-with-builder.json');
    const a = body.application;
    const [branch, member] = a.usingUnits;
    a.creditRating = 'C'; // E-DCU-4
    a.inPilotScope = false; // E-DCU-3
    a.hasMajorTaxViolation3y = true; // E-DCU-7
    a.canProvideTaxData = false; // E-DCU-8
    a.revenuePrevYearCny = 1_000_000; // E-DCU-5
    a.invoicesIssued12m = 100; // E-DCU-6: 100 + 0 + 25,000 + 100 invoices
    a.invoicesReceived12m = 0;
    member.invoicesIssued12m = 100;
    member.invoicesReceived12m = 0;
    a.attestations.riskRulesEmbedded = false; // E-DCU-11
    member.creditRating = 'D'; // E-UU-3
    member.hasMajorTaxViolation3y = true; // E-UU-4
    delete branch.relationshipProofRef; // E-UU-7
    a.authorizedUnit.creditRating = 'M'; // E-AUTH-4
    a.authorizedUnit.relation = 'thirdParty'; // E-AUTH-1: a third party may not manage
    body.authorizationLetter.relation = 'thirdParty';
    const findings = checkEligibility(parse(retotal(body)), defaultPolicy);
    expect(findings.eligible).toBe(false);
    expect(ids(findings.unmet)).toEqual(
      [
        `E-DCU-3@${a.dcuUscc}`,
        `E-DCU-4@${a.dcuUscc}`,
        `E-DCU-5@${a.dcuUscc}`,
        `E-DCU-6@${a.dcuUscc}`,
        `E-DCU-7@${a.dcuUscc}`,
        `E-DCU-8@${a.dcuUscc}`,
        `E-DCU-11@${a.dcuUscc}`,
        `E-UU-3@${member.uscc}`,
        `E-UU-4@${member.uscc}`,
        `E-UU-7@${branch.uscc}`,
        `E-AUTH-1@${a.authorizedUnit.uscc}`,
        `E-AUTH-4@${a.authorizedUnit.uscc}`,
      ].sort(),
    );
    expect(findings.unmet.find((f) => f.ruleId === 'E-DCU-11')?.message).toMatch(/embedded risk-control rules/);
  });

  it('E-DCU-4: a C-rated unit is ineligible; the ratings come from the policy', () => {
    const body = raw('application.json');
    body.application.creditRating = 'C';
    const s = parse(body);
    expect(ruleIds(checkEligibility(s, defaultPolicy).unmet)).toEqual(['E-DCU-4']);
    expect(checkEligibility(s, makePolicy({ dcuRatings: ['A', 'B', 'C'] })).eligible).toBe(true);
  });

  it('E-DCU-5/E-UU-11: revenue sums the DCU and the simultaneous using units', () => {
    const body = raw('application.json');
    body.application.revenuePrevYearCny = 30_000_000; // alone below ¥50,000,000
    const s = parse(retotal(body)); // + 12,000,000 + 8,000,000 = 50,000,000: the threshold is inclusive
    const findings = checkEligibility(s, defaultPolicy, { requestMonth: '2026-03' });
    expect(findings.eligible).toBe(true);
    expect(findings.met.find((f) => f.ruleId === 'E-DCU-5')?.message).toBe(
      'revenue of 2025 ¥50,000,000 over 3 units (the DCU and 2 simultaneous using units) ≥ ¥50,000,000',
    );
    s.application.usingUnits.pop();
    expect(ruleIds(checkEligibility(s, defaultPolicy).unmet)).toEqual(['E-DCU-5']);
  });

  it('E-DCU-6: invoices issued plus received over the 12 months before the request month (T-12a)', () => {
    const body = raw('application.json');
    body.application.invoicesIssued12m = 4_999; // 4,999 + 20,000 + 25,000 + 25,000 = 74,999
    body.application.invoicesReceived12m = 0; // → 54,999
    const s = parse(retotal(body));
    const met = checkEligibility(s, makePolicy({ minInvoiceCount: 54_999 }), { requestMonth: '2025-03' });
    expect(met.met.find((f) => f.ruleId === 'E-DCU-6')?.message).toMatch(/54,999 invoices issued and received in 2024-03 … 2025-02/);
    expect(ruleIds(checkEligibility(s, makePolicy({ minInvoiceCount: 55_000 })).unmet)).toEqual(['E-DCU-6']);
  });

  it('E-DCU-5: the DCU listed as its own using unit (SELF) is counted once', () => {
    const body = raw('application.json');
    const a = body.application;
    a.usingUnits.push({ ...structuredClone(a.usingUnits[0]), uscc: a.dcuUscc, name: a.dcuName, relationship: 'SELF' });
    a.revenuePrevYearCny = 29_000_000; // 29 + 12 + 8 = 49 million, whatever SELF carries
    const findings = checkEligibility(parse(retotal(body)), defaultPolicy);
    expect(ruleIds(findings.unmet)).toEqual(['E-DCU-5']);
  });

  it('E-DCU-2, E-DCU-9, E-DCU-10, E-DCU-11, E-DCU-12, E-UU-6: technical and security conditions land in forOfficer, never in met', () => {
    const findings = checkEligibility(parse(raw('application.json')), defaultPolicy);
    // P-ONB-08: the example gives no contact for its using units (G5.4): shown to the officer
    expect(ruleIds(findings.forOfficer)).toEqual(['E-DCU-10', 'E-DCU-11', 'E-DCU-12', 'E-DCU-2', 'E-DCU-9', 'E-UU-6', 'P-ONB-08']);
    for (const f of findings.forOfficer) expect(f.message).toMatch(/^for the officer to confirm/);
    expect(ruleIds(findings.met).filter((id) => /^E-DCU-(9|1[0-2])$/.test(id))).toEqual([]);
  });

  it('E-DCU-10: no software right is unmet, not for the officer', () => {
    const body = raw('application.json');
    body.application.attestations.softwareRight = null;
    const findings = checkEligibility(parse(body), defaultPolicy);
    expect(ruleIds(findings.unmet)).toEqual(['E-DCU-10']);
    expect(ruleIds(findings.forOfficer)).not.toContain('E-DCU-10');
  });

  it('E-DCU-1: an OTHER organisational role goes to the officer, and does not make the unit ineligible', () => {
    const body = raw('application.json');
    body.application.orgRole = 'OTHER';
    const findings = checkEligibility(parse(body), defaultPolicy);
    expect(findings.eligible).toBe(true);
    expect(findings.forOfficer.find((f) => f.ruleId === 'E-DCU-1')?.subject).toBe(body.application.dcuUscc);
  });

  it('E-UU-3: an M-rated using unit is eligible and owes flow data; E-UU-7: a sector the policy designates needs no proof (the same answer as a use request, fault 10)', () => {
    const body = raw('application.json');
    const branch = body.application.usingUnits[0];
    branch.creditRating = 'M';
    delete branch.relationshipProofRef;
    branch.exemptSector = 'RAILWAY';
    const s = parse(body);
    const findings = checkEligibility(s, defaultPolicy);
    expect(findings.eligible).toBe(true);
    expect(findings.met.find((f) => f.ruleId === 'E-UU-3' && f.subject === branch.uscc)?.message).toMatch(/flow data/);
    expect(findings.met.some((f) => f.ruleId === 'E-UU-7' && f.subject === branch.uscc)).toBe(true);
    expect(flowDataSubjects(s).sort()).toEqual([branch.uscc, body.application.usingUnits[1].uscc].sort());
  });

  it('E-AUTH-1, E-AUTH-2, E-AUTH-3, E-AUTH-4, E-AUTH-5, E-AUTH-6, E-AUTH-7, E-AUTH-8, E-AUTH-9: an affiliate builder is checked, its technical conditions go to the officer', () => {
    const body = raw('application-with-builder.json');
    const au = body.application.authorizedUnit;
    const findings = checkEligibility(parse(body), defaultPolicy);
    expect(findings.eligible).toBe(true);
    const forAu = findings.forOfficer.filter((f) => f.subject === au.uscc).map((f) => f.ruleId).sort();
    expect(forAu).toEqual(['E-AUTH-1', 'E-AUTH-2', 'E-AUTH-7', 'E-AUTH-8', 'E-AUTH-9']);
    expect(findings.met.filter((f) => f.subject === au.uscc).map((f) => f.ruleId).sort()).toEqual([
      'E-AUTH-1',
      'E-AUTH-3',
      'E-AUTH-4',
      'E-AUTH-5',
      'E-AUTH-6',
    ]);
  });

  it('E-AUTH-1: a third party may build only, unless Q-10 reading (b) is chosen', () => {
    const body = raw('application-with-builder.json');
    body.application.authorizedUnit.relation = 'thirdParty';
    body.authorizationLetter.relation = 'thirdParty';
    const s = parse(body);
    expect(ruleIds(checkEligibility(s, defaultPolicy).unmet)).toEqual(['E-AUTH-1']);
    expect(checkEligibility(s, defaultPolicy, { thirdPartyMayManage: true }).eligible).toBe(true);
  });
});
