/**
 * `leqi`: the command line of the lifecycle, for officers and back-office scripts.
 * Exit codes a script can trust, one per rejection type: 0 ok, 2 InvalidCommand (or invalid input),
 * 3 Forbidden, 4 IllegalTransition, 5 NotFound, 6 RequestIdReused, 7 UnitClosed, 8 InvalidStart,
 * 1 anything else (e.g. Temporal unreachable). With `--json` an error prints as the contract's
 * rejection object `{ type, ruleId, state, reason, problems }` (Rejection.json) on stdout.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Command as Program, CommanderError, Option } from 'commander';
import { z } from 'zod';
import { Role, type Actor } from '../../machines/schemas/actor.js';
import { commandSchemas, commandTypes, parseCommand, type CommandType } from '../../machines/schemas/commands.js';
import { describeProblem, invalidCommand, problemsOf, rejection, type Problem } from '../../machines/rejection.js';
import { allowedRoles, governingRule } from '../../machines/unit/events.js';
import { ConfigError, loadEnv, temporalConnection } from '../../config/env.js';
import { checkUscc, LeqiClient, validate, type CommandInput, type ConnectOptions } from '../client.js';
import { LeqiError } from '../errors.js';
import { ListFilter, Phase } from '../listing.js';
import { DEFAULT_TASK_QUEUE } from '../../contract/index.js';
import { jsonSchema } from '../schemas.js';
import { formatAudit, formatCalendar, formatFanOut, formatImport, formatList, formatPreview, formatState, table } from './format.js';
import { IMPORT_CSV_COLUMNS, importUnits, readImportFile, type ImportRow } from '../imports.js';
import { listScope, mayRead, scopedAudit, scopedState, type Reader } from '../scope.js';
import { jsonSyntaxReason } from '../exposure.js';
import { loadPolicyFile } from '../../config/policyFile.js';
import { calendarReport, movedDeadlines } from './calendar.js';
import { adoptPolicy, previewPolicy } from '../policy.js';
import { progress } from './progress.js';
import { mapBounded } from '../pool.js';

/** the exit codes: one per rejection type (README, docs/interfaces.md) */
export const EXIT = { ok: 0, other: 1, invalidInput: 2, forbidden: 3, illegalTransition: 4, notFound: 5, requestIdReused: 6, unitClosed: 7, invalidStart: 8 } as const;

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** how to reach Temporal (tests may hand in a client) */
  connect: (options: ConnectOptions & { address: string; namespace: string; taskQueue: string }) => Promise<LeqiClient>;
}

/** invalid input found before anything is sent (exit 2, type InvalidCommand) */
class InputError extends Error {
  constructor(
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
  }
}

/** the exit code of each error type */
export const exitOf: Record<LeqiError['type'], number> = {
  InvalidCommand: EXIT.invalidInput,
  Forbidden: EXIT.forbidden,
  IllegalTransition: EXIT.illegalTransition,
  NotFound: EXIT.notFound,
  RequestIdReused: EXIT.requestIdReused,
  UnitClosed: EXIT.unitClosed,
  InvalidStart: EXIT.invalidStart,
};

interface Globals {
  address?: string;
  namespace?: string;
  taskQueue?: string;
  json?: boolean;
  as?: string;
  actorId?: string;
  authority?: string;
  requestId?: string;
}

