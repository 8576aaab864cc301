/**
 * Issue 18 item 5: `leqi import units.jsonl` — units already in service brought in by `IMPORT_UNIT`
 * (update-with-start, role `system`), a bounded number at once. Idempotent: a row whose unit was
 * imported from the same facts is answered `replayed` and counted "already imported"; a row refused
 * (bad field, impossible fact, other facts for an existing unit) is reported with its row number,
 * USCC, rule ids and reason. The file is JSON lines (one `facts` object a line) or CSV (header in
 * `IMPORT_CSV_COLUMNS`).
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Actor } from '../machines/schemas/actor.js';
import { z } from 'zod';
import { describeProblem, UnmetCondition } from '../machines/rejection.js';
import type { LeqiClient } from './client.js';
import { LeqiError } from './errors.js';
import { mapBounded } from './pool.js';

/** One row of an import file: its number (1-based line or CSV record), the unit and its facts, or why it could not be read. */
export interface ImportRow {
  row: number;
  uscc: string | null;
  facts: Record<string, unknown> | null;
  /** the row could not be read (bad JSON, a missing submission file) */
  unreadable?: string;
  /** the rule an unreadable row breaks (T-01: a USCC in more than one row) */
  unreadableRule?: string;
}

/** What became of one row; a rejected row carries the contract's rejection type, its rule, every rule the facts break and the reason. */
export const ImportResult = z.strictObject({
  row: z.number().int().meta({ description: 'the line (JSON lines) or record line (CSV, the header is line 1) in the file' }),
  uscc: z.string().nullable(),
  outcome: z.enum(['imported', 'alreadyImported', 'rejected']),
  type: z.string().optional(),
  ruleId: z.string().nullable().optional(),
  ruleIds: z.array(z.string()).optional(),
  reason: z.string().optional(),
  unmet: z.array(UnmetCondition).optional(),
});
export type ImportResult = z.infer<typeof ImportResult>;
export type ImportOutcome = ImportResult['outcome'];

/** The answer of an import (`leqi import --json`): counts and one result per row, in file order. */
export const ImportReport = z
  .strictObject({ file: z.string(), total: z.number().int(), imported: z.number().int(), alreadyImported: z.number().int(), rejected: z.number().int(), rows: z.array(ImportResult) })
  .meta({ description: 'issue 18: `leqi import --json`: how many rows were imported, already imported (the same facts again) or rejected, and each row’s result' });
export type ImportReport = z.infer<typeof ImportReport>;

/**
 * The CSV header an import file may use instead of JSON lines. Empty cells are absent facts.
 * `submission` is the path of a JSON file holding the SUBMIT_APPLICATION body (relative to the CSV);
 * `cases`, `capabilities`, `grants` and `obligations` are JSON arrays in their cells.
 */
export const IMPORT_CSV_COLUMNS = [
  'uscc',
  'approvedOn',
  'approvalAuthority',
  'approvalOfficer',
  'approvalOpinion',
  'termNumber',
  'termStartsOn',
  'termEndsOn',
  'renewal',
  'renewalRequestedOn',
  'renewalExtendsTo',
  'baseConcurrency',
  'ladderStep',
  'officerLimit',
  'officerReason',
  'officerSetOn',
  'officerReplacesLadder',
  'submission',
  'cases',
  'capabilities',
  'grants',
  'obligations',
] as const;

/** Reads an import file: `.csv` by its header, anything else as JSON lines (blank lines skipped, numbered as lines). */
export function readImportFile(path: string): ImportRow[] {
  const text = readFileSync(path, 'utf8');
  return refuseDuplicates(extname(path).toLowerCase() === '.csv' ? csvRows(text, dirname(resolve(path))) : jsonLines(text));
}

/**
 * Rule T-01 (one workflow per unit): a USCC named by more than one row of the file makes every one of
 * those rows unreadable, so none is sent. Sent 8 at once, such rows would race and which facts won
 * would depend on timing; the operator fixes the file and re-runs (the other rows are then "already imported").
 */
function refuseDuplicates(rows: ImportRow[]): ImportRow[] {
  const rowsOf = new Map<string, number[]>();
  for (const r of rows) if (r.uscc) rowsOf.set(r.uscc, [...(rowsOf.get(r.uscc) ?? []), r.row]);
  return rows.map((r) => {
    const same = r.uscc ? (rowsOf.get(r.uscc) ?? []) : [];
    if (same.length < 2 || r.unreadable) return r;
    return { ...r, facts: null, unreadableRule: 'T-01', unreadable: `the USCC ${r.uscc} is in rows ${same.join(', ')} of this file; none of them was sent (keep one row per unit)` };
  });
}

function jsonLines(text: string): ImportRow[] {
  return text.split(/\r?\n/).flatMap((line, i): ImportRow[] => {
    if (!line.trim()) return [];
    try {
      const facts = JSON.parse(line) as Record<string, unknown>;
      return [{ row: i + 1, uscc: usccOf(facts), facts }];
    } catch (e) {
      return [{ row: i + 1, uscc: null, facts: null, unreadable: `not JSON: ${(e as Error).message}` }];
    }
  });
}

function usccOf(facts: unknown): string | null {
  const uscc = (facts as { submission?: { application?: { dcuUscc?: unknown } } } | null)?.submission?.application?.dcuUscc;
  return typeof uscc === 'string' ? uscc : null;
}

