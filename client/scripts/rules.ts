/**
 * `npm run rules`: writes docs/rules.md, one row per rule id of the catalogue (spec/rules.md): the
 * chart transitions that cite it (walked from the unit and membership charts, `meta.rule`), the
 * code that cites it by kind — transitions, guards, deadlines, notices — with file:line, the policy
 * values documented with it (machines/policy.ts, defaults of `defaultPolicy`), and the tests named
 * by it. Everything is found at run time, so files may move; test/architecture/rulesDoc.test.ts
 * fails when the document is stale.
 *
 * The catalogue (ids and titles) is read from spec/rules.md when it is found (`LEQI_SPEC_DIR`, or
 * `../shared/spec` beside the repository), otherwise from the current docs/rules.md itself.
 * docs/rules-outside.json lists by hand the ids outside the product, each with its reason.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { membershipMachine } from '../../machines/membership/machine.js';
import { defaultPolicy } from '../../machines/policy.js';
import { unitMachine } from '../../machines/unit/chart.js';

/** the repository's root folder */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DOC = join(ROOT, 'docs', 'rules.md');
/** hand-written: `[{ "id": "P-SUP-01", "reason": "…" }]`, the ids the product deliberately leaves to others */
export const OUTSIDE = join(ROOT, 'docs', 'rules-outside.json');

/** one rule of the catalogue */
export interface CatalogueRule {
  id: string;
  title: string;
}

/** where a rule id is cited: a file:line of ours, and a short text */
interface Cite {
  at: string;
  text: string;
}

type Kind = 'transition' | 'guard' | 'deadline' | 'notice' | 'other';

/** everything that cites one rule */
interface RuleRow {
  rule: CatalogueRule;
  outside: string | null;
  chart: string[];
  code: Record<Kind, Cite[]>;
  policy: Cite[];
  tests: Cite[];
}

// ---- the catalogue

const ID = String.raw`(?:[A-Z]{1,2}(?:-[A-Z]{2,6})?-\d{1,2}[a-z]?|M-[A-Z]+(?:-[A-Z]+)*)`;

/** The ids and titles of spec/rules.md: bold-lead rules (P-, S-), headed rules (T-), and table rows (E-, O-, N-, M-, Q-). */
export function catalogueOfSpec(text: string): CatalogueRule[] {
  const seen = new Map<string, CatalogueRule>();
  const add = (id: string, title: string): void => {
    if (!seen.has(id)) seen.set(id, { id, title: shorten(title.replace(/\*\*/g, '').replace(/`/g, '').trim()) });
  };
  for (const line of text.split('\n')) {
    const bold = new RegExp(String.raw`^\*\*(${ID}): (.*?)\*\*`).exec(line);
    const head = new RegExp(String.raw`^### (${ID}): (.*)$`).exec(line);
    // a row's id may carry a note in italics: `| E-UU-10 *(derived gate)* | …`
    const row = new RegExp(String.raw`^\| *(${ID})(?: *\*\([^)|]*\)\*)? *\| *([^|]*)\|`).exec(line);
    const m = bold ?? head ?? row;
    if (m) add(m[1]!, m[2]!);
  }
  return [...seen.values()];
}

/** The catalogue as the current docs/rules.md lists it (when the spec is not at hand). */
export function catalogueOfDoc(doc: string): CatalogueRule[] {
  const out: CatalogueRule[] = [];
  for (const line of doc.split('\n')) {
    const m = new RegExp(String.raw`^\| \*\*(${ID})\*\* (.*?) \|`).exec(line);
    if (m) out.push({ id: m[1]!, title: m[2]!.replace(/ — \*outside the product: .*\*$/, '') });
  }
  return out;
}

/** spec/rules.md if it can be found */
export function specRules(): string | null {
  const dirs = [process.env.LEQI_SPEC_DIR, join(ROOT, '..', 'shared', 'spec')].filter((d): d is string => !!d);
  for (const dir of dirs) if (existsSync(join(dir, 'rules.md'))) return readFileSync(join(dir, 'rules.md'), 'utf8');
  return null;
}

function shorten(s: string, max = 70): string {
  const t = s.replace(/\s+/g, ' ').replace(/\|/g, '/');
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}

// ---- the charts

interface NodeLike {
  id: string;
  states: Record<string, NodeLike>;
  transitions: Map<string, { target?: readonly NodeLike[] | undefined; meta?: unknown }[]>;
  always?: { target?: readonly NodeLike[] | undefined; meta?: unknown }[] | undefined;
}

/** rule id → the chart transitions citing it, as `chart: state —EVENT→ target` */
export function chartTransitions(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (chart: string, node: NodeLike): void => {
    const add = (event: string, t: { target?: readonly NodeLike[] | undefined; meta?: unknown }): void => {
      const rule = (t.meta as { rule?: unknown } | undefined)?.rule;
      if (typeof rule !== 'string') return;
      const from = pathOf(node.id);
      const targets = (t.target ?? []).map((x) => pathOf(x.id)).filter((p) => p !== from);
      const text = `${chart}: ${from || '(any)'} —${event}→ ${targets.length ? targets.join(', ') : '(stays)'}`;
      const list = out.get(rule) ?? [];
      if (!list.includes(text)) list.push(text);
      out.set(rule, list);
    };
    for (const [event, list] of node.transitions) for (const t of list) add(event, t);
    for (const t of node.always ?? []) add('always', t);
    for (const child of Object.values(node.states)) walk(chart, child);
  };
  walk('unit', unitMachine.root as unknown as NodeLike);
  walk('membership', membershipMachine.root as unknown as NodeLike);
  return out;
}

const pathOf = (id: string): string => id.split('.').slice(1).join('.');

// ---- the code

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, keep));
    else if (keep(path)) out.push(path);
  }
  return out;
}