const HELP_AFTER = `
Connection (flags win over the environment):
  TEMPORAL_ADDRESS (localhost:$LEQI_TEMPORAL_PORT, 7233)  TEMPORAL_NAMESPACE (default)  LEQI_TASK_QUEUE (${DEFAULT_TASK_QUEUE})
  Temporal Cloud: TEMPORAL_API_KEY, or TEMPORAL_TLS_CLIENT_CERT_PATH + TEMPORAL_TLS_CLIENT_KEY_PATH (README, Configuration)

Actor of a command (flags win over the environment):
  --as / LEQI_ACTOR_ROLE           officer | unit | usingUnit | system (default: the first role allowed to send it)
  --actor-id / LEQI_ACTOR_ID       recorded in the audit trail (default: your login name)
  --authority / LEQI_ACTOR_AUTHORITY  an officer's tax-authority code

Exit codes (one per rejection type; with --json the rejection {type, ruleId, state, reason, problems} is printed):
  0 ok   2 InvalidCommand (bad flags, file or fields)   3 Forbidden (wrong role or authority)
  4 IllegalTransition (not allowed in the unit's state; the rule is named)   5 NotFound (no such unit)
  6 RequestIdReused (the request id was used for another command)   7 UnitClosed (the record is closed)
  8 InvalidStart   1 other (e.g. Temporal unreachable)

Examples:
  leqi submit 91510100MA6CEXA01F --file examples/application.json --as unit --actor-id unit-admin
  leqi approve 91510100MA6CEXA01F --opinion "材料齐全，同意接入" --as officer --actor-id officer-chen --authority 15101000000
  leqi state 91510100MA6CEXA01F
  leqi list --phase active --deadline-on-or-before 2026-12-31
  leqi dispatch 91510100MA6CEXA01F --type ISSUE_RISK_WARNING --data '{"indicator":"R-7","details":"…"}' --as officer
  leqi fan-out --phase active --type SET_CONCURRENCY --data '{"limit":80,"reason":"platform load"}' --request-id load-2027-03
  leqi policy preview new-policy.json   what a policy version would change in every live unit (dry run)
  leqi policy adopt new-policy.json --as system   ADOPT_POLICY to every live unit
  leqi calendar 2026         the year's rest days and where a deadline on each moves
  leqi calendar 2026 --units  … and the live units' deadlines whose last day is one of them
  leqi import units.jsonl    units already in service, by IMPORT_UNIT (report of rejected rows: units.jsonl.rejected.jsonl)
  leqi commands              every command type and who may send it
  leqi schema APPROVE_RENEWAL   the JSON Schema of one command`;

