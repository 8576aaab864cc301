/** The start argument of `unitLifecycle` (contract): `{ unitId }`, a valid USCC equal to the id in `unit:<USCC>`. */
import { usccFormatProblem } from '../uscc.js';

/**
 * Why a start argument is refused (the workflow then fails at once with a non-retryable
 * `InvalidStart`), or null when it is good. `workflowId` is the run's own id.
 */
export function startProblem(input: unknown, workflowId: string): string | null {
  const unitId = typeof input === 'object' && input !== null ? (input as { unitId?: unknown }).unitId : undefined;
  if (typeof unitId !== 'string') return `the start argument must be { unitId: <USCC> }, got ${JSON.stringify(input)?.slice(0, 200) ?? String(input)}`;
  const format = usccFormatProblem(unitId);
  if (format) return `unitId ${JSON.stringify(unitId.slice(0, 40))} is not a valid USCC: ${format}`;
  if (workflowId !== `unit:${unitId}`) return `unitId ${unitId} does not match the workflow id ${workflowId.slice(0, 80)} (expected unit:${unitId})`;
  return null;
}
