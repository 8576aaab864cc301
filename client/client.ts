/**
 * `LeqiClient`: the typed client of the contract over `@temporalio/client`. It addresses
 * `unitLifecycle` by name, validates every command with the machines' schemas before sending,
 * and turns rejections into `LeqiError`s carrying the contract's failure type.
 */
import type { TemporalConnectionConfig } from '../config/env.js';
import { AesGcmCodec, parseKeys } from '../codec/aesGcm.js';
import { Client, Connection, WithStartWorkflowOperation, type WorkflowExecutionInfo } from '@temporalio/client';
import { z } from 'zod';
import { toCstInstant } from '../machines/calendar.js';
import { invalidCommand, problemsOf, type Problem } from '../machines/rejection.js';
import { ageInDays } from '../machines/unit/pending.js';
import type { Actor } from '../machines/schemas/actor.js';
import type { AuditEntry } from '../machines/schemas/audit.js';
import { parseCommand, type Command } from '../machines/schemas/commands.js';
import type { ApplicationSubmission } from '../machines/schemas/forms.js';
import { decodeInboxEntry, type InboxEntry } from '../machines/unit/inbox.js';
import type { Phase } from '../machines/unit/phase.js';
import type { StateSummary } from '../machines/unit/summary.js';
import type { PersistedUnit } from '../machines/unit/engine.js';
import { usccFormatProblem, isValidUscc } from '../machines/uscc.js';
import { LeqiError, toLeqiError } from './errors.js';
import { visibilityQuery, type ListFilter } from './listing.js';
import {
  auditQuery,
  DEFAULT_TASK_QUEUE,
  dispatchUpdate,
  eventSignal,
  persistedQuery,
  LeqiAuthorities,
  LeqiConcurrencyLimit,
  LeqiInbox,
  LeqiNextDeadline,
  LeqiOldestPending,
  LeqiOpenCases,
  LeqiPhase,
  LeqiTermEndsOn,
  LeqiUnitName,
  stateQuery,
  unitWorkflowId,
  usccOfWorkflowId,
  WORKFLOW_TYPE,
  type UnitWorkflow,
} from '../contract/index.js';

export interface LeqiClientOptions {
  client: Client;
  /** where new units' workflows run; `leqi-lifecycle` by default */
  taskQueue?: string;
}

export interface ConnectOptions {
  address?: string;
  namespace?: string;
  taskQueue?: string;
  /** TLS (mTLS client certificate, server CA); false or absent: plaintext (the dev server) */
  tls?: TemporalConnectionConfig['tls'];
  /** Temporal Cloud API key (a secret: never logged) */
  apiKey?: string;
  /** LEQI_CODEC_KEYS when payloads are encrypted (codec/aesGcm.ts); absent: plain JSON */
  codecKeys?: string;
}

/** One unit in a list: its id and the summary fields its search attributes carry. */
export interface UnitListing {
  unitId: string;
  workflowId: string;
  runId: string;
  /** the workflow's status: RUNNING, or COMPLETED etc. for a closed record */
  status: string;
  phase: Phase | null;
  termEndsAt: string | null;
  nextDeadline: string | null;
  concurrencyLimit: number | null;
  openCases: number | null;
  /** since when its oldest request waits for an officer (T-18) */
  oldestPending: string | null;
  /** `LeqiAuthorities`: the competent tax authorities of the DCU and its using units (empty for runs before it) */
  authorities: string[];
  /** `LeqiUnitName`: the applicant's name as filed (null before an application, or for runs before it) */
  unitName: string | null;
  /** `LeqiInbox`: what waits for an officer, earliest due first (empty when nothing waits, or for runs before it) */
  inbox: InboxEntry[];
  startedAt: string;
}

/** What happened to one unit of a fan-out. */
export type FanOutResult =
  | { unitId: string; outcome: 'applied'; phase: Phase }
  | { unitId: string; outcome: 'rejected'; type: string; message: string; ruleId: string | null }
  | { unitId: string; outcome: 'skipped' };

