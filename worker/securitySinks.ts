/**
 * The worker's side of the workflow's security sink (workflows/sinks.ts; issue 14, finding 8; O-14):
 * every update the `dispatch` validator refuses — it leaves no history, whoever sent it (HTTP API,
 * CLI, the Temporal CLI, a Java or Go SDK) — becomes one `updateRejected` line of the security log
 * the API writes (`LEQI_SECURITY_LOG`). Not called during replay, so a line is written once.
 */
import type { InjectedSinks } from '@temporalio/worker';
import type { SecurityLog } from '../client/api/securityLog.js';
import type { SecuritySinks } from '../workflows/sinks.js';

/** The sinks to pass to `Worker.create({ sinks })`, writing to `log`. */
export function securitySinks(log: SecurityLog): InjectedSinks<SecuritySinks> {
  return {
    security: {
      updateRejected: {
        fn: (info, event) => {
          log.write({ event: 'updateRejected', status: null, method: 'update', path: info.workflowId, principal: event.actor, command: event.command, type: event.type, ruleId: event.ruleId, address: null });
        },
        callDuringReplay: false,
      },
    },
  };
}
