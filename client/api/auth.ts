/**
 * Bearer tokens → principals. A token maps to one of the contract's roles (or the read-only
 * `auditor`), an actor id, an officer's authority, and — for `unit` and `usingUnit` — the units it
 * may see. Tokens are compared by their SHA-256 digest; the file may hold digests instead of tokens.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { TaxAuthority, type Actor } from '../../machines/schemas/actor.js';
import { Uscc } from '../../machines/uscc.js';
import { ApiRole } from '../schemas.js';

const TokenEntry = z
  .strictObject({
    /** the token itself (at least 16 characters), or */
    token: z.string().min(16).optional(),
    /** its SHA-256 digest, hex, so the file holds no secret */
    sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
    role: ApiRole,
    /** the actor id recorded in the audit trail */
    id: z.string().min(1).max(200),
    /** an officer's 11-digit tax-authority code (required for officers: decisions.md "Who decides") */
    authority: TaxAuthority.optional(),
    /** `unit`: its own USCC; `usingUnit`: the DCU(s) it uses. Absent for officer, system, auditor (every unit). */
    units: z.array(Uscc).min(1).optional(),
    /** decisions.md "Who decides": an officer with the supervisor attribute (issue 18: the policy preview) */
    supervisor: z.boolean().optional(),
  })
  .superRefine((t, ctx) => {
    if ((t.token === undefined) === (t.sha256 === undefined)) ctx.addIssue({ code: 'custom', path: ['token'], message: 'give exactly one of token and sha256' });
    const scoped = t.role === 'unit' || t.role === 'usingUnit';
    if (scoped && !t.units) ctx.addIssue({ code: 'custom', path: ['units'], message: `a ${t.role} token names the units it may see` });
    if (!scoped && t.units) ctx.addIssue({ code: 'custom', path: ['units'], message: `a ${t.role} token sees every unit; remove units` });
    if (t.role === 'officer' && !t.authority) ctx.addIssue({ code: 'custom', path: ['authority'], message: 'an officer token names the officer’s 11-digit tax authority' });
    if (t.role !== 'officer' && t.supervisor) ctx.addIssue({ code: 'custom', path: ['supervisor'], message: `only officers are supervisors, not ${t.role}` });
    if (t.role !== 'officer' && t.authority) ctx.addIssue({ code: 'custom', path: ['authority'], message: `only officers have an authority, not ${t.role}` });
  });

export const TokenFile = z.strictObject({ tokens: z.array(TokenEntry).min(1) });
export type TokenFile = z.infer<typeof TokenFile>;

export interface Principal {
  role: ApiRole;
  id: string;
  authority?: string;
  /** null: every unit */
  units: string[] | null;
  /** an officer with the supervisor attribute (decisions.md "Who decides") */
  supervisor?: boolean;
}

/** The sample unit of examples/ (四川示例科技集团有限公司). */
export const DEV_UNIT = '91510100MA6CEXA01F';

/** Embedded development tokens, used only when LEQI_API_TOKENS is not set (never in production). */
export const devTokens: TokenFile = {
  tokens: [
    { token: 'dev-officer-token-0000', role: 'officer', id: 'officer-chen', authority: '15101000000' },
    { token: 'dev-unit-token-00000000', role: 'unit', id: 'unit-admin', units: [DEV_UNIT] },
    { token: 'dev-using-unit-token-000', role: 'usingUnit', id: '91510107MA6CEXB02D', units: [DEV_UNIT] },
    { token: 'dev-system-token-000000', role: 'system', id: 'monitoring' },
    { token: 'dev-auditor-token-00000', role: 'auditor', id: 'auditor-li' },
  ],
};

const digest = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

export class TokenTable {
  private readonly byDigest = new Map<string, Principal>();

  constructor(file: TokenFile) {
    for (const t of TokenFile.parse(file).tokens) {
      const principal: Principal = { role: t.role, id: t.id, units: t.units ?? null, ...(t.authority ? { authority: t.authority } : {}), ...(t.supervisor ? { supervisor: true } : {}) };
      this.byDigest.set(t.sha256 ?? digest(t.token!), principal);
    }
  }

  /** Reads a token file; every bad entry is listed in one error. */
  static fromFile(path: string): TokenTable {
    const parsed = TokenFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) throw new Error(`invalid token file ${path}:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
    return new TokenTable(parsed.data);
  }

  /** The principal of an `Authorization` header value, or null (missing, malformed or unknown). */
  authenticate(header: string | undefined): Principal | null {
    const match = /^Bearer ([\x21-\x7e]{1,512})$/.exec(header ?? '');
    return match ? (this.byDigest.get(digest(match[1]!)) ?? null) : null;
  }
}

/** may this principal see this unit? */
export function sees(principal: Principal, uscc: string): boolean {
  return principal.units === null || principal.units.includes(uscc);
}

/** the actor of a principal's commands, or null for the read-only auditor */
export function actorOf(principal: Principal): Actor | null {
  if (principal.role === 'auditor') return null;
  return { role: principal.role, id: principal.id, ...(principal.authority ? { authority: principal.authority } : {}) };
}
