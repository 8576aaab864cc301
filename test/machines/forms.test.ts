import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import {
  AccessInformationForm,
  ApplicationSubmission,
  AuthorizationLetter,
  Contact,
  missingMaterials,
  NetworkAddressFiling,
} from '../../machines/schemas/forms.js';
import { isValidUscc, Uscc, usccCheckChar, usccWithCheck } from '../../machines/uscc.js';

const example = (file: string): any => JSON.parse(readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8'));
const clone = <T>(v: T): T => structuredClone(v);

/** the sorted distinct paths of a failed parse, joined with dots */
function badPaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  expect(result.success).toBe(false);
  return [...new Set(result.error!.issues.map((i) => i.path.map(String).join('.')))].sort();
}

function messages(result: { success: boolean; error?: { issues: { message: string }[] } }): string {
  return (result.error?.issues ?? []).map((i) => i.message).join('\n');
}

describe('USCC (GB 32100-2015, rules.md §1.7)', () => {
  it('accepts the standard example 91350100M000100Y43', () => {
    expect(isValidUscc('91350100M000100Y43')).toBe(true);
    expect(Uscc.safeParse('91350100M000100Y43').success).toBe(true);
  });

  it('rejects a wrong check character and names the expected one', () => {
    const r = Uscc.safeParse('91350100M000100Y44');
    expect(r.success).toBe(false);
    expect(messages(r)).toContain("expected '3', got '4'");
  });

  it('rejects forbidden characters, wrong lengths and letters in the division code', () => {
    expect(messages(Uscc.safeParse('91350100M0001O0Y43'))).toMatch(/'O' at position 14/);
    expect(messages(Uscc.safeParse('9135010'))).toMatch(/18 characters, got 7/);
    expect(messages(Uscc.safeParse('913501A0M000100Y43'))).toMatch(/division code/);
    expect(Uscc.safeParse('91350100m000100Y43').success).toBe(false);
  });

  it('builds valid codes from 17 characters, a check of 31 mapping to 0', () => {
    const code = usccWithCheck('91510100MA6CEXA01');
    expect(code).toHaveLength(18);
    expect(Uscc.safeParse(code).success).toBe(true);
    // every check character the alphabet allows is reachable, including '0'
    const checks = new Set<string>();
    for (let n = 0; n < 400; n++) checks.add(usccCheckChar(`9151010000000${String(n).padStart(4, '0')}`)!);
    expect(checks.has('0')).toBe(true);
    expect(() => usccWithCheck('91510100MA6CEXI01')).toThrow(/'I'/);
  });
});

describe('examples/ parse as they are', () => {
  it('application.json is a valid SUBMIT_APPLICATION body without a builder', () => {
    const r = ApplicationSubmission.safeParse(example('application.json'));
    expect(r.error?.issues ?? []).toEqual([]);
    expect(r.data?.authorizationLetter).toBeUndefined();
    expect(r.data?.application.usingUnits).toHaveLength(2);
    expect(new Set(r.data?.contacts.map((c) => c.language))).toEqual(new Set(['zh', 'en']));
  });

  it('application-with-builder.json is valid with an affiliate builder and the letter', () => {
    const r = ApplicationSubmission.safeParse(example('application-with-builder.json'));
    expect(r.error?.issues ?? []).toEqual([]);
    expect(r.data?.application.authorizedUnit?.relation).toBe('affiliate');
  });

  it('network-filing.json and authorization-letter.json are valid forms', () => {
    expect(NetworkAddressFiling.safeParse(example('network-filing.json')).error?.issues ?? []).toEqual([]);
    expect(AuthorizationLetter.safeParse(example('authorization-letter.json')).error?.issues ?? []).toEqual([]);
  });
});