/** what a line citing a rule id is: a transition's meta, a guard, a deadline, a notice, or other code */
export function kindOf(file: string, line: string): Kind {
  if (/meta:\s*\{[^}]*\brule:/.test(line)) return 'transition';
  if (/guard|refus/i.test(file) || /\bguard\b|refusal|refuse/i.test(line)) return 'guard';
  if (/deadline/i.test(file) || /deadline|\bdue\b|\bwhat: '/i.test(line)) return 'deadline';
  if (/notice|template/i.test(file) || /notify|notice|template/i.test(line)) return 'notice';
  return 'other';
}

const quoted = new RegExp(String.raw`(['"\`])(${ID})\1`, 'g');

/** rule id → the places in machines/, workflows/ and activities/ whose code (a string literal) cites it */
export function codeCitations(known: Set<string>): Map<string, Record<Kind, Cite[]>> {
  const out = new Map<string, Record<Kind, Cite[]>>();
  const files = ['machines', 'workflows', 'activities'].flatMap((d) => filesUnder(join(ROOT, d), (p) => /\.tsx?$/.test(p)));
  for (const file of files) {
    const rel = relative(ROOT, file);
    if (rel === join('machines', 'policy.ts')) continue;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (/^\s*(\/\/|\*|\/\*)/.test(line)) return;
        for (const m of line.matchAll(quoted)) {
          const id = m[2]!;
          if (!known.has(id)) continue;
          const kinds = out.get(id) ?? { transition: [], guard: [], deadline: [], notice: [], other: [] };
          const list = kinds[kindOf(rel, line)];
          const at = `${rel}:${i + 1}`;
          if (!list.some((c) => c.at === at)) list.push({ at, text: '' });
          out.set(id, kinds);
        }
      });
  }
  return out;
}

/** rule id → the policy values documented with it (`/** T-02: … *\/ key: … .default(…)`), with their defaults */
export function policyCitations(known: Set<string>): Map<string, Cite[]> {
  const out = new Map<string, Cite[]>();
  const file = join(ROOT, 'machines', 'policy.ts');
  const lines = readFileSync(file, 'utf8').split('\n');
  const start = lines.findIndex((l) => /^export const Policy = z/.test(l));
  let comment: string[] = [];
  for (let i = start + 1; i < lines.length && !/^\}\)/.test(lines[i]!); i++) {
    const line = lines[i]!;
    if (/^\s*(\/\*\*|\*)/.test(line)) {
      comment.push(line);
      continue;
    }
    const key = /^ {2}(\w+): /.exec(line)?.[1];
    if (key) {
      const ids = new Set([...comment.join(' ').matchAll(new RegExp(ID, 'g'))].map((m) => m[0]).filter((id) => known.has(id)));
      const value = (defaultPolicy as Record<string, unknown>)[key];
      for (const id of ids) {
        const list = out.get(id) ?? [];
        list.push({ at: `machines/policy.ts:${i + 1}`, text: `\`${key}\` = ${shorten(JSON.stringify(value) ?? 'null', 40)}` });
        out.set(id, list);
      }
    }
    if (!/^\s*$/.test(line)) comment = [];
  }
  return out;
}

