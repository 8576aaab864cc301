/**
 * The HTTP API's error body: the contract's rejection object (Rejection.json) as an RFC 9457
 * problem details document (`application/problem+json`), with `status` and `title` beside it.
 * `error` repeats it in the shape the API used before (deprecated; removed in API version 2).
 */
import type { Context } from 'hono';
import { pointer, type Problem } from '../../machines/rejection.js';

export const PROBLEM_JSON = 'application/problem+json';

/** a short title per type (RFC 9457 `title`): the same for every occurrence of the type */
const titles: Record<string, string> = {
  InvalidCommand: 'The command has bad fields',
  IllegalTransition: 'Not allowed in the unit’s current state',
  Forbidden: 'Not allowed for this role or authority',
  RequestIdReused: 'The request id was already used for another command',
  InvalidStart: 'The start argument does not fit the workflow id',
  NotFound: 'No such unit',
  UnitClosed: 'The unit’s record is closed',
  InvalidRequest: 'Bad request parameters',
  MalformedJson: 'The body is not JSON',
  Unauthorized: 'A valid bearer token is required',
  PayloadTooLarge: 'The body is too large',
  UnsupportedMediaType: 'The body is not application/json',
  RecordUnavailable: 'No decision record is configured',
  Internal: 'Internal error',
};

export interface ErrorFields {
  ruleId?: string | null;
  state?: string | null;
  problems?: Problem[];
}

/** The error body of a status, a type and a reason. */
export function errorBody(status: number, type: string, reason: string, { ruleId = null, state = null, problems = [] }: ErrorFields = {}) {
  const legacy = problems.map((p) => `${p.path.slice(1).split('/').join('.') || '(root)'}: ${p.message}`);
  return {
    type,
    title: titles[type] ?? type,
    status,
    ruleId,
    state,
    reason,
    problems,
    error: { type, message: reason, ...(ruleId ? { ruleId } : {}), ...(legacy.length ? { problems: legacy } : {}) },
  };
}

/** Answers with the error body as `application/problem+json`. */
export function problemResponse(c: Context, status: number, type: string, reason: string, fields: ErrorFields = {}): Response {
  return c.body(JSON.stringify(errorBody(status, type, reason, fields)), status as 400, { 'content-type': PROBLEM_JSON });
}

/** Problems of query parameters (`limit` → `/limit`). */
export const paramProblem = (name: string, code: string, message: string): Problem => ({ path: pointer([name]), code, message });