describe('F1 access information form', () => {
  it('lists every bad field of a form with many faults, each with its path', () => {
    const body = example('application.json');
    const a = body.application;
    a.dcuUscc = '91510100MA6CEXA01G'; // F1.1 check character
    a.contactPhone = '12345'; // F1.7
    a.creditRating = 'E'; // F1.9 not on the scale
    a.combinedInvoiceCount12m = 1; // F1.10 ≠ sum of the listed units
    a.usingUnitCount = 3; // F1.8 ≠ 2 listed
    a.usingUnits[1].uscc = a.usingUnits[0].uscc; // listed twice
    a.requestPeriod.type = 'SHORT'; // F1.15: 2 years is LONG
    a.truthfulnessDeclaration = false; // F1.19
    body.contacts[1].email = 'not-an-email';
    body.networkFiling.ports = [0, 443]; // F3.13
    body.networkFiling.productionIps = ['10.0.0.1', '203.0.113.300']; // F3.11
    body.networkFiling.validity = { type: 'temporary', startsOn: '2026-05-01', endsOn: '2026-04-01' };
    // a format fault aborts nothing, but a type fault (rating E) skips the form's cross-field rules;
    // so parse twice: once with every fault, once with only the cross-field ones
    expect(badPaths(ApplicationSubmission.safeParse(body))).toEqual([
      'application.contactPhone',
      'application.creditRating',
      'application.dcuUscc',
      'application.truthfulnessDeclaration',
      'contacts.1.email',
      'networkFiling.ports.0',
      'networkFiling.productionIps.0',
      'networkFiling.productionIps.1',
      'networkFiling.validity.endsOn',
    ]);

    a.creditRating = 'A';
    a.truthfulnessDeclaration = true;
    body.contacts[1].email = 'zhang.wei@EXAMPLE.com'; // same address as contacts[0]
    body.networkFiling.ports = [443];
    body.networkFiling.productionIps = ['203.0.113.10'];
    expect(badPaths(ApplicationSubmission.safeParse(body))).toEqual([
      'application.combinedInvoiceCount12m',
      'application.combinedRevenuePrevYearCny', // the repeated unit is counted once
      'application.contactPhone',
      'application.dcuUscc',
      'application.requestPeriod.type',
      'application.usingUnitCount',
      'application.usingUnits.1.uscc',
      'contacts.1.email',
      'networkFiling.unitUscc', // no longer the (changed) F1.1
      'networkFiling.validity.endsOn',
    ]);
  });

  it('F1.8/F1.10/F1.11: the declared totals count the DCU once when it is also its own using unit', () => {
    const a = example('application.json').application;
    a.usingUnits.push({ ...clone(a.usingUnits[0]), uscc: a.dcuUscc, name: a.dcuName, relationship: 'SELF', revenuePrevYearCny: 60_000_000 });
    a.usingUnitCount = 3;
    expect(AccessInformationForm.safeParse(a).error?.issues ?? []).toEqual([]);
  });

  it('E-UU-2: SELF is only the DCU itself', () => {
    const a = example('application.json').application;
    a.usingUnits[0].relationship = 'SELF';
    expect(badPaths(AccessInformationForm.safeParse(a))).toEqual(['usingUnits.0.relationship']);
  });

  it('F1.15: SHORT is at most one year, LONG more (Q-40)', () => {
    const a = example('application.json').application;
    a.requestPeriod = { type: 'SHORT', startsOn: '2026-04-01', endsOn: '2027-03-31' };
    expect(AccessInformationForm.safeParse(a).success).toBe(true);
    a.requestPeriod = { type: 'LONG', startsOn: '2026-04-01', endsOn: '2027-03-31' };
    expect(badPaths(AccessInformationForm.safeParse(a))).toEqual(['requestPeriod.type']);
    a.requestPeriod = { type: 'SHORT', startsOn: '2026-04-01', endsOn: '2027-04-01' };
    expect(badPaths(AccessInformationForm.safeParse(a))).toEqual(['requestPeriod.type']);
  });

  it('G3.1(1)1: an application is an ACCESS request; F1.17 a change needs its reason', () => {
    const body = example('application.json');
    body.application.requestType = 'CHANGE';
    expect(badPaths(ApplicationSubmission.safeParse(body))).toEqual(['application.changeOrTerminationReason', 'application.requestType']);
  });
});

