/** One unit at a glance: phase, term, concurrency, cases, duties, using units, timeline, chart, audit, actions. */
import type { Child } from 'hono/jsx';
import type { AuditEntry } from '../../../machines/schemas/audit.js';
import type { StateSummary } from '../../../machines/unit/summary.js';
import type { ChartLayout } from '../chart.js';
import { cstDay, cstLastDay, cstTime, word } from '../i18n.js';
import type { TimelineItem } from '../timeline.js';
import { commandLabel } from '../labels.js';
import { Chart } from './chart.js';
import { Head, Layout, Scroll, type PageContext } from './layout.js';
import { Timeline } from './timeline.js';

export interface UnitPageProps {
  page: PageContext;
  summary: StateSummary;
  audit: AuditEntry[];
  timeline: TimelineItem[];
  chart: ChartLayout;
  nowMs: number;
  temporalUrl: string;
  /** officer command types for the action picker; empty for the read-only auditor */
  actions: string[];
  /** the action form (or the answer of the last action) */
  actionForm: Child;
  selected: string | null;
  flash: string | null;
}

function Section(props: { id: string; title: string; children?: Child }) {
  return (
    <section aria-labelledby={`${props.id}-h`} id={props.id}>
      <h2 id={`${props.id}-h`}>{props.title}</h2>
      {props.children}
    </section>
  );
}

/** A section listing items, one line each, or "none". */
function Items<I>(props: { id: string; title: string; items: readonly I[]; none: string; line: (item: I) => Child }) {
  return (
    <Section id={props.id} title={props.title}>
      {props.items.length ? <ul>{props.items.map((i) => <li>{props.line(i)}</li>)}</ul> : <p class="empty">{props.none}</p>}
    </Section>
  );
}

