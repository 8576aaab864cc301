/** An officer command's form, and the server's answer in place: done, or the refusal with its rule and marked fields. */
import type { Rejection } from '../api.js';
import type { CommandForm, Field } from '../forms.js';
import type { Lang, T } from '../i18n.js';
import { commandLabel, fieldLabel } from '../labels.js';

/** the answer shown above the form */
export type Outcome = { ok: true; type: string; phase: string } | { ok: false; rejection: Rejection };

const problemFor = (field: Field, outcome: Outcome | null): string | null => {
  if (!outcome || outcome.ok) return null;
  const hits = outcome.rejection.problems.filter((p) => p.path === field.name || p.path.startsWith(`${field.name}.`) || p.path.startsWith(`${field.name}[`));
  return hits.length ? hits.map((p) => p.message).join('; ') : null;
};

function Input(props: { field: Field; value: string; problem: string | null; t: T }) {
  const { field: f, value, problem, t } = props;
  const id = `f-${f.name}`;
  const common = { id, name: f.name, required: f.required, 'aria-invalid': problem ? 'true' : undefined, 'aria-describedby': problem ? `${id}-problem` : undefined };
  switch (f.kind) {
    case 'choice':
      return (
        <select {...common}>
          {!f.required && <option value="">—</option>}
          {f.choices.map((c) => (
            <option value={c} selected={value === c}>
              {c}
            </option>
          ))}
        </select>
      );
    case 'boolean':
      return <input {...common} type="checkbox" value="true" checked={value === 'true'} required={false} />;
    case 'integer':
    case 'number':
      return <input {...common} type="text" inputmode="numeric" value={value} />;
    case 'date':
      return <input {...common} type="date" value={value} />;
    case 'lines':
    case 'json':
    case 'textarea':
      return (
        <textarea {...common} rows={3} placeholder={f.kind === 'lines' ? t('onePerLine') : f.kind === 'json' ? t('json') : undefined}>
          {value}
        </textarea>
      );
    default:
      return <input {...common} type="text" value={value} />;
  }
}

export function ActionForm(props: { form: CommandForm; action: string; values: Record<string, string>; outcome: Outcome | null; requestId: string; t: T; lang: Lang }) {
  const { form, values, outcome, t, lang } = props;
  return (
    <div id="action-form" class="action" data-testid="action-form">
      {outcome && outcome.ok && (
        <p class="done" role="status" data-testid="outcome">
          {t('applied')}: {commandLabel(lang, outcome.type)} → {outcome.phase}
        </p>
      )}
      {outcome && !outcome.ok && (
        <div class="refusal" role="alert" data-testid="refusal">
          <p>
            <strong>{t('refused')}</strong> ({outcome.rejection.type})
            {outcome.rejection.ruleId && (
              <>
                {' · '}
                {t('rule')} <code class="rule" data-testid="refusal-rule">{outcome.rejection.ruleId}</code>
              </>
            )}
          </p>
          <p>
            {t('reason')}: {outcome.rejection.reason}
          </p>
          {outcome.rejection.state && (
            <p>
              {t('phase')}: <span data-testid="refusal-state">{outcome.rejection.state}</span>
            </p>
          )}
        </div>
      )}
      <form method="post" action={props.action} hx-post={props.action} hx-target="#action-form" hx-swap="outerHTML">
        <h3>
          {commandLabel(lang, form.type)} <span class="sub">{form.type}</span> <code class="rule">{form.ruleId}</code>
        </h3>
        <input type="hidden" name="requestId" value={props.requestId} />
        {form.fields.map((f) => {
          const problem = problemFor(f, outcome);
          return (
            <div class={`field${problem ? ' invalid' : ''}`}>
              <label for={`f-${f.name}`}>
                {fieldLabel(lang, f.name)} <span class="sub">{f.name}</span>
                {!f.required && <span class="sub"> ({t('optional')})</span>}
              </label>
              <Input field={f} value={values[f.name] ?? ''} problem={problem} t={t} />
              {problem && (
                <p class="problem" id={`f-${f.name}-problem`}>
                  {t('invalidField')}: {problem}
                </p>
              )}
            </div>
          );
        })}
        <button type="submit">{t('send')}</button>
      </form>
    </div>
  );
}
