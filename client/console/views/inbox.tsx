/** The inbox: what waits for this officer, most urgent first, with rule, arrival, age and due date. */
import { cstLastDay, cstTime, word } from '../i18n.js';
import { itemKinds, type InboxItem, type ItemKind } from '../readModel.js';
import { Head, Layout, Scroll, type PageContext } from './layout.js';

export function InboxPage(props: { page: PageContext; items: InboxItem[]; kind: ItemKind | null; escalationDays: number }) {
  const { page, items, kind } = props;
  const { t, base } = page;
  const counts = new Map<ItemKind, number>();
  for (const i of items) counts.set(i.kind, (counts.get(i.kind) ?? 0) + 1);
  const shown = kind ? items.filter((i) => i.kind === kind) : items;
  return (
    <Layout page={page} title={t('inbox')} current="inbox">
      <p class="threshold" data-testid="threshold">
        {t('supervisorThreshold', { days: props.escalationDays })}
      </p>
      <nav class="filters" aria-label={t('filter')}>
        <a href={`${base}/inbox`} aria-current={kind === null ? 'true' : undefined}>
          {t('all')} <span class="count">{items.length}</span>
        </a>
        {itemKinds
          .filter((k) => counts.has(k))
          .map((k) => (
            <a href={`${base}/inbox?kind=${k}`} aria-current={kind === k ? 'true' : undefined}>
              {word(t, 'item', k)} <span class="count">{counts.get(k)}</span>
            </a>
          ))}
      </nav>
      <p aria-live="polite">{t('count', { n: shown.length })}</p>
      {shown.length === 0 ? (
        <p class="empty">{t('nothingWaiting')}</p>
      ) : (
        <Scroll label={t('inbox')}>
          <table class="list" data-testid="inbox">
            <Head cols={[t('kind'), t('unit'), t('rule'), t('arrived'), t('age'), t('due')]} />
            <tbody>
              {shown.map((i) => (
                <tr class={i.overdue ? 'late' : undefined} data-unit={i.unitId} data-kind={i.kind}>
                  <td>{word(t, 'item', i.kind)}</td>
                  <td>
                    <a href={`${base}/units/${i.unitId}`}>{i.unitName}</a>
                    <div class="sub">
                      {i.unitId}
                      {i.subject !== i.unitId && ` · ${i.subject}`}
                    </div>
                  </td>
                  <td>
                    <code class="rule">{i.ruleId}</code>
                  </td>
                  <td>
                    <time datetime={i.since}>{cstTime(i.since)}</time>
                  </td>
                  <td data-testid="age">
                    {i.ageDays} {t('days')}
                  </td>
                  <td>
                    <time datetime={i.dueAt}>{cstLastDay(i.dueAt)}</time>
                    {i.overdue && <strong class="flag"> {t('overdue')}</strong>}
                    {i.escalated && <span class="flag"> · {t('escalated')}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
      )}
    </Layout>
  );
}
