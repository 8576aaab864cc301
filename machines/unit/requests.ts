/**
 * Request ids (contract): a command carrying `requestId` is applied once per unit. What is kept of
 * each is a compact record — never a stored answer — so carried state stays bounded: the id, a
 * fingerprint of who sent what, the outcome, the rule and the audit sequence number. A repeated id
 * with the same fingerprint is answered `replayed: true` with the current summary; the same id
 * with another fingerprint is `RequestIdReused`. Pure: runs in the workflow sandbox.
 */
const DAY_MS = 86_400_000;

/** One remembered request id. `at` is the instant it was applied (CST, ISO with offset). */
export interface RequestRecord {
  requestId: string;
  /** digest of actor role and id, command type and body (see `fingerprint`) */
  fingerprint: string;
  /** the command type, to name it in a `RequestIdReused` refusal */
  type: string;
  outcome: 'applied' | 'rejected';
  ruleId: string;
  /** the audit entry's sequence number */
  seq: number;
  at: string;
}

/** The window (contract): the last `count` requests or `days` days, whichever is smaller. */
export interface RequestWindow {
  count: number;
  days: number;
}

/** JSON with sorted keys, so that two equal bodies give one digest whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** 64-bit FNV-1a over UTF-16 code units, as 16 hex digits (no crypto in the workflow sandbox; not a security hash). */
export function digest(text: string): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * prime) & mask;
  }
  return hash.toString(16).padStart(16, '0');
}

function field(input: unknown, name: string): unknown {
  return typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[name] : undefined;
}

/** The request id of a raw command, if it carries a non-empty one. */
export function requestIdOf(input: unknown): string | undefined {
  const id = field(input, 'requestId');
  return typeof id === 'string' && id.length > 0 ? id : undefined;
}

/** Fingerprint of a raw command: actor role and id, type, and a digest of the rest of the body (requestId excluded). */
export function fingerprint(input: unknown): string {
  const actor = field(input, 'actor');
  const body: Record<string, unknown> = typeof input === 'object' && input !== null ? { ...(input as Record<string, unknown>) } : { value: input };
  delete body.requestId;
  delete body.actor;
  delete body.type;
  const who = `${String(field(actor, 'role'))}:${String(field(actor, 'id'))}`;
  return digest(`${who}\n${String(field(input, 'type'))}\n${digest(canonicalJson(body))}`);
}

/** the fingerprint of a request id carried by a version that kept no fingerprint: any command with it replays */
export const LEGACY_FINGERPRINT = 'legacy';

export type RequestVerdict =
  | { kind: 'new' }
  | { kind: 'replay'; record: RequestRecord }
  | { kind: 'reused'; record: RequestRecord; message: string };

/**
 * What a command's request id means: `new` (judge it), `replay` (answer with the current summary,
 * apply nothing) or `reused` (refuse with `RequestIdReused`). A request that was rejected as a
 * signal changed nothing, so the same command is judged again (`new`).
 */
export function judgeRequest(records: ReadonlyMap<string, RequestRecord>, input: unknown): RequestVerdict {
  const requestId = requestIdOf(input);
  const record = requestId === undefined ? undefined : records.get(requestId);
  if (!record) return { kind: 'new' };
  if (record.fingerprint !== LEGACY_FINGERPRINT && record.fingerprint !== fingerprint(input)) {
    return { kind: 'reused', record, message: `requestId ${record.requestId} was already used at ${record.at} for another command (${record.type}, audit #${record.seq}); a new command needs a new requestId` };
  }
  return record.outcome === 'applied' ? { kind: 'replay', record } : { kind: 'new' };
}

/** Keeps a record, then drops the oldest beyond the window's count and those older than its days. */
export function remember(records: Map<string, RequestRecord>, record: RequestRecord, window: RequestWindow): void {
  records.delete(record.requestId);
  records.set(record.requestId, record);
  prune(records, record.at, window);
}

/** Drops records outside the window at `now` (insertion order is time order). */
export function prune(records: Map<string, RequestRecord>, now: string, window: RequestWindow): void {
  while (records.size > window.count) records.delete(records.keys().next().value!);
  const cutoff = Date.parse(now) - window.days * DAY_MS;
  for (const [id, r] of records) {
    if (Date.parse(r.at) >= cutoff) break;
    records.delete(id);
  }
}