function csvRows(text: string, folder: string): ImportRow[] {
  if (!text.replace(/^\uFEFF/, '').trim()) throw new Error(`empty CSV: the header is required (${IMPORT_CSV_COLUMNS.join(',')})`);
  const records = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Record<string, string>[];
  const unknown = Object.keys(records[0] ?? {}).filter((c) => !(IMPORT_CSV_COLUMNS as readonly string[]).includes(c));
  if (unknown.length) throw new Error(`unknown CSV column(s) ${unknown.join(', ')}; expected the header ${IMPORT_CSV_COLUMNS.join(',')}`);
  return records.map((r, i) => {
    const row = i + 2; // the header is line 1
    try {
      return { row, uscc: r.uscc || null, facts: factsOfCsv(r, folder) };
    } catch (e) {
      return { row, uscc: r.uscc || null, facts: null, unreadable: (e as Error).message };
    }
  });
}

/** One CSV record as the facts of IMPORT_UNIT (empty cells left out, so the schema names what is missing). */
function factsOfCsv(r: Record<string, string>, folder: string): Record<string, unknown> {
  const cell = (k: (typeof IMPORT_CSV_COLUMNS)[number]): string | undefined => (r[k] ? r[k] : undefined);
  const num = (k: (typeof IMPORT_CSV_COLUMNS)[number]): number | string | undefined => {
    const v = cell(k);
    return v === undefined || Number.isNaN(Number(v)) ? v : Number(v);
  };
  const json = (k: (typeof IMPORT_CSV_COLUMNS)[number]): unknown => {
    const v = cell(k);
    if (v === undefined) return undefined;
    try {
      return JSON.parse(v);
    } catch (e) {
      throw new Error(`column ${k} is not JSON: ${(e as Error).message}`);
    }
  };
  const file = cell('submission');
  let submission: unknown;
  if (file) {
    try {
      submission = JSON.parse(readFileSync(resolve(folder, file), 'utf8'));
    } catch (e) {
      throw new Error(`submission file ${file}: ${(e as Error).message}`);
    }
  }
  const officerLimit = num('officerLimit');
  const replaces = cell('officerReplacesLadder');
  const drop = (o: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  return drop({
    submission,
    approval: drop({ on: cell('approvedOn'), authority: cell('approvalAuthority'), officer: cell('approvalOfficer'), opinion: cell('approvalOpinion') }),
    term: drop({ number: num('termNumber') ?? 1, startsOn: cell('termStartsOn'), endsOn: cell('termEndsOn') }),
    renewal: drop({ status: cell('renewal') ?? 'notRequested', requestedOn: cell('renewalRequestedOn'), extendsTo: cell('renewalExtendsTo') }),
    concurrency: drop({
      base: num('baseConcurrency'),
      ladderStep: num('ladderStep') ?? 0,
      officerLevel: officerLimit === undefined ? undefined : drop({ limit: officerLimit, reason: cell('officerReason'), setOn: cell('officerSetOn'), replacesLadder: replaces === undefined ? undefined : replaces === 'true' }),
    }),
    cases: json('cases'),
    capabilities: json('capabilities'),
    grants: json('grants'),
    obligations: json('obligations'),
  });
}

export interface ImportOptions {
  /** rows at once (default 8) */
  concurrency?: number;
  /** called once per row (progress bar) */
  onRow?: () => void;
}

/** Imports every row of `file` (already read) by IMPORT_UNIT; never throws for a row, only for a transport failure. */
export async function importUnits(client: LeqiClient, file: string, rows: readonly ImportRow[], actor: Actor, options: ImportOptions = {}): Promise<ImportReport> {
  const results = await mapBounded(rows, options.concurrency ?? 8, async (row) => {
    const result = await importRow(client, basename(file), row, actor);
    options.onRow?.();
    return result;
  });
  const count = (o: ImportOutcome) => results.filter((r) => r.outcome === o).length;
  return { file, total: rows.length, imported: count('imported'), alreadyImported: count('alreadyImported'), rejected: count('rejected'), rows: results };
}

async function importRow(client: LeqiClient, file: string, row: ImportRow, actor: Actor): Promise<ImportResult> {
  const base = { row: row.row, uscc: row.uscc };
  if (!row.facts || row.unreadable) return { ...base, outcome: 'rejected', type: 'InvalidCommand', ruleId: row.unreadableRule ?? null, ruleIds: row.unreadableRule ? [row.unreadableRule] : [], reason: row.unreadable ?? 'no facts' };
  if (!row.uscc) return { ...base, outcome: 'rejected', type: 'InvalidCommand', ruleId: null, ruleIds: [], reason: '/submission/application/dcuUscc: the unit’s USCC is missing' };
  try {
    const answer = await client.dispatch(row.uscc, { type: 'IMPORT_UNIT', actor, source: `${file}#${row.row}`, facts: row.facts });
    return { ...base, outcome: answer.replayed ? 'alreadyImported' : 'imported' };
  } catch (e) {
    if (!(e instanceof LeqiError)) throw e;
    const { type, ruleId, reason, problems, unmet = [] } = e.detail;
    const ruleIds = [...new Set([...(ruleId ? [ruleId] : []), ...unmet.map((u) => u.ruleId)])];
    const why = problems.length ? problems.map(describeProblem).join('; ') : reason;
    return { ...base, outcome: 'rejected', type, ruleId, ruleIds, reason: why, ...(unmet.length ? { unmet } : {}) };
  }
}
