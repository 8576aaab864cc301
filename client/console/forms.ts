/**
 * Officer commands as forms, generated from the commands' own zod schemas (through their JSON
 * Schema), and a form's values turned back into a command body that the same schema validates
 * (at the API edge and in the workflow's validator).
 */
import { commandSchemas, type CommandType } from '../../machines/schemas/commands.js';
import { allowedRoles, governingRule } from '../../machines/unit/events.js';
import { bodySchema } from '../schemas.js';

/** How a field is entered. */
export type FieldKind = 'text' | 'textarea' | 'date' | 'integer' | 'number' | 'boolean' | 'choice' | 'lines' | 'json' | 'scalar';

/** One input of a command's form. */
export interface Field {
  name: string;
  kind: FieldKind;
  required: boolean;
  choices: string[];
  description: string | null;
}

/** A command's form: its type, the rule that governs it and its fields. */
export interface CommandForm {
  type: CommandType;
  ruleId: string;
  fields: Field[];
}

type Json = Record<string, unknown>;

const kindOf = (s: Json): { kind: FieldKind; choices: string[] } => {
  if (Array.isArray(s.enum)) return { kind: 'choice', choices: s.enum.map(String) };
  if (Array.isArray(s.anyOf)) return { kind: 'scalar', choices: [] };
  switch (s.type) {
    case 'integer':
      return { kind: 'integer', choices: [] };
    case 'number':
      return { kind: 'number', choices: [] };
    case 'boolean':
      return { kind: 'boolean', choices: [] };
    case 'array':
      return { kind: (s.items as Json | undefined)?.type === 'string' && !(s.items as Json).enum ? 'lines' : 'json', choices: [] };
    case 'object':
      return { kind: 'json', choices: [] };
    default: {
      if (typeof s.pattern === 'string' && s.pattern.includes('\\d{4}-\\d{2}-\\d{2}')) return { kind: 'date', choices: [] };
      const long = typeof s.maxLength === 'number' && s.maxLength > 200;
      return { kind: long ? 'textarea' : 'text', choices: [] };
    }
  }
};

/** A field's schema with a `$ref` to a shared definition (`#/$defs/CalendarDate`, …) replaced by the definition, for it and its items. */
function deref(s: Json, defs: Record<string, Json>): Json {
  const ref = typeof s.$ref === 'string' ? defs[s.$ref.replace('#/$defs/', '')] : undefined;
  const { $ref: _ref, ...rest } = s;
  const out = ref ? { ...ref, ...rest } : s;
  return out.items && typeof out.items === 'object' ? { ...out, items: deref(out.items as Json, defs) } : out;
}

let cache: Map<CommandType, CommandForm> | null = null;

/** Every command an officer may send, as a form (the order of the schemas). */
export function officerForms(): Map<CommandType, CommandForm> {
  if (cache) return cache;
  cache = new Map();
  for (const schema of commandSchemas) {
    const type = schema.shape.type.value as CommandType;
    if (!allowedRoles[type].includes('officer')) continue;
    const json = bodySchema(schema);
    const defs = (json.$defs ?? {}) as Record<string, Json>;
    const required = new Set((json.required as string[]) ?? []);
    const fields = Object.entries(json.properties as Record<string, Json>)
      .filter(([name]) => name !== 'type' && name !== 'requestId')
      .map(([name, field]) => [name, deref(field, defs)] as const)
      .map(([name, s]) => ({ name, required: required.has(name), description: typeof s.description === 'string' ? s.description : null, ...kindOf(s) }));
    cache.set(type, { type, ruleId: governingRule[type], fields });
  }
  return cache;
}

/** Form values → a command body; unparseable JSON or numbers are left as text for the schema to refuse. */
export function commandFromForm(form: CommandForm, values: Record<string, string | undefined>): Record<string, unknown> {
  const body: Record<string, unknown> = { type: form.type };
  for (const f of form.fields) {
    const raw = values[f.name];
    if (f.kind === 'boolean') {
      if (raw !== undefined) body[f.name] = raw === 'true' || raw === 'on';
      continue;
    }
    const v = (raw ?? '').trim();
    if (v === '') continue;
    switch (f.kind) {
      case 'integer':
      case 'number':
        body[f.name] = /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
        break;
      case 'lines':
        body[f.name] = v.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
        break;
      case 'json':
        try {
          body[f.name] = JSON.parse(v);
        } catch {
          body[f.name] = v;
        }
        break;
      case 'scalar':
        body[f.name] = v === 'true' ? true : v === 'false' ? false : v;
        break;
      default:
        body[f.name] = v;
    }
  }
  if (values.requestId) body.requestId = values.requestId;
  return body;
}
