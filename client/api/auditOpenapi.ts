/** The auditor API's part of the OpenAPI document (built by client/api/openapi.ts). */
import { jsonSchema } from '../schemas.js';
import { ChainVerification, RecordPage } from './auditSchemas.js';

type Json = Record<string, unknown>;

export interface DocTools {
  add(name: string, schema: Json): Json;
  json(schema: Json, description: string): Json;
  errors(...codes: number[]): Json;
  uscc: Json;
  q(name: string, schema: Json, description: string): Json;
  instant: Json;
}

export function auditPaths({ add, json, errors, uscc, q, instant }: DocTools): Record<string, Json> {
  const page = add('DecisionRecordPage', jsonSchema(RecordPage, 'output'));
  const verification = add('ChainVerification', jsonSchema(ChainVerification, 'output'));
  const unavailable = { '503': { description: 'no decision record is configured (RecordUnavailable)', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Error' } } } } };
  const roles = 'Roles: auditor, officer (403 for every other token). Read-only.';
  const filters = [
    q('from', instant, 'entries at or after this instant (entry.at); a bare CST day YYYY-MM-DD means 00:00 CST of that day'),
    q('to', instant, 'entries strictly before this instant; a bare CST day YYYY-MM-DD means 24:00 CST of that day (the day is included)'),
    q('ruleId', { type: 'string', minLength: 1, maxLength: 64 }, 'entries citing this rule, e.g. T-04'),
    q('limit', { type: 'integer', minimum: 1, maximum: 5000, default: 500 }, 'at most this many entries per page'),
    q('after', { type: 'string' }, 'the `next` cursor of the previous page'),
  ];
  return {
    '/v1/audit/records': {
      get: {
        tags: ['audit'],
        summary: 'the decision record across units, by rule id and period (online audit)',
        description: `Every command, deadline, notice and decision, kept at least 6 months (T-10, O-14), in time order. ${roles}`,
        parameters: filters,
        responses: { '200': json(page, 'a page of entries'), ...errors(400, 401, 403), ...unavailable },
      },
    },
    '/v1/audit/units/{uscc}/records': {
      get: {
        tags: ['audit'],
        summary: 'one unit’s decision record, by period and rule id',
        description: `In chain order, across the unit’s lifetimes. Unlike the audit query, it outlives the unit’s workflow. ${roles}`,
        parameters: [uscc, ...filters],
        responses: { '200': json(page, 'a page of entries'), ...errors(400, 401, 403), ...unavailable },
      },
    },
    '/v1/audit/units/{uscc}/verify': {
      get: {
        tags: ['audit'],
        summary: 'verify a unit’s hash chain: the first changed or removed entry, if any',
        description: `Walks the chain from its start (or from the checkpoint of the last retention purge). ${roles}`,
        parameters: [uscc],
        responses: { '200': json(verification, 'the verification result (ok: false names the first broken entry)'), ...errors(400, 401, 403), ...unavailable },
      },
    },
  };
}