export interface FanOutOptions {
  /** how many units are addressed at once (default 8) */
  concurrency?: number;
  /** called with each unit's result as it arrives (a progress bar) */
  onResult?: (result: FanOutResult) => void;
}

/** a command as a caller writes it: any object; it is validated before it is sent */
export type CommandInput = Record<string, unknown>;

/**
 * T-18, T-25: a query answers from the workflow's last activity, which may be hours old while the
 * unit sleeps until its next deadline; the age of what waits for an officer is the reader's now.
 */
export function withAges(summary: StateSummary, nowMs: number): StateSummary {
  const now = toCstInstant(nowMs);
  return { ...summary, pendingDecisions: summary.pendingDecisions.map((p) => ({ ...p, ageDays: ageInDays(p.since, now) })) };
}

export class LeqiClient {
  readonly client: Client;
  readonly taskQueue: string;

  constructor({ client, taskQueue = DEFAULT_TASK_QUEUE }: LeqiClientOptions) {
    this.client = client;
    this.taskQueue = taskQueue;
  }

  /**
   * Connects to Temporal (`localhost:7233`, namespace `default` by default; TLS and an API key for
   * Temporal Cloud). A server that does not answer fails with an error naming the address tried.
   */
  static async connect({ address = 'localhost:7233', namespace = 'default', taskQueue, tls, apiKey, codecKeys }: ConnectOptions = {}): Promise<LeqiClient> {
    let connection: Connection;
    try {
      connection = await Connection.connect({ address, ...(tls ? { tls } : {}), ...(apiKey ? { apiKey } : {}) });
    } catch (err) {
      throw new Error(`cannot connect to Temporal at ${address} (namespace ${namespace}): ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
    const dataConverter = codecKeys ? { payloadCodecs: [new AesGcmCodec(parseKeys(codecKeys))] } : undefined;
    return new LeqiClient({ client: new Client({ connection, namespace, ...(dataConverter ? { dataConverter } : {}) }), ...(taskQueue ? { taskQueue } : {}) });
  }

  /** Closes the connection this client was connected with. */
  async close(): Promise<void> {
    await this.client.connection.close();
  }

  /** Submits an application by update-with-start: starts the unit's workflow if it is not running. */
  submitApplication(uscc: string, submission: ApplicationSubmission, actor: Actor, requestId?: string): Promise<StateSummary> {
    return this.dispatch(uscc, { ...submission, type: 'SUBMIT_APPLICATION', actor, ...(requestId ? { requestId } : {}) });
  }

  /**
   * Sends any command by the update `dispatch` and returns the state summary after it.
   * The command is validated here first (InvalidCommand, listing every bad field, before anything is sent);
   * `SUBMIT_APPLICATION` and `IMPORT_UNIT` go by update-with-start.
   */
  async dispatch(uscc: string, input: CommandInput): Promise<StateSummary> {
    const command = validate(uscc, input);
    try {
      if (command.type === 'SUBMIT_APPLICATION' || command.type === 'IMPORT_UNIT') {
        const startWorkflowOperation = new WithStartWorkflowOperation<UnitWorkflow>(WORKFLOW_TYPE, {
          workflowId: unitWorkflowId(uscc),
          taskQueue: this.taskQueue,
          args: [{ unitId: uscc }],
          workflowIdConflictPolicy: 'USE_EXISTING',
        });
        return await this.client.workflow.executeUpdateWithStart(dispatchUpdate, { args: [command], startWorkflowOperation });
      }
      return await this.handle(uscc).executeUpdate(dispatchUpdate, { args: [command] });
    } catch (err) {
      throw toLeqiError(err);
    }
  }

  /** Sends a command by the signal `event` (fire-and-forget; an illegal one is only audited). */
  async signal(uscc: string, input: CommandInput): Promise<void> {
    const command = validate(uscc, input);
    try {
      await this.handle(uscc).signal(eventSignal, command);
    } catch (err) {
      throw toLeqiError(err);
    }
  }

  /** The unit's state summary (query `state`). */
  async state(uscc: string): Promise<StateSummary> {
    checkUscc(uscc);
    try {
      return withAges(await this.handle(uscc).query(stateQuery), Date.now());
    } catch (err) {
      throw toLeqiError(err);
    }
  }

  /** The unit's audit trail (query `audit`). */
  async audit(uscc: string): Promise<AuditEntry[]> {
    checkUscc(uscc);
    try {
      return await this.handle(uscc).query(auditQuery);
    } catch (err) {
      throw toLeqiError(err);
    }
  }

  /**
   * Issue 18: the unit's persisted state (query `persisted`), for the policy preview; `reader` must be
   * `system` or a provincial-bureau officer (Forbidden otherwise).
   */
  async persisted(uscc: string, reader: Actor): Promise<PersistedUnit> {
    checkUscc(uscc);
    try {
      return await this.handle(uscc).query(persistedQuery, reader);
    } catch (err) {
      // a query handler's refusal arrives as a failed query (gRPC INVALID_ARGUMENT), not a typed failure
      const message = (err as Error).message ?? '';
      if ((err as { code?: number }).code === 3 && message.includes('persisted state is read only by')) throw new LeqiError('Forbidden', message, { ruleId: 'P-VER-02' });
      throw toLeqiError(err);
    }
  }

  /** Lists units by the contract's search attributes (eventually consistent: a change shows up after a moment). */
  async list(filter: ListFilter = {}, { limit = Infinity }: { limit?: number } = {}): Promise<UnitListing[]> {
    const query = listQuery(filter);
    const units: UnitListing[] = [];
    try {
      for await (const info of this.client.workflow.list({ query })) {
        const unit = listing(info);
        if (unit) units.push(unit);
        if (units.length >= limit) break;
      }
    } catch (err) {
      throw malformedQuery(err) ?? err;
    }
    // T-18: what waits longest comes first
    if (filter.waiting) units.sort((a, b) => Date.parse(a.oldestPending ?? '') - Date.parse(b.oldestPending ?? ''));
    return units;
  }

  /**
   * Sends a command to every unit a filter lists, e.g. `PUBLISH_VERSION_UPGRADE` to every unit not
   * terminated. `makeCommand` returns the command for a unit, or null to skip it; give each command a
   * `requestId` derived from the unit and the campaign to make a re-run safe.
   */
  async fanOut(filter: ListFilter, makeCommand: (unit: UnitListing) => CommandInput | null, { concurrency = 8, onResult }: FanOutOptions = {}): Promise<FanOutResult[]> {
    const units = await this.list(filter);
    const results: FanOutResult[] = new Array(units.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < units.length) {
        const index = next++;
        const unit = units[index]!;
        results[index] = await this.fanOutOne(unit, makeCommand);
        onResult?.(results[index]);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, units.length)) }, worker));
    return results;
  }

  private async fanOutOne(unit: UnitListing, makeCommand: (unit: UnitListing) => CommandInput | null): Promise<FanOutResult> {
    const command = makeCommand(unit);
    if (!command) return { unitId: unit.unitId, outcome: 'skipped' };
    try {
      const state = await this.dispatch(unit.unitId, command);
      return { unitId: unit.unitId, outcome: 'applied', phase: state.phase };
    } catch (err) {
      const e = toLeqiError(err);
      if (e instanceof LeqiError) return { unitId: unit.unitId, outcome: 'rejected', type: e.type, message: e.message, ruleId: e.ruleId };
      return { unitId: unit.unitId, outcome: 'rejected', type: 'Error', message: String((e as Error).message ?? e), ruleId: null };
    }
  }

  private handle(uscc: string) {
    return this.client.workflow.getHandle(unitWorkflowId(uscc));
  }
}

/**
 * A visibility query the server refuses (gRPC INVALID_ARGUMENT) as an InvalidCommand with a short
 * reason: the server's first line, at most 200 characters, never a stack (finding 6 of issue 14).
 */
function malformedQuery(err: unknown): LeqiError | null {
  // the SDK wraps the gRPC error in a ServiceError ("Failed to list workflows") whose cause it is
  const grpc = ((err as { code?: number }).code === undefined ? (err as { cause?: unknown }).cause : err) as { code?: number; details?: string; message?: string } | undefined;
  if (grpc?.code !== 3 /* INVALID_ARGUMENT */) return null;
  const reason = (grpc.details || grpc.message || 'invalid query').split('\n')[0]!.replace(/^\d+ INVALID_ARGUMENT: /, '').slice(0, 200);
  return new LeqiError('InvalidCommand', `invalid visibility query: ${reason}`, { problems: [{ path: '/query', code: 'invalid_query', message: reason }] });
}

/** The visibility query of a filter; a bad filter is an InvalidCommand-like LeqiError. */
export function listQuery(filter: ListFilter): string {
  try {
    return visibilityQuery(filter);
  } catch (err) {
    if (!(err instanceof z.ZodError)) throw err;
    throw LeqiError.of(invalidCommand(problemsOf(err.issues), { what: 'invalid filter' }));
  }
}

/** Throws InvalidCommand unless `uscc` is a valid unified social credit code. */
export function checkUscc(uscc: string): void {
  if (!isValidUscc(uscc)) {
    throw LeqiError.of(invalidCommand([{ path: '/unitId', code: 'invalid_format', message: usccFormatProblem(uscc) ?? 'the check character is wrong' }], { what: 'invalid unit id' }));
  }
}

/** The checks `dispatch` makes before sending: the unit id and the command's schema (InvalidCommand). */
/**
 * The commands this process has parsed already (the results of `parseOnce`): a command parsed at
 * the HTTP edge or by the CLI is sent as it is, never parsed a second time on its way out.
 */
const parsedCommands = new WeakSet<object>();

/**
 * Parses a command once on the client side (zod, `machines/schemas/commands.ts`): the parsed command,
 * or every bad field. A command this process parsed before is returned as it is.
 */
export function parseOnce(input: CommandInput): { ok: true; command: Command } | { ok: false; problems: Problem[] } {
  if (parsedCommands.has(input)) return { ok: true, command: input as Command };
  const parsed = parseCommand(input);
  if (parsed.ok) parsedCommands.add(parsed.command);
  return parsed;
}

/** A command checked for sending to the unit `uscc`: its id, then the command (parsed once); an InvalidCommand `LeqiError` otherwise. */
export function validate(uscc: string, input: CommandInput): Command {
  checkUscc(uscc);
  const parsed = parseOnce(input);
  if (!parsed.ok) throw LeqiError.of(invalidCommand(parsed.problems));
  return parsed.command;
}

const iso = (d: Date | undefined): string | null => (d ? toCstInstant(d.getTime()) : null);

function listing(info: WorkflowExecutionInfo): UnitListing | null {
  const unitId = usccOfWorkflowId(info.workflowId);
  if (!unitId) return null;
  const sa = info.typedSearchAttributes;
  return {
    unitId,
    workflowId: info.workflowId,
    runId: info.runId,
    status: info.status.name,
    phase: (sa.get(LeqiPhase) as Phase | undefined) ?? null,
    termEndsAt: iso(sa.get(LeqiTermEndsOn)),
    nextDeadline: iso(sa.get(LeqiNextDeadline)),
    concurrencyLimit: sa.get(LeqiConcurrencyLimit) ?? null,
    openCases: sa.get(LeqiOpenCases) ?? null,
    oldestPending: iso(sa.get(LeqiOldestPending)),
    authorities: sa.get(LeqiAuthorities) ?? [],
    unitName: sa.get(LeqiUnitName) ?? null,
    inbox: (sa.get(LeqiInbox) ?? []).map(decodeInboxEntry).filter((e): e is InboxEntry => e !== null),
    startedAt: toCstInstant(info.startTime.getTime()),
  };
}
