/** docs/interfaces.md's generated tables (issue 14) match the code: npm run interfaces rewrites them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { authorityTableMarkdown, DOC, readScopeTableMarkdown, renderInterfaces } from '../../client/scripts/interfaces.js';
import { ApiRole } from '../../client/schemas.js';
import { commandTypes } from '../../machines/schemas/commands.js';

const doc = readFileSync(DOC, 'utf8');

describe('docs/interfaces.md: generated tables', () => {
  it('G3.1(1): the role × authority × command table and the read-scope table are current (run npm run interfaces)', () => {
    expect(renderInterfaces(doc)).toBe(doc);
    expect(doc).toContain(authorityTableMarkdown());
    expect(doc).toContain(readScopeTableMarkdown());
  });

  it('G3.1(1): every command has a row with its roles and authority; every role has a read scope', () => {
    const table = authorityTableMarkdown();
    for (const type of commandTypes) expect(table).toMatch(new RegExp(`^\\| \`${type}\` \\|`, 'm'));
    expect(table).toMatch(/^\| `APPROVE_USING_UNIT` \| `officer` \| the using unit's own competent tax authority/m);
    expect(table).toMatch(/^\| `PUBLISH_VERSION_UPGRADE` \| `officer`, `system` \| the provincial bureau/m);
    expect(table).toMatch(/^\| `SET_CONCURRENCY` \| `officer` \| the DCU's competent tax authority/m);
    const scopes = readScopeTableMarkdown();
    for (const role of ApiRole.options) expect(scopes).toMatch(new RegExp(`^\\| \`${role}\` \\|`, 'm'));
  });
});