/** Runs the CLI with `argv` (without node and script); resolves with the exit code. */
export async function main(argv: string[], io: Partial<Io> = {}): Promise<number> {
  const out = io.stdout ?? ((t: string) => process.stdout.write(`${t}\n`));
  const err = io.stderr ?? ((t: string) => process.stderr.write(`${t}\n`));
  const env = io.env ?? process.env;
  const connect = io.connect ?? ((o) => LeqiClient.connect(o));
  let code: number = EXIT.ok;
  let client: LeqiClient | undefined;

  const program = new Program('leqi')
    .description('Commands, state, audit and lists of the Leqi direct-connect units (直连单位), over Temporal.')
    .option('--address <host:port>', 'Temporal frontend (env TEMPORAL_ADDRESS)')
    .option('--namespace <ns>', 'Temporal namespace (env TEMPORAL_NAMESPACE)')
    .option('--task-queue <name>', 'task queue of new units (env LEQI_TASK_QUEUE)')
    .option('--json', 'print JSON instead of tables (an error as the rejection {type, ruleId, state, reason, problems})')
    .addOption(new Option('--as <role>', 'actor role (env LEQI_ACTOR_ROLE)').choices(Role.options))
    .option('--actor-id <id>', 'actor id (env LEQI_ACTOR_ID)')
    .option('--authority <code>', "officer's tax-authority code (env LEQI_ACTOR_AUTHORITY)")
    .option('--request-id <id>', 'idempotency key: a repeat gets the first answer and is applied once')
    .addHelpText('after', HELP_AFTER)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => out(s.replace(/\n$/, '')), writeErr: (s) => err(s.replace(/\n$/, '')) });

  const globals = (cmd: Program): Globals => cmd.optsWithGlobals<Globals>();
  const leqi = async (g: Globals): Promise<LeqiClient> => {
    // the one configuration schema (config/env.ts): TEMPORAL_ADDRESS, else localhost:LEQI_TEMPORAL_PORT; TLS, API key
    const e = loadEnv(env);
    const temporal = temporalConnection(e, (path) => readFileSync(path));
    client ??= await connect({
      ...temporal,
      ...(e.LEQI_CODEC_KEYS ? { codecKeys: e.LEQI_CODEC_KEYS } : {}),
      address: g.address ?? temporal.address,
      namespace: g.namespace ?? temporal.namespace,
      taskQueue: g.taskQueue ?? temporal.taskQueue,
    });
    return client;
  };
  const actorFor = (type: CommandType, g: Globals, fromFile?: unknown): Actor => {
    const file = (fromFile ?? {}) as Partial<Actor>;
    const role = (g.as ?? env.LEQI_ACTOR_ROLE ?? file.role ?? allowedRoles[type][0]) as Actor['role'];
    if (!Role.safeParse(role).success) throw new InputError(`actor role ${JSON.stringify(role)}: expected one of ${Role.options.join(', ')}`);
    const authority = g.authority ?? env.LEQI_ACTOR_AUTHORITY ?? file.authority;
    return { role, id: g.actorId ?? env.LEQI_ACTOR_ID ?? file.id ?? userInfo().username, ...(authority ? { authority } : {}) };
  };
  /** the reader whose scope applies: the actor named by --as / LEQI_ACTOR_ROLE; none named, an operator reads everything */
  const readerOf = (g: Globals): Reader | null => {
    const role = g.as ?? env.LEQI_ACTOR_ROLE;
    if (role === undefined) return null;
    if (!Role.safeParse(role).success) throw new InputError(`actor role ${JSON.stringify(role)}: expected one of ${Role.options.join(', ')}`);
    const authority = g.authority ?? env.LEQI_ACTOR_AUTHORITY;
    return { role: role as Reader['role'], id: g.actorId ?? env.LEQI_ACTOR_ID ?? userInfo().username, units: null, ...(authority ? { authority } : {}) };
  };
  const print = (g: Globals, value: unknown, text: () => string): void => out(g.json ? JSON.stringify(value, null, 2) : text());

  /** sends one command built from flags (and a file), prints the state after it */
  const send = async (cmd: Program, uscc: string, type: CommandType, fields: Record<string, unknown>, fileActor?: unknown): Promise<void> => {
    const g = globals(cmd);
    const command: CommandInput = { ...fields, type, actor: actorFor(type, g, fileActor), ...(g.requestId ? { requestId: g.requestId } : {}) };
    const parsed = validate(uscc, command); // before connecting: invalid input answers at once
    const state = await (await leqi(g)).dispatch(uscc, parsed);
    print(g, state, () => `${type} applied\n\n${formatState(state)}`);
  };
  const defined = <T extends Record<string, unknown>>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

  program
    .command('submit')
    .description('submit an application (SUBMIT_APPLICATION, starts the unit) from a JSON file like examples/application.json')
    .argument('<uscc>', "the unit's unified social credit code")
    .requiredOption('-f, --file <path>', 'the submission: application, materials, networkFiling, contacts, authorizationLetter?')
    .action(async (uscc: string, o: { file: string }, cmd: Program) => {
      const { actor, type: _type, ...fields } = readJson(o.file);
      await send(cmd, uscc, 'SUBMIT_APPLICATION', fields, actor);
    });
  program
    .command('approve')
    .description('approve an application under review (officer)')
    .argument('<uscc>')
    .requiredOption('--opinion <text>', "the officer's opinion")
    .option('--term-ends-on <date>', 'the confirmed last day of the term, YYYY-MM-DD (wins over the computed one)')
    .option('--base-concurrency <n>', 'the base concurrency limit')
    .action((uscc: string, o: { opinion: string; termEndsOn?: string; baseConcurrency?: string }, cmd: Program) =>
      send(cmd, uscc, 'APPROVE_APPLICATION', defined({ opinion: o.opinion, termEndsOn: o.termEndsOn, baseConcurrency: num(o.baseConcurrency) })),
    );
  program
    .command('return')
    .description('return an application for correction (officer)')
    .argument('<uscc>')
    .requiredOption('--opinion <text>', "the officer's opinion")
    .requiredOption('--reason <text>', 'a reason (repeat for several)', collect, [])
    .action((uscc: string, o: { opinion: string; reason: string[] }, cmd: Program) => send(cmd, uscc, 'RETURN_APPLICATION', { opinion: o.opinion, reasons: o.reason }));
  program
    .command('resubmit')
    .description('resubmit a returned application (unit), optionally with corrected forms from a JSON file')
    .argument('<uscc>')
    .option('-f, --file <path>', 'corrected fields: application?, materials?, networkFiling?, contacts?, authorizationLetter?')
    .action(async (uscc: string, o: { file?: string }, cmd: Program) => {
      const { actor, type: _type, ...fields } = o.file ? readJson(o.file) : {};
      await send(cmd, uscc, 'RESUBMIT_APPLICATION', fields, actor);
    });
  program
    .command('request-renewal')
    .description('request the renewal of the term (unit)')
    .argument('<uscc>')
    .option('--reason <text>', 'why')
    .action((uscc: string, o: { reason?: string }, cmd: Program) => send(cmd, uscc, 'REQUEST_RENEWAL', defined({ reason: o.reason })));
  program
    .command('approve-renewal')
    .description('approve a renewal request (officer): the renewed term starts the day after the current end')
    .argument('<uscc>')
    .requiredOption('--opinion <text>', "the officer's opinion")
    .requiredOption('--extends-to <date>', 'the new last day of the term, YYYY-MM-DD')
    .action((uscc: string, o: { opinion: string; extendsTo: string }, cmd: Program) => send(cmd, uscc, 'APPROVE_RENEWAL', { opinion: o.opinion, extendsTo: o.extendsTo }));
  program
    .command('reject-renewal')
    .description('reject a renewal request (officer)')
    .argument('<uscc>')
    .requiredOption('--opinion <text>', "the officer's opinion")
    .action((uscc: string, o: { opinion: string }, cmd: Program) => send(cmd, uscc, 'REJECT_RENEWAL', { opinion: o.opinion }));
  program
    .command('set-concurrency')
    .description("set an explicit concurrency level that overrides the ladder (officer)")
    .argument('<uscc>')
    .requiredOption('--limit <n>', 'the level')
    .requiredOption('--reason <text>', 'why')
    .action((uscc: string, o: { limit: string; reason: string }, cmd: Program) => send(cmd, uscc, 'SET_CONCURRENCY', { limit: num(o.limit), reason: o.reason }));
  program
    .command('terminate')
    .description('terminate the unit (officer)')
    .argument('<uscc>')
    .requiredOption('--reason <text>', 'why')
    .requiredOption('--rule-id <id>', 'the rule applied, e.g. T-08')
    .option('--case-id <id>', 'the proposed termination this confirms')
    .action((uscc: string, o: { reason: string; ruleId: string; caseId?: string }, cmd: Program) => send(cmd, uscc, 'TERMINATE', defined({ reason: o.reason, ruleId: o.ruleId, caseId: o.caseId })));
  program
    .command('archive')
    .description("close a terminated unit's record (officer)")
    .argument('<uscc>')
    .option('--reason <text>', 'why')
    .action((uscc: string, o: { reason?: string }, cmd: Program) => send(cmd, uscc, 'ARCHIVE', defined({ reason: o.reason })));

  program
    .command('dispatch')
    .description('send any command of the contract (see `leqi commands`); fields from a JSON file and/or --data')
    .argument('<uscc>')
    .option('--type <TYPE>', 'the command type (or `type` in the file)')
    .option('-f, --json-file <path>', 'a JSON object of fields (may be a whole command; flags win)')
    .option('--data <json>', 'fields as inline JSON, merged over the file')
    .option('--signal', 'fire-and-forget (signal `event`): no answer; an illegal command is only audited')
    .action(async (uscc: string, o: { type?: string; jsonFile?: string; data?: string; signal?: boolean }, cmd: Program) => {
      const g = globals(cmd);
      const { actor, ...fields } = { ...(o.jsonFile ? readJson(o.jsonFile) : {}), ...(o.data ? parseJson(o.data, '--data') : {}) };
      const type = typeOf(o.type ?? fields.type);
      const command: CommandInput = { ...fields, type, actor: actorFor(type, g, actor), ...(g.requestId ? { requestId: g.requestId } : {}) };
      const parsed = validate(uscc, command);
      if (o.signal) {
        await (await leqi(g)).signal(uscc, parsed);
        print(g, { signalled: true }, () => `${type} signalled (see \`leqi audit ${uscc}\` for the outcome)`);
        return;
      }
      const state = await (await leqi(g)).dispatch(uscc, parsed);
      print(g, state, () => `${type} applied\n\n${formatState(state)}`);
    });

  program
    .command('state')
    .description("a unit's state summary")
    .argument('<uscc>')
    .action(async (uscc: string, _o: unknown, cmd: Program) => {
      const g = globals(cmd);
      checkUscc(uscc);
      const summary = await (await leqi(g)).state(uscc);
      const reader = readerOf(g);
      // read scoping (client/scope.ts): the actor named reads what its role may read
      if (reader && !mayRead(reader, summary)) throw new LeqiError('NotFound', 'unit not found');
      const state = reader ? scopedState(reader, summary) : summary;
      print(g, state, () => ('usingUnits' in state ? formatState(state) : JSON.stringify(state, null, 2)));
    });
  program
    .command('audit')
    .description("a unit's audit trail: every command, deadline and notice")
    .argument('<uscc>')
    .action(async (uscc: string, _o: unknown, cmd: Program) => {
      const g = globals(cmd);
      checkUscc(uscc);
      const c = await leqi(g);
      const reader = readerOf(g);
      if (reader && !mayRead(reader, await c.state(uscc))) throw new LeqiError('NotFound', 'unit not found');
      const all = await c.audit(uscc);
      const entries = reader ? scopedAudit(reader, all) : all;
      print(g, entries, () => formatAudit(entries));
    });

  const withFilters = (c: Program): Program =>
    c
      .option('--phase <phases>', `comma-separated: ${Phase.options.join(', ')}`)
      .option('--deadline-before <instant|date>', 'next deadline strictly before (a date means 00:00 CST)')
      .option('--deadline-on-or-before <date>', 'next deadline falls on or before this CST day (its last day, inclusive)')
      .option('--deadline-after <instant|date>', 'next deadline at or after')
      .option('--term-ends-before <instant|date>', 'term ends strictly before')
      .option('--term-ends-on-or-before <date>', 'the term’s last day is on or before this CST day')
      .option('--open-cases-at-least <n>', 'at least this many open cases')
      .option('--waiting', 'only units with a request waiting for an officer, oldest first (T-18)')
      .option('--include-closed', 'also closed records')
      .option('--query <visibility query>', 'a further Temporal visibility query, ANDed');
  withFilters(program.command('list').description('list units by phase, next deadline, term end or open cases (eventually consistent)'))
    .option('--limit <n>', 'at most this many', '1000')
    .action(async (o: FilterFlags & { limit: string }, cmd: Program) => {
      const g = globals(cmd);
      const reader = readerOf(g);
      const units = await (await leqi(g)).list({ ...filterOf(o), ...(reader ? listScope(reader) : {}) }, { limit: Number(o.limit) });
      print(g, units, () => formatList(units));
    });
  withFilters(program.command('fan-out').description('send one command to every unit matching the filters, reporting each answer'))
    .requiredOption('--type <TYPE>', 'the command type')
    .option('-f, --json-file <path>', 'a JSON object of fields')
    .option('--data <json>', 'fields as inline JSON, merged over the file')
    .option('--dry-run', 'list the units it would reach, send nothing')
    .action(async (o: FilterFlags & { type: string; jsonFile?: string; data?: string; dryRun?: boolean }, cmd: Program) => {
      const g = globals(cmd);
      const type = typeOf(o.type);
      const { actor, ...fields } = { ...(o.jsonFile ? readJson(o.jsonFile) : {}), ...(o.data ? parseJson(o.data, '--data') : {}) };
      const base = { ...fields, type, actor: actorFor(type, g, actor) };
      const filter = filterOf(o);
      const sample = parseCommand({ ...base, ...(g.requestId ? { requestId: g.requestId } : {}) });
      if (!sample.ok) throw LeqiError.of(invalidCommand(sample.problems));
      const c = await leqi(g);
      if (o.dryRun) {
        const units = await c.list(filter);
        print(g, units, () => `would send ${type} to:\n${formatList(units)}`);
        return;
      }
      const results = await c.fanOut(filter, (unit) => ({ ...base, ...(g.requestId ? { requestId: `${g.requestId}:${unit.unitId}` } : {}) }));
      print(g, results, () => formatFanOut(results));
      if (results.some((r) => r.outcome === 'rejected')) code = EXIT.illegalTransition;
    });

  const policyCmd = program.command('policy').description('issue 18: preview and adopt a policy version on every live unit');
  const rollout = (c: Program): Program =>
    withFilters(c)
      .argument('<file>', 'the policy file (JSON; machines/policy.ts, optional officialCalendar)')
      .option('--concurrency <n>', 'units at once', '8')
      .option('--now <instant>', 'the clock the preview assumes (default: now)');
  rollout(policyCmd.command('preview').description('dry run: the deadlines and levels the version would change in each live unit; changes nothing'))
    .action(async (file: string, o: FilterFlags & { concurrency: string; now?: string }, cmd: Program) => {
      const g = globals(cmd);
      const { policy, warnings } = loadPolicyFile(file);
      warnings.forEach((w) => err(`warning: ${w}`));
      const c = await leqi(g);
      const bar = progress('preview');
      const result = await previewPolicy(c, policy, actorFor('ADOPT_POLICY', g), { filter: filterOf(o), concurrency: Number(o.concurrency), onUnit: bar.tick, onTotal: bar.total, ...(o.now ? { now: o.now } : {}) });
      bar.stop();
      print(g, result, () => formatPreview(result));
    });
  rollout(policyCmd.command('adopt').description('send ADOPT_POLICY to every live unit (bounded, resumable, idempotent by version id)'))
    .action(async (file: string, o: FilterFlags & { concurrency: string }, cmd: Program) => {
      const g = globals(cmd);
      const { policy, warnings } = loadPolicyFile(file);
      warnings.forEach((w) => err(`warning: ${w}`));
      const c = await leqi(g);
      const bar = progress('adopt');
      const results = await adoptPolicy(c, policy, actorFor('ADOPT_POLICY', g), { filter: filterOf(o), concurrency: Number(o.concurrency), onUnit: bar.tick });
      bar.stop();
      print(g, results, () => formatFanOut(results));
      if (results.some((r) => r.outcome === 'rejected')) code = EXIT.illegalTransition;
    });
  program
    .command('import')
    .description('issue 18: bring units already in service in by IMPORT_UNIT (role system); idempotent on re-run; rejected rows go to a report file')
    .argument('<file>', `JSON lines (one facts object a line, like examples/import-unit.json) or .csv with the header ${IMPORT_CSV_COLUMNS.join(',')}`)
    .option('--concurrency <n>', 'units at once', '8')
    .option('--report <file>', 'the rejected rows, one JSON object a line: row, uscc, type, ruleIds, reason (default <file>.rejected.jsonl)')
    .action(async (file: string, o: { concurrency: string; report?: string }, cmd: Program) => {
      const g = globals(cmd);
      let rows: ImportRow[];
      try {
        rows = readImportFile(file);
      } catch (e) {
        throw new InputError(`${file}: ${(e as Error).message}`);
      }
      const c = await leqi(g);
      const bar = progress('import', rows.length);
      const report = await importUnits(c, file, rows, actorFor('IMPORT_UNIT', g), { concurrency: Number(o.concurrency), onRow: bar.tick });
      bar.stop();
      const reportPath = o.report ?? `${file}.rejected.jsonl`;
      const rejected = report.rows.filter((r) => r.outcome === 'rejected');
      writeFileSync(reportPath, rejected.map((r) => `${JSON.stringify(r)}\n`).join(''));
      print(g, report, () => formatImport(report, reportPath));
      if (rejected.length) code = EXIT.illegalTransition;
    });
  program
    .command('calendar')
    .description('issue 18: the rest days of a year (official calendar or a policy file) and where a last day on each moves (Civil Code art. 203); with --units, which live units\' deadlines they move')
    .argument('<year>')
    .option('--policy <file>', "a policy file: its snapshot instead of the package's data")
    .option('--units [usccs]', 'also read the live units (all, or these comma-separated USCCs) and list their next deadlines whose last day falls on a rest day, and where each moves')
    .option('--concurrency <n>', 'units read at once (with --units)', '8')
    .action(async (year: string, o: { policy?: string; units?: string | true; concurrency: string }, cmd: Program) => {
      const y = Number(year);
      if (!Number.isInteger(y) || y < 2000 || y > 2200) throw new InputError(`year ${JSON.stringify(year)}: expected a year such as 2026`);
      const g = globals(cmd);
      const report = calendarReport(y, o.policy ? loadPolicyFile(o.policy).policy : undefined);
      if (report.warning) err(`warning: ${report.warning}`);
      if (o.units !== undefined) {
        const c = await leqi(g);
        const ids = typeof o.units === 'string' ? o.units.split(',').map((u) => u.trim()).filter(Boolean) : (await c.list({})).map((u) => u.unitId);
        ids.forEach(checkUscc);
        const bar = progress('units', ids.length);
        const states = await mapBounded(ids, Number(o.concurrency), async (id) => {
          const s = await c.state(id);
          bar.tick();
          return s;
        });
        bar.stop();
        report.moves = movedDeadlines(report, states);
      }
      print(g, report, () => formatCalendar(report));
    });
  program
    .command('commands')
    .description('every command type, who may send it and the rule that governs it')
    .action((_o: unknown, cmd: Program) => {
      const rows = commandTypes.map((t) => ({ type: t, roles: allowedRoles[t], ruleId: governingRule[t] }));
      print(globals(cmd), rows, () => table(['type', 'sent by', 'rule'], rows.map((r) => [r.type, r.roles.join(', '), r.ruleId])));
    });
  program
    .command('schema')
    .description('the JSON Schema of one command type')
    .argument('<TYPE>')
    .action((type: string) => {
      const schema = commandSchemas.find((s) => s.shape.type.value === typeOf(type))!;
      out(JSON.stringify(jsonSchema(schema), null, 2));
    });

  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.ok;
    }
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    code = report(e, argv.includes('--json'), out, err);
  } finally {
    await client?.close().catch(() => {});
  }
  return code;
}