const testCall = /\b(?:it|test|describe)(?:\.\w+(?:\([^()]*\))?)*\(\s*(['"`])((?:\\.|(?!\1).)*?)\1/g;

/** rule id → the tests (and describe blocks) whose name cites it */
export function testCitations(known: Set<string>): Map<string, Cite[]> {
  const out = new Map<string, Cite[]>();
  const token = new RegExp(String.raw`(?<![A-Z0-9-])${ID}(?![A-Za-z0-9-])`, 'g');
  for (const file of filesUnder(join(ROOT, 'test'), (p) => p.endsWith('.test.ts'))) {
    const rel = relative(ROOT, file);
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        for (const call of line.matchAll(testCall)) {
          const name = call[2]!;
          for (const id of new Set([...name.matchAll(token)].map((m) => m[0]))) {
            if (!known.has(id)) continue;
            const list = out.get(id) ?? [];
            list.push({ at: `${rel}:${i + 1}`, text: shorten(name, 90) });
            out.set(id, list);
          }
        }
      });
  }
  return out;
}

// ---- the document

/** the rows: one per catalogue id, with everything that cites it */
export function ruleRows(catalogue: CatalogueRule[], outside: { id: string; reason: string }[]): RuleRow[] {
  const known = new Set(catalogue.map((r) => r.id));
  const chart = chartTransitions();
  const code = codeCitations(known);
  const policy = policyCitations(known);
  const tests = testCitations(known);
  const reasons = new Map(outside.map((o) => [o.id, o.reason]));
  return catalogue.map((rule) => ({
    rule,
    outside: reasons.get(rule.id) ?? null,
    chart: chart.get(rule.id) ?? [],
    code: code.get(rule.id) ?? { transition: [], guard: [], deadline: [], notice: [], other: [] },
    policy: policy.get(rule.id) ?? [],
    tests: tests.get(rule.id) ?? [],
  }));
}

const cell = (items: string[]): string => (items.length ? items.join('<br>') : '—');
const at = (c: Cite): string => `\`${c.at}\``;

/** docs/rules.md */
export function renderRules(catalogue: CatalogueRule[], outside: { id: string; reason: string }[]): string {
  const unknownOutside = outside.filter((o) => !catalogue.some((r) => r.id === o.id));
  if (unknownOutside.length) throw new Error(`docs/rules-outside.json names ids not in the catalogue: ${unknownOutside.map((o) => o.id).join(', ')}`);
  const rows = ruleRows(catalogue, outside);
  const cited = (r: RuleRow): boolean => r.chart.length + Object.values(r.code).flat().length + r.policy.length > 0;
  const counts = {
    transition: rows.filter((r) => r.chart.length > 0).length,
    code: rows.filter(cited).length,
    tests: rows.filter((r) => r.tests.length > 0).length,
    outside: rows.filter((r) => r.outside !== null).length,
    nowhere: rows.filter((r) => !cited(r) && r.outside === null).length,
  };
  const head = [
    '# Rules: where each one lives',
    '',
    '<!-- generated by `npm run rules` (client/scripts/rules.ts); do not edit: test/architecture/rulesDoc.test.ts fails when stale -->',
    '',
    'One row per rule id of the catalogue (spec/rules.md): the chart transitions whose `meta.rule` is it',
    '(unit and membership charts, walked at run time), the code that cites it as a string, by kind, with',
    'file:line (transition meta, guards, deadlines, notices, other code in `machines/`, `workflows/`,',
    '`activities/`), the policy values documented with it (`machines/policy.ts`, default shown), and the',
    'tests whose name cites it. Ids outside the product are listed by hand in `docs/rules-outside.json`;',
    'ids the product carries through other rules (an obligation tracked by a deadline, a measure that is an',
    'S-rule’s action, a seed question’s reading) are linked in `machines/ruleLinks.ts`, whose linked rules',
    'test/architecture/ruleLinks.test.ts checks are traced themselves; `NOTICE_IDS` there names the notices (N-*) of each template.',
    '',
    `${rows.length} ids: ${counts.transition} on a chart transition, ${counts.code} cited by code or policy, ${counts.tests} named by a test, ${counts.outside} outside the product, ${counts.nowhere} cited nowhere yet.`,
    '',
    '| rule | chart transitions | transition meta | guards | deadlines | notices | policy | other code | tests |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  const body = rows.map((r) => {
    const title = `**${r.rule.id}** ${r.rule.title}${r.outside ? ` — *outside the product: ${r.outside.replace(/\|/g, '/')}*` : ''}`;
    return `| ${title} | ${cell(r.chart.map((t) => `\`${t}\``))} | ${cell(r.code.transition.map(at))} | ${cell(r.code.guard.map(at))} | ${cell(r.code.deadline.map(at))} | ${cell(r.code.notice.map(at))} | ${cell(r.policy.map((c) => `${c.text} ${at(c)}`))} | ${cell(r.code.other.map(at))} | ${cell(r.tests.map((c) => `${at(c)} ${c.text.replace(/\|/g, '/').replace(/`/g, "'")}`))} |`;
  });
  return `${[...head, ...body].join('\n')}\n`;
}

/** the catalogue: the spec's when at hand, else the document's own */
export function currentCatalogue(): CatalogueRule[] {
  const spec = specRules();
  if (spec) return catalogueOfSpec(spec);
  if (!existsSync(DOC)) throw new Error('docs/rules.md is missing and spec/rules.md was not found: set LEQI_SPEC_DIR');
  return catalogueOfDoc(readFileSync(DOC, 'utf8'));
}

/** docs/rules-outside.json */
export function outsideList(): { id: string; reason: string }[] {
  return existsSync(OUTSIDE) ? (JSON.parse(readFileSync(OUTSIDE, 'utf8')) as { id: string; reason: string }[]) : [];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const catalogue = currentCatalogue();
  writeFileSync(DOC, renderRules(catalogue, outsideList()));
  console.log(`wrote docs/rules.md: ${catalogue.length} rule ids`);
}
