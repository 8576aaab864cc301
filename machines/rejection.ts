/**
 * The contract's rejection: the first detail of every rejected command's `ApplicationFailure`, the
 * HTTP API's error body and the CLI's `--json` error, one shape for every client (Rejection.json).
 * Clients branch on `type` and `ruleId`, never on the text of `reason`.
 */
import { z } from 'zod';

/** The failure types of a rejected command (ApplicationFailure.type), contract "rejection". */
export const rejectionTypes = ['InvalidCommand', 'IllegalTransition', 'Forbidden', 'RequestIdReused'] as const;
export type RejectionType = (typeof rejectionTypes)[number];

/** A start argument that does not fit the workflow id fails the run at once with this type (non-retryable). */
export const INVALID_START = 'InvalidStart';
/** Every type a `Rejection` detail may carry: the rejections and the failed start. */
export const failureTypes = [...rejectionTypes, INVALID_START] as const;
export type FailureType = (typeof failureTypes)[number];

/** One bad field: where (a JSON Pointer into the command, RFC 6901), a stable code, and why. */
export const Problem = z
  .object({
    path: z.string().meta({ description: 'a JSON Pointer (RFC 6901) to the bad field, e.g. `/application/dcuUscc`; `` for the whole command' }),
    code: z.string().meta({ description: 'a stable code: invalid_type, too_small, too_big, invalid_format, invalid_value, unrecognized_key, custom, …' }),
    message: z.string().meta({ description: 'a readable explanation (may change; never branch on it)' }),
  })
  .meta({ id: 'Problem', title: 'Problem', description: 'one bad field of a command' });
export type Problem = z.infer<typeof Problem>;

/** One unmet condition of a refusal: its rule id (E-DCU-*, E-UU-*, E-AUTH-*), the unit it concerns and why. */
export const UnmetCondition = z
  .object({
    ruleId: z.string().meta({ description: 'the condition’s rule id, e.g. `E-DCU-4`, `E-UU-3`, `E-AUTH-4`' }),
    subject: z.string().meta({ description: 'the USCC of the unit the condition concerns (the DCU, a using unit, the builder)' }),
    message: z.string().meta({ description: 'a readable explanation (may change; never branch on it)' }),
  })
  .meta({ id: 'UnmetCondition', title: 'UnmetCondition', description: 'one unmet access condition of a refused decision' });
export type UnmetCondition = z.infer<typeof UnmetCondition>;

/** The structured detail of a rejection (contract). Unknown fields are to be ignored by clients. */
export const Rejection = z
  .object({
    type: z.enum(failureTypes).meta({ description: 'what kind of rejection; branch on this' }),
    ruleId: z.string().nullable().meta({ description: 'the rule that refuses (IllegalTransition, Forbidden, often InvalidCommand of a rule-bound field); null when no rule is involved' }),
    state: z.string().nullable().meta({ description: 'the unit’s phase when the command was refused; null when it was refused before reaching a unit' }),
    reason: z.string().meta({ description: 'a readable explanation naming the state and the rule (may change; never branch on it)' }),
    problems: z.array(Problem).meta({ description: 'every bad field of an InvalidCommand; empty for the other types' }),
    unmet: z
      .array(UnmetCondition)
      .optional()
      .meta({ description: 'every unmet access condition, each with its rule id, when conditions refused the command (an IllegalTransition of APPROVE_APPLICATION, ACCEPT_INVITATION, …; P-ONB-04, P-UU-01/02); absent otherwise' }),
  })
  .meta({ id: 'Rejection', title: 'Rejection', description: 'why a command (or a start) was refused: the first detail of the ApplicationFailure, the HTTP error body, the CLI’s --json error' });
export type Rejection = z.infer<typeof Rejection>;

/** Builds a rejection; every producer (chart, workflow, client, HTTP edge) goes through here. */
export function rejection(
  type: FailureType,
  reason: string,
  { ruleId = null, state = null, problems = [], unmet = [] }: { ruleId?: string | null; state?: string | null; problems?: Problem[]; unmet?: UnmetCondition[] } = {},
): Rejection {
  return { type, ruleId, state, reason, problems, ...(unmet.length ? { unmet } : {}) };
}

/** An InvalidCommand listing every bad field; the reason repeats them as `pointer: message`. */
export function invalidCommand(problems: Problem[], { what = 'invalid command', state = null, ruleId = null }: { what?: string; state?: string | null; ruleId?: string | null } = {}): Rejection {
  return rejection('InvalidCommand', `${what}: ${problems.map(describeProblem).join('; ')}`, { problems, state, ruleId });
}

/** `/application/dcuUscc: expected …` (the root is shown as `/`) */
export function describeProblem(p: Problem): string {
  return `${p.path || '/'}: ${p.message}`;
}

/** A JSON Pointer of a path of keys and indexes (RFC 6901: `~` → `~0`, `/` → `~1`). */
export function pointer(path: readonly PropertyKey[]): string {
  return path.map((k) => `/${String(k).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** The problems of zod issues: one per bad field (an unknown key is a problem at that key). */
export function problemsOf(issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: pointer([...issue.path, key]), code: 'unrecognized_key', message: 'unknown field (not in the schema)' }));
    }
    return [{ path: pointer(issue.path), code: issue.code, message: issue.message }];
  });
}

/**
 * The rejection in a failure's details, if it carries one: the contract's object, or the
 * `{ ruleId }` of workflows that ran before structured details (histories keep them).
 */
export function rejectionOf(type: string | undefined, message: string, details: readonly unknown[] | undefined): Rejection | null {
  if (!(failureTypes as readonly string[]).includes(type ?? '')) return null;
  const parsed = Rejection.safeParse(details?.[0]);
  if (parsed.success) return parsed.data;
  const legacy = details?.[0] as { ruleId?: unknown } | undefined;
  const problems: Problem[] =
    type === 'InvalidCommand'
      ? message
          .replace(/^invalid command: /, '')
          .split('; ')
          .map((m) => ({ path: '', code: 'custom', message: m }))
      : [];
  return rejection(type as FailureType, message, { ruleId: typeof legacy?.ruleId === 'string' ? legacy.ruleId : null, problems });
}
