/**
 * Capabilities (第四章): public basic ones open at approval (P-CAP-01); others are requested,
 * tested in the sandbox, reported and confirmed by the officer (P-CAP-02…05), valid with the
 * unit's term (T-16), and granted to using units (P-CAP-06, E-UU-8).
 */
import type { CatalogueEntry } from '../../policy.js';
import type { Qualification } from './capabilityCommands.js';
import type { UnitContext } from '../context.js';
import type { Grant, Subscription } from './slice.js';

export function catalogueEntry(context: UnitContext, code: string): CatalogueEntry | undefined {
  return context.policy.capabilityCatalogue.find((c) => c.code === code);
}

export function subscription(context: UnitContext, code: string): Subscription | undefined {
  return context.capabilities.find((c) => c.code === code && c.status !== 'returned' && c.status !== 'closed');
}

export function liveGrant(context: UnitContext, code: string, usingUnit: string): Grant | undefined {
  return context.grants.find((g) => g.code === code && g.usingUnit === usingUnit && g.status !== 'closed');
}

/** P-CAP-01: every public basic capability is open from approval, without a request. */
export function publicCapabilities(catalogue: readonly CatalogueEntry[], at: string): Subscription[] {
  return catalogue
    .filter((c) => c.public)
    .map((c) => ({ code: c.code, public: true, status: 'open', qualification: null, reportRef: null, requestedAt: null, openedAt: at, history: [{ at, what: 'opened with the service', ruleId: 'P-CAP-01' }] }));
}

/** E-DCU-13, S-02: a non-public capability needs a qualification in one of its industries. */
export function qualifies(entry: CatalogueEntry, qualification: Qualification | undefined | null): boolean {
  return entry.public || (qualification != null && entry.industries.includes(qualification.industry));
}

export function withSubscription(context: UnitContext, code: string, change: (s: Subscription) => Subscription): Subscription[] {
  const current = subscription(context, code);
  return context.capabilities.map((s) => (s === current ? change(s) : s));
}

export function withGrant(context: UnitContext, code: string, usingUnit: string, change: (g: Grant) => Grant): Grant[] {
  const current = liveGrant(context, code, usingUnit);
  return context.grants.map((g) => (g === current ? change(g) : g));
}
