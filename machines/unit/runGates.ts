/** The run gates (gates.ts explains both kinds): apart, so that the context can name them without importing the commands. */
export const RUN_GATES = {
  /**
   * issue 12 faults 1 and 11 (T-03, A2.R3, Q-14), policy `noRequestAtTermEnd: 'officerConfirms'`:
   * with no request the officer is asked daily to confirm the termination (notice
   * `noRequestAtTermEnd`); a renewal request after the last day is refused; a renewal rejected before
   * the last day ends the unit at the term end. Before: one `renewalUndecided` escalation at the
   * term end and nothing after it; a late request after the last day was accepted; a rejected
   * renewal escalated instead of ending the unit.
   */
  'officer-confirms-daily': 'T-03',
} as const satisfies Record<string, string>;

/** A run gate (asked once per run, kept in the context). */
export type RunGate = keyof typeof RUN_GATES;
