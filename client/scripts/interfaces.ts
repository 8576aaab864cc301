/**
 * The generated tables of docs/interfaces.md: who may send each command (role and competent
 * authority), who reads what, and the command reference (schema link, rule, rejections). `npm run interfaces` rewrites them between their
 * markers; test/security/docsTables.test.ts fails when the document and the code disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { commandTypes } from '../../machines/schemas/commands.js';
import { authorityNeed, authorityNeedText } from '../../machines/unit/authority.js';
import { allowedRoles, governingRule } from '../../machines/unit/events.js';
import { readScopeTable } from '../scope.js';
import { pascal } from '../schemas.js';

export const DOC = new URL('../../docs/interfaces.md', import.meta.url);

/** role × authority × command, one row per command type */
export function authorityTableMarkdown(): string {
  const rows = commandTypes.map((type) => {
    const roles = allowedRoles[type].map((r) => `\`${r}\``).join(', ');
    return `| \`${type}\` | ${roles} | ${authorityNeedText[authorityNeed(type)]} | ${governingRule[type]} |`;
  });
  return ['| command | roles | an officer needs | rule cited when refused |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** per role, what it reads */
export function readScopeTableMarkdown(): string {
  const rows = readScopeTable.map((r) => `| \`${r.role}\` | ${r.sees} | ${r.state} | ${r.audit} | ${r.list} |`);
  return ['| role | sees | state | audit | listing |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/** per command: who may send it, the rule, its schema and the rejections it can get (type and rule id) */
export function commandReferenceMarkdown(): string {
  const rows = commandTypes.map((type) => {
    const rule = governingRule[type];
    const roles = allowedRoles[type].map((r) => `\`${r}\``).join(', ');
    const rejections = ['`InvalidCommand`', `\`Forbidden\` ${rule}`, `\`IllegalTransition\` ${rule}`, '`RequestIdReused`'].join(' · ');
    return `| \`${type}\` | ${roles} | ${rule} | [${pascal(type)}.json](schemas/${pascal(type)}.json) | ${rejections} |`;
  });
  return ['| command | sent by | rule | schema | rejections (type, ruleId) |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

const block = (name: string, body: string): string => `<!-- generated:${name} (npm run interfaces) -->\n${body}\n<!-- /generated:${name} -->`;

/** the document with both tables replaced (or appended where their markers are missing) */
export function renderInterfaces(doc: string): string {
  let out = doc;
  for (const [name, body] of [['authority', authorityTableMarkdown()], ['read-scope', readScopeTableMarkdown()], ['commands', commandReferenceMarkdown()]] as const) {
    const re = new RegExp(`<!-- generated:${name} [^>]*-->[\\s\\S]*?<!-- /generated:${name} -->`);
    out = re.test(out) ? out.replace(re, block(name, body)) : `${out.trimEnd()}\n\n${block(name, body)}\n`;
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const doc = readFileSync(DOC, 'utf8');
  writeFileSync(DOC, renderInterfaces(doc));
}
