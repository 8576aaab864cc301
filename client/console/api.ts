/**
 * The console's one way to the data: the HTTP API itself, called in-process with the signed-in
 * officer's own token, so the console sees exactly what the API lets that token see (the same
 * read scoping, the same command checks, the same rejections).
 */
import type { StateSummary } from '../../machines/unit/summary.js';
import type { AuditEntry } from '../../machines/schemas/audit.js';
import type { UnitListing } from '../client.js';
import type { Principal } from '../api/auth.js';

/** the API app's in-process entry (`app.request` of Hono) */
export type ApiFetch = (path: string, init: RequestInit) => Response | Promise<Response>;

/** One bad field of a refusal: its path in the command (`termEndsOn`, `target.usingUnit`) and why. */
export interface FieldProblem {
  path: string;
  message: string;
  code?: string;
}

/**
 * A refused call: the contract's structured rejection the API answers (problem+json,
 * `{ type, ruleId, state, reason, problems: [{ path: JSON Pointer, code, message }] }`), or the older
 * `{ error: { type, message, ruleId, problems: ['path: message'] } }`.
 */
export interface Rejection {
  status: number;
  type: string;
  reason: string;
  ruleId: string | null;
  state: string | null;
  problems: FieldProblem[];
}

/** `/target/usingUnit` (RFC 6901) → `target.usingUnit` */
const fromPointer = (path: string): string => (path.startsWith('/') ? path.slice(1).split('/').map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~')).join('.') : path);

/** `{ path: '/termEndsOn', code, message }` or `'termEndsOn: expected a date'` → a FieldProblem with a dotted path */
export function toProblem(p: unknown): FieldProblem {
  if (typeof p === 'string') {
    const m = /^([\w.[\]]+|\(root\)): (.*)$/s.exec(p);
    return m ? { path: m[1]!, message: m[2]! } : { path: '', message: p };
  }
  const o = (p ?? {}) as { path?: unknown; message?: unknown; code?: unknown };
  const path = Array.isArray(o.path) ? o.path.map(String).join('.') : fromPointer(String(o.path ?? ''));
  return { path, message: String(o.message ?? ''), ...(typeof o.code === 'string' ? { code: o.code } : {}) };
}

/** The rejection of an API answer's body (either shape; the structured one first). */
export function toRejection(status: number, body: unknown): Rejection {
  const outer = (body ?? {}) as Record<string, unknown>;
  const structured = typeof outer.reason === 'string' || typeof outer.error !== 'object' || outer.error === null;
  const e = (structured ? outer : outer.error) as Record<string, unknown>;
  const str = (v: unknown): string | null => (typeof v === 'string' && v.length ? v : null);
  return {
    status,
    type: str(e.type) ?? 'Error',
    reason: str(e.reason) ?? str(e.message) ?? `HTTP ${status}`,
    ruleId: str(e.ruleId),
    state: str(e.state),
    problems: Array.isArray(e.problems) ? e.problems.map(toProblem) : [],
  };
}

/** Thrown by ConsoleApi when the API refuses. */
export class ApiRefusal extends Error {
  constructor(readonly rejection: Rejection) {
    super(rejection.reason);
  }
}

/** The API as one token sees it. */
export class ConsoleApi {
  constructor(
    private readonly fetch: ApiFetch,
    private readonly token: string,
  ) {}

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.token}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await this.fetch(path, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    const text = await res.text();
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: the rejection below says so
    }
    if (!res.ok) throw new ApiRefusal(toRejection(res.status, parsed ?? { message: text }));
    return parsed as T;
  }

  /** who the token is (null when the token is not valid) */
  async whoami(): Promise<Principal | null> {
    try {
      return await this.call<Principal>('GET', '/v1/whoami');
    } catch (err) {
      if (err instanceof ApiRefusal && err.rejection.status === 401) return null;
      throw err;
    }
  }

  /** running units (closed records too with `includeClosed`), by the visibility store */
  async list(params: Record<string, string> = {}): Promise<UnitListing[]> {
    const q = new URLSearchParams({ limit: '10000', ...params }).toString();
    return (await this.call<{ units: UnitListing[] }>('GET', `/v1/units?${q}`)).units;
  }

  state(uscc: string): Promise<StateSummary> {
    return this.call('GET', `/v1/units/${encodeURIComponent(uscc)}`);
  }

  async audit(uscc: string): Promise<AuditEntry[]> {
    return (await this.call<{ entries: AuditEntry[] }>('GET', `/v1/units/${encodeURIComponent(uscc)}/audit`)).entries;
  }

  /** sends a command (without actor: the API takes it from the token); the answer is the state summary */
  command(uscc: string, body: Record<string, unknown>): Promise<StateSummary> {
    return this.call('POST', `/v1/units/${encodeURIComponent(uscc)}/commands`, body);
  }
}