/** A section with a table, one row per item, or "none". */
function TableSection<I>(props: { id: string; title: string; cols: string[]; items: readonly I[]; none: string; cells: (item: I) => Child[] }) {
  return (
    <Section id={props.id} title={props.title}>
      {props.items.length ? (
        <Scroll label={props.title}>
          <table class="list">
            <Head cols={props.cols} />
            <tbody>
              {props.items.map((i) => (
                <tr>
                  {props.cells(i).map((cell) => (
                    <td>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
      ) : (
        <p class="empty">{props.none}</p>
      )}
    </Section>
  );
}

export function UnitPage(props: UnitPageProps) {
  const { page, summary: s, audit } = props;
  const { t, base } = page;
  const none = <p class="empty">{t('none')}</p>;
  return (
    <Layout page={page} title={s.applicant?.name ?? s.unitId} current="units">
      <p class="sub">
        {s.unitId}
        {s.applicant && ` · ${t('authority')} ${s.applicant.competentTaxAuthority}`} ·{' '}
        <a href={props.temporalUrl} rel="noopener" target="_blank">
          {t('temporalUi')}
        </a>
      </p>
      {props.flash && (
        <p class="done" role="status" data-testid="flash">
          {t('applied')}: {commandLabel(page.lang, props.flash)}
        </p>
      )}
      <div class="cards">
        <div class="card">
          <h2>{t('phase')}</h2>
          <p class="big" data-testid="phase">
            {word(t, 'phase', s.phase)}
          </p>
        </div>
        <div class="card" data-testid="term">
          <h2>{t('term')}</h2>
          {s.term ? (
            <dl>
              <dt>{t('termNumber', { n: s.term.number })}</dt>
              <dd>
                {cstDay(s.term.startsOn)} – {cstDay(s.term.endsOn)} <code class="rule">T-01</code>
              </dd>
              <dt>{t('renewalDueOn')}</dt>
              <dd>
                {cstDay(s.term.renewalDueOn)} <code class="rule">T-02</code>
              </dd>
              <dt>{t('renewal')}</dt>
              <dd>
                {word(t, 'renewal', s.term.renewal)}
                {s.term.late && ` · ${t('late')}`}
                {s.term.extendsTo && ` → ${cstDay(s.term.extendsTo)}`}
              </dd>
            </dl>
          ) : (
            none
          )}
        </div>
        <div class="card" data-testid="concurrency">
          <h2>{t('concurrency')}</h2>
          <p class="big">{s.concurrency.limit}</p>
          <p class="sub">
            {t('base')} {s.concurrency.base}
          </p>
          {s.concurrency.restrictions.length ? (
            <ul>
              {s.concurrency.restrictions.map((r) => (
                <li>
                  {r.limit} <code class="rule">{r.ruleId}</code> {t('since')} {cstDay(r.since)} · {r.reason}
                </li>
              ))}
            </ul>
          ) : (
            <p class="sub">{t('noRestrictions')}</p>
          )}
        </div>
      </div>

      {s.pendingDecisions.length > 0 && (
        <Section id="pending" title={t('pendingDecisions')}>
          <ul>
            {s.pendingDecisions.map((p) => (
              <li>
                {word(t, 'item', p.what)} · {p.subject} · <code class="rule">{p.ruleId}</code> · {t('arrived')} {cstTime(p.since)} · {t('age')} {p.ageDays ?? 0} {t('days')} · {t('due')} {cstLastDay(p.escalatesAt)}
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section id="actions" title={t('actions')}>
        {props.actions.length === 0 ? (
          <p>{t('readOnly')}</p>
        ) : (
          <>
            <form method="get" action={`${base}/units/${s.unitId}`} class="inline">
              <label for="action-type">{t('chooseAction')}</label>
              <select id="action-type" name="action" hx-get={`${base}/units/${s.unitId}/form`} hx-target="#action-form" hx-swap="outerHTML" hx-trigger="change">
                <option value="">—</option>
                {props.actions.map((a) => (
                  <option value={a} selected={props.selected === a}>
                    {`${commandLabel(page.lang, a)} (${a})`}
                  </option>
                ))}
              </select>
              <noscript>
                <button type="submit">{t('chooseAction')}</button>
              </noscript>
            </form>
            {props.actionForm ?? <div id="action-form"></div>}
          </>
        )}
      </Section>

      <Section id="timeline" title={t('timeline')}>
        <p class="sub">{t('timelineDesc')}</p>
        <Timeline items={props.timeline} nowMs={props.nowMs} t={t} />
      </Section>

      <TableSection
        id="next"
        title={t('whatNext')}
        cols={[t('at'), t('kind'), t('rule'), t('effect')]}
        items={s.nextDeadlines}
        none={t('none')}
        cells={(d) => [cstTime(d.at), d.what, <code class="rule">{d.ruleId}</code>, d.effect]}
      />

      <Section id="chart" title={t('chart')}>
        <p class="sub">{t('chartDesc')}</p>
        <div class="chart-wrap">
          <Chart layout={props.chart} active={s.chartStates} title={t('chart')} />
        </div>
      </Section>

      <TableSection
        id="cases"
        title={t('cases')}
        cols={['ID', t('kind'), t('rule'), t('status'), t('window')]}
        items={s.cases}
        none={t('none')}
        cells={(c) => [
          c.id,
          <>
            {c.kind}
            {c.target && <div class="sub">{c.target.usingUnit}</div>}
          </>,
          <code class="rule">{c.ruleId}</code>,
          `${c.status}${c.outcome ? ` · ${c.outcome}` : ''}`,
          `${cstDay(c.openedAt)} – ${cstDay(c.dueOn)}`,
        ]}
      />

      <Items
        id="obligations"
        title={t('obligations')}
        items={s.obligations}
        none={t('none')}
        line={(o) => (
          <>
            {o.kind} · {o.subject} · <code class="rule">{o.ruleId}</code> · {t('due')} {cstDay(o.dueOn)} · {o.status}
          </>
        )}
      />
      <Items
        id="using"
        title={t('usingUnits')}
        items={s.usingUnits}
        none={t('none')}
        line={(u) => `${u.name} (${u.uscc}) · ${u.status}${u.competentAuthority ? ` · ${t('authority')} ${u.competentAuthority}` : ''}${u.endsOn ? ` · ${t('endsOn')} ${cstDay(u.endsOn)}` : ''}`}
      />
      <Items id="capabilities" title={t('capabilities')} items={s.capabilities} none={t('none')} line={(c) => `${c.code} · ${c.status}${c.validTo ? ` · ${t('endsOn')} ${cstDay(c.validTo)}` : ''}`} />

      <Section id="network" title={t('network')}>
        {s.network ? (
          <p>
            {s.network.status} · {s.network.action} · {cstTime(s.network.updatedAt)} <code class="rule">T-14</code>
          </p>
        ) : (
          none
        )}
      </Section>

      <Section id="audit" title={t('audit')}>
        <Scroll label={t('audit')}>
          <table class="list" data-testid="audit">
            <Head cols={['#', t('at'), t('actor'), t('command'), t('rule'), t('outcome')]} />
            <tbody>
              {[...audit].reverse().map((e) => (
                <tr>
                  <td>{e.seq}</td>
                  <td>{cstTime(e.at)}</td>
                  <td>
                    {e.actor.role} {e.actor.id}
                  </td>
                  <td>
                    {e.command}
                    <div class="sub">
                      {e.from} → {e.to}
                    </div>
                  </td>
                  <td>
                    <code class="rule">{e.ruleId}</code>
                  </td>
                  <td>
                    {e.outcome}
                    {e.reason && <div class="sub">{e.reason}</div>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
      </Section>
    </Layout>
  );
}