/** the filter flags of `leqi list` and `leqi fan-out`, as commander hands them over */
export interface FilterFlags {
  phase?: string;
  deadlineBefore?: string;
  deadlineOnOrBefore?: string;
  deadlineAfter?: string;
  termEndsBefore?: string;
  termEndsOnOrBefore?: string;
  openCasesAtLeast?: string;
  includeClosed?: boolean;
  waiting?: boolean;
  query?: string;
}

/** The list filter of the `list` and `fan-out` flags (validated by `ListFilter`: a bare date is a CST day, decisions.md "Bare dates in filters"). */
export function filterOf(o: FilterFlags): ListFilter {
  const raw = {
    phase: o.phase?.split(','),
    deadlineBefore: o.deadlineBefore,
    deadlineOnOrBefore: o.deadlineOnOrBefore,
    deadlineAfter: o.deadlineAfter,
    termEndsBefore: o.termEndsBefore,
    termEndsOnOrBefore: o.termEndsOnOrBefore,
    openCasesAtLeast: num(o.openCasesAtLeast),
    includeClosed: o.includeClosed,
    waiting: o.waiting,
    query: o.query,
  };
  const parsed = ListFilter.safeParse(Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)));
  if (!parsed.success) {
    const problems = problemsOf(parsed.error.issues);
    throw new InputError(`invalid filter: ${problems.map(describeProblem).join('; ')}`, problems);
  }
  return parsed.data;
}

