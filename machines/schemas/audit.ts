/** An audit entry (contract): a command applied or rejected, a deadline fired, or a notice sent. */
import type { Actor } from './actor.js';

export interface AuditEntry {
  /** per unit, gapless across continue-as-new */
  seq: number;
  at: string;
  kind: 'command' | 'deadline' | 'notice';
  /** `unknown` marks a rejected signal whose actor did not parse: never mistaken for the system */
  actor: Actor | { role: 'unknown'; id: string };
  /** the command type, `DEADLINE:<what>` or `NOTICE:<template>` */
  command: string;
  from: string;
  to: string;
  ruleId: string;
  outcome: 'applied' | 'rejected' | 'failed';
  reason?: string;
  requestId?: string;
  /** issue 18: the policy version the unit followed when the entry was made (absent in entries made before versions) */
  policy?: string;
  /** a notice's entry: the using units (USCC) it was addressed to, when any (their tokens read it) */
  addressedTo?: string[];
}
