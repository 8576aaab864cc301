/** Every command of the contract that this service accepts, as one discriminated union. */
import { z } from 'zod';
import { problemsOf, type Problem } from '../rejection.js';
import { ApproveApplication, ResubmitApplication, ReturnApplication, SubmitApplication } from '../unit/onboarding/commands.js';
import { ApproveRenewal, Archive, RejectRenewal, RequestRenewal, SetConcurrency, Terminate } from '../unit/term/commands.js';
import { complianceSchemas } from '../unit/compliance/commands.js';
import { capabilitySchemas } from '../unit/duties/capabilityCommands.js';
import { changeSchemas } from '../unit/duties/changeCommands.js';
import { usingUnitSchemas } from './usingUnits.js';
import { policySchemas } from '../unit/policyCommands.js';
import { importSchemas } from '../unit/imports/facts.js';

export const commandSchemas = [
  SubmitApplication,
  ApproveApplication,
  ReturnApplication,
  ResubmitApplication,
  RequestRenewal,
  ApproveRenewal,
  RejectRenewal,
  SetConcurrency,
  Terminate,
  Archive,
  ...complianceSchemas,
  ...capabilitySchemas,
  ...changeSchemas,
  ...usingUnitSchemas,
  ...policySchemas,
  ...importSchemas,
] as const;

export const Command = z.discriminatedUnion('type', commandSchemas);
export type Command = z.infer<typeof Command>;
export type CommandType = Command['type'];
export const commandTypes = commandSchemas.map((s) => s.shape.type.value) as CommandType[];

export type ParsedCommand = { ok: true; command: Command } | { ok: false; problems: Problem[] };

/** Parses a command; on failure lists every bad field as a contract problem (JSON Pointer, code, message). */
export function parseCommand(input: unknown): ParsedCommand {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, problems: [{ path: '', code: 'invalid_type', message: 'expected a command object' }] };
  const type = (input as { type?: unknown }).type;
  if (typeof type !== 'string' || !(commandTypes as string[]).includes(type)) {
    return { ok: false, problems: [{ path: '/type', code: 'invalid_value', message: `unknown command type ${JSON.stringify(type)}; expected one of ${commandTypes.join(', ')}` }] };
  }
  const result = Command.safeParse(input);
  if (result.success) return { ok: true, command: result.data };
  return { ok: false, problems: problemsOf(result.error.issues) };
}

export function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length ? issue.path.map(String).join('.') : '(root)';
  const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
  return `${path}: ${issue.message}${keys}`;
}