function typeOf(value: unknown): CommandType {
  if (typeof value === 'string' && (commandTypes as string[]).includes(value)) return value as CommandType;
  const message = `unknown command type ${JSON.stringify(value ?? null)}; expected one of ${commandTypes.join(', ')} (see \`leqi commands\`)`;
  throw new InputError(message, [{ path: '/type', code: 'invalid_value', message }]);
}

/** a number flag: a number when it is one, else the text, so that the schema names the field */
function num(value: string | undefined): number | string | undefined {
  return value === undefined ? undefined : value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseJson(text: string, where: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${where}: malformed JSON: ${jsonSyntaxReason(e)}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError(`${where}: expected a JSON object`);
  return value as Record<string, unknown>;
}

function readJson(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new InputError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return parseJson(text, path);
}

function report(e: unknown, json: boolean, out: (t: string) => void, err: (t: string) => void): number {
  if (e instanceof CommanderError) {
    if (['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(e.code)) return EXIT.ok;
    return EXIT.invalidInput; // commander has already printed the problem
  }
  let body: { type: string; ruleId: string | null; state: string | null; reason: string; problems: Problem[] };
  let code: number;
  if (e instanceof LeqiError) {
    body = e.detail;
    code = exitOf[e.type];
  } else if (e instanceof InputError || e instanceof ConfigError) {
    body = rejection('InvalidCommand', e.message, { problems: e instanceof InputError ? e.problems : [] });
    code = EXIT.invalidInput;
  } else if (e instanceof z.ZodError) {
    body = invalidCommand(problemsOf(e.issues), { what: 'invalid input' });
    code = EXIT.invalidInput;
  } else {
    body = { type: 'Error', ruleId: null, state: null, reason: e instanceof Error ? e.message : String(e), problems: [] };
    code = EXIT.other;
  }
  if (json) out(JSON.stringify(body, null, 2));
  const head = `error: ${body.type}${body.ruleId ? ` (rule ${body.ruleId})` : ''}${body.state ? ` in ${body.state}` : ''}`;
  err(body.problems.length > 1 ? `${head}\n${body.problems.map((p) => `  - ${describeProblem(p)}`).join('\n')}` : `${head}: ${body.reason}`);
  return code;
}

/** The entry point of the `leqi` bin and of `npm run leqi`. */
export async function run(): Promise<void> {
  process.exitCode = await main(process.argv.slice(2));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

