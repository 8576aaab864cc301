/**
 * Issue 11 item 4: a command is parsed once on the client's side of its path (HTTP API or CLI →
 * LeqiClient): the parsed command is what travels on, and the client does not parse it again.
 */
import { describe, expect, it } from 'vitest';
import { parseOnce, validate } from '../../client/client.js';
import { LeqiError } from '../../client/errors.js';
import { freshUscc, officer } from '../support/harness.js';

describe('client: parse once', () => {
  const uscc = freshUscc();
  const raw = { type: 'SET_CONCURRENCY', actor: officer, limit: 40, reason: '整改期间限流' };

  it('T-04: a raw command is parsed into a new object; that parsed command passes again as the very same object (not parsed twice)', () => {
    const first = parseOnce(raw);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.command).not.toBe(raw);
    expect(first.command).toMatchObject({ type: 'SET_CONCURRENCY', limit: 40 });
    const again = parseOnce(first.command);
    expect(again.ok && again.command).toBe(first.command);
    expect(validate(uscc, first.command)).toBe(first.command);
  });

  it('T-04: a command that does not parse lists every bad field, by parseOnce and as an InvalidCommand by validate', () => {
    const bad = { type: 'SET_CONCURRENCY', actor: officer, limit: -1, reason: '整改期间限流', extra: true };
    const parsed = parseOnce(bad);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => p.path).sort()).toEqual(['/extra', '/limit']);
    expect(() => validate(uscc, bad)).toThrow(LeqiError);
  });
});
