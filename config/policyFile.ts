/**
 * Issue 18: a policy file, as a deployment writes it (`LEQI_POLICY`, `leqi policy preview|adopt`):
 * the policy's values (machines/policy.ts, strict: an unknown key is an error) plus, optionally,
 * `officialCalendar: { years: [2026, 2027] }` — the official rest days of those years are
 * snapshotted into the policy (config/holidays.ts). A year the data do not cover is reported, and
 * may be listed by hand (`restDays` plus the year in `restDayYears`) once its notice is published.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { makePolicy, type Policy, type PolicyOverrides } from '../machines/policy.js';
import { snapshotCalendar } from './holidays.js';

/** the file's own key beside the policy's values */
export const OfficialCalendar = z.strictObject({
  /** the years whose official rest days are snapshotted */
  years: z.array(z.number().int().min(2000).max(2200)).min(1),
});

/** A loaded policy and what the officer should know about it. */
export interface LoadedPolicy {
  policy: Policy;
  /** e.g. a requested calendar year the data do not cover */
  warnings: string[];
}

/** Parses a policy file's JSON; throws (zod) on a bad or unknown value. */
export function policyFromJson(json: unknown): LoadedPolicy {
  const { officialCalendar, ...overrides } = z.looseObject({ officialCalendar: OfficialCalendar.optional() }).parse(json);
  if (!officialCalendar) return { policy: makePolicy(overrides as PolicyOverrides), warnings: [] };
  const hand = overrides as PolicyOverrides;
  const snap = snapshotCalendar(officialCalendar.years, hand.restDays ?? [], hand.restDayYears ?? []);
  const policy = makePolicy({ ...hand, restDays: snap.restDays, restDayYears: snap.restDayYears, calendarSource: snap.calendarSource });
  const warnings = snap.uncovered.map((y) => `the official holiday calendar (${snap.calendarSource}) does not cover ${y} yet: deadlines in ${y} are not rolled over holidays; list its rest days by hand (restDays, restDayYears) once published`);
  return { policy, warnings };
}

/** Reads and parses a policy file. */
export function loadPolicyFile(path: string): LoadedPolicy {
  return policyFromJson(JSON.parse(readFileSync(path, 'utf8')));
}
