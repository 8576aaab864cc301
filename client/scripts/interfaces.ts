/**
 * The generated part of docs/interfaces.md: one row per command with who may send it, its schema,
 * the rule that governs it and the rejections it can get. `npm run schemas` rewrites the part
 * between the markers; test/client/schemas.test.ts fails when it is stale.
 */
import { commandTypes } from '../../machines/schemas/commands.js';
import { allowedRoles, governingRule } from '../../machines/unit/events.js';
import { pascal } from '../schemas.js';

export const BEGIN = '<!-- BEGIN generated: command reference (npm run schemas) -->';
export const END = '<!-- END generated: command reference -->';

/** The command reference table, markers included. */
export function commandReference(): string {
  const rows = commandTypes.map((type) => {
    const rule = governingRule[type];
    const roles = allowedRoles[type].map((r) => `\`${r}\``).join(', ');
    const rejections = ['`InvalidCommand`', `\`Forbidden\` ${rule}`, `\`IllegalTransition\` ${rule}`, '`RequestIdReused`'].join(' · ');
    return `| \`${type}\` | ${roles} | ${rule} | [${pascal(type)}.json](schemas/${pascal(type)}.json) | ${rejections} |`;
  });
  return [BEGIN, '| command | sent by | rule | schema | rejections (type, ruleId) |', '| --- | --- | --- | --- | --- |', ...rows, END].join('\n');
}

/** `text` with its generated part replaced by the current one (appended when absent). */
export function withCommandReference(text: string): string {
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start < 0 || end < start) return `${text.trimEnd()}\n\n${commandReference()}\n`;
  return `${text.slice(0, start)}${commandReference()}${text.slice(end + END.length)}`;
}
