/** The units list: phase, term end, next deadline, effective concurrency, open cases; search and pages. */
import { phases } from '../../../machines/unit/phase.js';
import { cstLastDay, cstTime, word } from '../i18n.js';
import { nameOf, type UnitRow } from '../readModel.js';
import { Head, Layout, Scroll, type PageContext } from './layout.js';

/** the units list's query: search text, phase, page (1-based), closed records too */
export interface UnitsQuery {
  q: string;
  phase: string;
  page: number;
  closed: boolean;
}

export function UnitsPage(props: { page: PageContext; rows: UnitRow[]; total: number; pages: number; query: UnitsQuery }) {
  const { page, rows, query } = props;
  const { t, base } = page;
  const href = (p: number): string => {
    const s = new URLSearchParams({ ...(query.q ? { q: query.q } : {}), ...(query.phase ? { phase: query.phase } : {}), ...(query.closed ? { closed: 'true' } : {}), page: String(p) });
    return `${base}/units?${s.toString()}`;
  };
  return (
    <Layout page={page} title={t('units')} current="units">
      <form method="get" action={`${base}/units`} class="search" role="search">
        <label for="q">{t('search')}</label>
        <input id="q" name="q" type="search" value={query.q} />
        <label for="phase">{t('phase')}</label>
        <select id="phase" name="phase">
          <option value="">{t('all')}</option>
          {phases.map((p) => (
            <option value={p} selected={query.phase === p}>
              {word(t, 'phase', p)}
            </option>
          ))}
        </select>
        <label class="check">
          <input type="checkbox" name="closed" value="true" checked={query.closed} /> {t('includeClosed')}
        </label>
        <button type="submit">{t('searchButton')}</button>
      </form>
      <p aria-live="polite">{t('count', { n: props.total })}</p>
      {rows.length === 0 ? (
        <p class="empty">{t('noUnits')}</p>
      ) : (
        <Scroll label={t('units')}>
          <table class="list" data-testid="units">
            <Head cols={[t('name'), t('phase'), t('termEnd'), t('nextDeadline'), t('concurrency'), t('openCases')]} />
            <tbody>
              {rows.map((l) => (
                <tr data-unit={l.unitId}>
                  <td>
                    <a href={`${base}/units/${l.unitId}`}>{nameOf(l)}</a>
                    <div class="sub">{l.unitId}</div>
                  </td>
                  <td>{l.phase ? word(t, 'phase', l.phase) : '—'}</td>
                  <td>{cstLastDay(l.termEndsAt)}</td>
                  <td>{cstTime(l.nextDeadline)}</td>
                  <td>{l.concurrencyLimit ?? '—'}</td>
                  <td>{l.openCases ?? 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
      )}
      {props.pages > 1 && (
        <nav class="pager" aria-label={t('page', { page: query.page, pages: props.pages })}>
          {query.page > 1 && <a href={href(query.page - 1)}>{t('previous')}</a>}
          <span>{t('page', { page: query.page, pages: props.pages })}</span>
          {query.page < props.pages && <a href={href(query.page + 1)}>{t('next')}</a>}
        </nav>
      )}
    </Layout>
  );
}