describe('G3.1(1)5: the authorization letter iff a builder is authorized', () => {
  it('a builder in F1 without the letter (and its material) is refused', () => {
    const body = example('application-with-builder.json');
    delete body.authorizationLetter;
    body.materials = body.materials.filter((m: { kind: string }) => m.kind !== 'authorizationLetter');
    const r = ApplicationSubmission.safeParse(body);
    expect(badPaths(r)).toEqual(['authorizationLetter', 'materials']);
    expect(messages(r)).toMatch(/material authorizationLetter is missing/);
  });

  it('a letter (or material 5) without a builder in F1 is refused', () => {
    const body = example('application.json');
    body.authorizationLetter = example('authorization-letter.json');
    body.materials.push({ kind: 'authorizationLetter', ref: 'doc:f4' });
    expect(badPaths(ApplicationSubmission.safeParse(body))).toEqual(['authorizationLetter', 'materials']);
  });

  it("the letter's parties, relation and scope match the form", () => {
    const body = example('application-with-builder.json');
    body.authorizationLetter.authorizingUnitName = '另一家公司';
    body.authorizationLetter.authorizedUnitUscc = usccWithCheck('91510100MA6CEXE05');
    body.authorizationLetter.scope = 'buildOnly';
    expect(badPaths(ApplicationSubmission.safeParse(body))).toEqual([
      'authorizationLetter.authorizedUnitUscc',
      'authorizationLetter.authorizingUnitName',
      'authorizationLetter.scope',
    ]);
  });

  it('F4: the validity ends no earlier than it starts, and the parties differ', () => {
    const letter = example('authorization-letter.json');
    letter.endsOn = '2026-03-01';
    letter.authorizedUnitUscc = letter.authorizingUnitUscc;
    expect(badPaths(AuthorizationLetter.safeParse(letter))).toEqual(['authorizedUnitUscc', 'endsOn']);
  });
});

describe('materials, F3 filing and contacts', () => {
  it('G3.1(1): lists the missing kinds in material order', () => {
    expect(missingMaterials([{ kind: 'projectReport' }], { builder: true })).toEqual([
      'accessInformationForm',
      'serviceAgreement',
      'softwareRightsProof',
      'authorizationLetter',
      'networkAddressFiling',
    ]);
    expect(missingMaterials(example('application.json').materials, { builder: false })).toEqual([]);
    expect(missingMaterials(example('application.json').materials, { builder: false, also: ['other'] })).toEqual(['other']);
  });

  it('F3.8/P-ONB-06: an application opens the network address; F3.1 is the DCU', () => {
    const body = example('application.json');
    body.networkFiling.action = 'change';
    body.networkFiling.unitUscc = usccWithCheck('91510100MA6CEXE05');
    expect(badPaths(ApplicationSubmission.safeParse(body))).toEqual(['networkFiling.action', 'networkFiling.unitUscc']);
  });

  it('F3.10/11/13: IPv4 and IPv6 addresses, ports 1–65535, a temporary validity needs its end', () => {
    const filing = example('network-filing.json');
    filing.productionIps = ['2001:db8::1', '198.51.100.7', '198.51.100.7'];
    filing.ports = [443, 65536];
    filing.validity = { type: 'temporary', startsOn: '2026-04-01' };
    expect(badPaths(NetworkAddressFiling.safeParse(filing))).toEqual(['ports.1', 'validity.endsOn']);
    filing.ports = [443];
    filing.validity = { type: 'temporary', startsOn: '2026-04-01', endsOn: '2026-12-31' };
    expect(badPaths(NetworkAddressFiling.safeParse(filing))).toEqual(['productionIps.2']);
  });

  it('a contact has a valid email and a language zh or en', () => {
    expect(Contact.safeParse({ role: 'contact', name: '张伟', email: 'zhang.wei@example.com', language: 'zh' }).success).toBe(true);
    expect(badPaths(Contact.safeParse({ role: 'contact', name: '张伟', email: 'zhang.wei', language: 'fr' }))).toEqual(['email', 'language']);
  });
});
