/**
 * `unitLifecycle`: one direct-connect unit, from application to closed record (id `unit:<USCC>`).
 *
 * The chart decides; this workflow owns the clock. Handlers only forward to the unit entity
 * (workflows/unit.ts: per-run state, the command path, continue-as-new carry); effects run in
 * order beside the clock (workflows/effects.ts); the main loop sleeps until the chart's earliest
 * deadline or the next command, and continues as new when the history grows or a new term begins.
 */
import { allHandlersFinished, condition, continueAsNew, patched, setHandler, workflowInfo } from '@temporalio/workflow';
import { auditQuery, dispatchUpdate, eventSignal, INVALID_START, persistedQuery, rejectionFailure, stateQuery } from '../contract/index.js';
import { rejection } from '../machines/rejection.js';
import { deadlines } from '../machines/unit/deadlines.js';
import { deadlineEvent, dueDeadlines } from '../machines/unit/engine.js';
import { startProblem } from '../machines/unit/start.js';
import type { StateSummary } from '../machines/unit/summary.js';
import { EffectRunner, loadPolicy } from './effects.js';
import { publishSearchAttributes } from './publish.js';
import { now, Unit, type UnitLifecycleInput } from './unit.js';

export type { UnitLifecycleInput } from './unit.js';

/** The workflow function; its argument and answer are the contract's (contract/index.ts `UnitWorkflow`). */
export async function unitLifecycle(input: UnitLifecycleInput): Promise<StateSummary> {
  // contract: a bad start argument fails the workflow at once instead of leaving a zombie prospect
  const problem = input?.carried ? null : startProblem(input, workflowInfo().workflowId);
  // histories started before the check replay unchecked (the marker is written only on a fresh start)
  if (problem !== null && patched('start-checked')) throw rejectionFailure(rejection(INVALID_START, problem));
  const unit = new Unit(input);

  setHandler(stateQuery, () => unit.summary());
  setHandler(auditQuery, () => unit.audit);
  setHandler(persistedQuery, (reader) => unit.persisted(reader));
  setHandler(
    dispatchUpdate,
    async (command) => {
      await condition(() => unit.ready);
      return unit.dispatch(command, 'update');
    },
    // steps 0–3 on a caught-up copy: a command is judged against the state at its instant
    { validator: (command) => unit.validate(command) },
  );
  setHandler(eventSignal, async (command) => {
    await condition(() => unit.ready);
    unit.dispatch(command, 'signal');
  });

  if (!unit.ready) unit.adopt(await loadPolicy());
  let published = publishSearchAttributes(unit.snapshot, null);
  const runner = new EffectRunner(unit, now);

  for (;;) {
    published = publishSearchAttributes(unit.snapshot, published);
    if (unit.snapshot.status === 'done') break;
    if (unit.shouldContinueAsNew()) {
      // pending effects travel along; only the one being performed is awaited
      runner.pause();
      await condition(() => !runner.busy && allHandlersFinished());
      runner.stop();
      return continueAsNew<typeof unitLifecycle>(unit.carry());
    }
    const due = dueDeadlines(unit.snapshot, Date.now())[0];
    if (due) {
      unit.apply(deadlineEvent(due));
      continue;
    }
    const next = deadlines(unit.snapshot.context)[0];
    const seen = unit.version;
    const timeout = next ? Math.max(1, Date.parse(next.at) - Date.now()) : undefined;
    await condition(() => unit.version !== seen, timeout);
  }
  // the record is closed (T-10): the last notices go out, then the run completes
  await condition(() => unit.effects.length === 0 && !runner.busy && allHandlersFinished());
  runner.stop();
  await runner.finished();
  return unit.summary();
}
