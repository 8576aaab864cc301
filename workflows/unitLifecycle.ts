/**
 * `unitLifecycle`: one direct-connect unit, from application to closed record (id `unit:<USCC>`).
 *
 * The chart decides; this workflow owns the clock. Handlers only forward to the unit entity
 * (workflows/unit.ts: per-run state, the command path, continue-as-new carry); effects run in
 * order beside the clock (workflows/effects.ts); the main loop sleeps until the chart's earliest
 * deadline or the next command, and continues as new when the history grows or a new term begins.
 */
import { allHandlersFinished, CancellationScope, condition, continueAsNew, patched, setHandler, sleep, workflowInfo } from '@temporalio/workflow';
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
  return runUnit(input, (summary) => summary);
}

/**
 * The workflow's body, its update answering `answer(summary)`: the contract's answer is the state
 * summary itself. The seam lets `npm run bench` measure a leaner answer (issue 19, a proposal:
 * bench/orchestration/leanWorkflows.ts); only `unitLifecycle` is registered with the worker.
 */
export async function runUnit(input: UnitLifecycleInput, answer: (summary: StateSummary) => StateSummary): Promise<StateSummary> {
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
      return answer(unit.dispatch(command, 'update'));
    },
    // steps 0–3 on a caught-up copy: a command is judged against the state at its instant
    { validator: (command) => unit.validate(command) },
  );
  setHandler(eventSignal, async (command) => {
    await condition(() => unit.ready);
    unit.dispatch(command, 'signal');
  });

  if (!unit.ready) unit.adopt(await loadPolicy());
  // issue 19: the search attributes once the commands that came with this activation are in, and the
  // deadline's timer kept while the deadline stays; histories written before published the state
  // before them too, and waited on a timer started afresh at each wake-up
  const lean = patched('lean-clock');
  let published = lean ? null : publishSearchAttributes(unit.snapshot, unit.summary(), null);
  const runner = new EffectRunner(unit, now);
  const timer = lean ? new DeadlineTimer() : null;
  if (lean) await condition(allHandlersFinished);

  for (;;) {
    published = publishSearchAttributes(unit.snapshot, unit.summary(), published);
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
    if (timer) {
      timer.set(next ? Date.parse(next.at) : null);
      await condition(() => unit.version !== seen || timer.rang);
      continue;
    }
    const timeout = next ? Math.max(1, Date.parse(next.at) - Date.now()) : undefined;
    await condition(() => unit.version !== seen, timeout);
  }
  // the record is closed (T-10): the last notices go out, then the run completes
  await condition(() => unit.effects.length === 0 && !runner.busy && allHandlersFinished());
  runner.stop();
  await runner.finished();
  return unit.summary();
}

/**
 * The timer of the earliest deadline (patch 'lean-clock', issue 19): started when the
 * earliest deadline changes and kept while it stays the same, so a command that leaves it where it
 * was costs no cancelled and restarted timer (two history events, and the work of both).
 */
class DeadlineTimer {
  private at: number | null = null;
  private scope: CancellationScope | null = null;
  /** true once the timer for the current instant fired */
  rang = false;

  /** the timer for the instant `at` (epoch ms; null: none), started only when it is not the one running */
  set(at: number | null): void {
    if (at === this.at && !this.rang) return;
    this.scope?.cancel();
    this.at = at;
    this.rang = false;
    this.scope = null;
    if (at === null) return;
    const scope = new CancellationScope();
    this.scope = scope;
    scope.run(() => sleep(Math.max(1, at - Date.now()))).then(
      () => {
        if (this.scope === scope) this.rang = true;
      },
      () => {}, // cancelled: another instant replaced it
    );
  }
}
