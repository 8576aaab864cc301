/**
 * What the unit chart remembers: everything the rules need, with absolute CST dates. Composed of
 * the domains' slices (onboarding/, term/, compliance/, duties/, usingUnits/ each own theirs).
 */
import type { Policy } from '../policy.js';
import type { RunGate } from './runGates.js';
import { initialCompliance, type ComplianceSlice } from './compliance/slice.js';
import { initialDuties, type DutiesSlice } from './duties/slice.js';
import { initialOnboarding, type OnboardingSlice } from './onboarding/slice.js';
import { initialTerm, type TermSlice } from './term/slice.js';
import { initialUsingUnits, type UsingUnitsSlice } from './usingUnits/slice.js';

export type { Term, Restriction, RenewalStatus } from './term/slice.js';
export type { Review } from './onboarding/slice.js';

/** Issue 18 item 5: where and when a unit was imported (IMPORT_UNIT; the audit's first entry says the same). */
export interface Imported {
  source: string;
  at: string;
  /** digest of the facts: the same facts again are "already imported" (workflows/unit.ts answers `replayed`) */
  fingerprint: string;
}

/** Why and when the unit ended (T-03, T-08, S-08, T-09, M-TERMINATE). */
export interface Termination {
  reason: string;
  ruleId: string;
  at: string;
}

export interface UnitContext extends OnboardingSlice, TermSlice, ComplianceSlice, DutiesSlice, UsingUnitsSlice {
  unitId: string;
  policy: Policy;
  /** keys of the deadlines of this term already fired or skipped */
  done: string[];
  termination: Termination | null;
  /** issue 18: the instant the current policy was adopted (ADOPT_POLICY); absent: since the unit's start */
  policyFrom?: string;
  /** issue 18: the version followed before the last adoption */
  previousPolicy?: string;
  /** issue 18: the unit was brought in by IMPORT_UNIT (imports/build.ts): from where, when, and the facts' digest */
  imported?: Imported;
  /**
   * the run gates (gates.ts) whose old behaviour this run keeps: set by the workflow when a run
   * starts (a history written before the gate), never by a command; absent: today's behaviour
   */
  legacy?: readonly RunGate[];
}

export interface UnitInput {
  unitId: string;
  policy: Policy;
}

export function initialContext({ unitId, policy }: UnitInput): UnitContext {
  // the key order of the original flat context is kept (persisted state, histories)
  return { unitId, policy, ...initialOnboarding(), ...initialTerm(policy), done: [], termination: null, ...initialCompliance(), ...initialDuties(), ...initialUsingUnits() };
}
