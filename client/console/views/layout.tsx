/** The page frame: language, navigation, sign-out, skip link; htmx and the stylesheet from this server. */
import type { Child } from 'hono/jsx';
import type { Principal } from '../../api/auth.js';
import { word, type Lang, type T } from '../i18n.js';

/** What every page knows: the language, its words, who is signed in and the page's own path. */
export interface PageContext {
  lang: Lang;
  t: T;
  principal: Principal | null;
  /** the current path with its query, for the language switch */
  path: string;
  /** the console's mount point, `/console` */
  base: string;
}

// htmx swaps refusals (4xx) into place like answers: the refusal is the answer an officer needs
const htmxConfig = JSON.stringify({
  responseHandling: [
    { code: '204', swap: false },
    { code: '[23]..', swap: true },
    { code: '4..', swap: true, error: false },
    { code: '...', swap: false, error: true },
  ],
  includeIndicatorStyles: false,
  allowEval: false,
});

const switchHref = (p: PageContext): string => {
  const url = new URL(p.path, 'http://x');
  url.searchParams.set('lang', p.lang === 'zh' ? 'en' : 'zh');
  return `${url.pathname}${url.search}`;
};

export function Layout(props: { page: PageContext; title: string; current?: 'inbox' | 'units'; children?: Child }) {
  const { page, title, current } = props;
  const { t, principal, base } = page;
  return (
    <html lang={page.lang === 'zh' ? 'zh-CN' : 'en'}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="htmx-config" content={htmxConfig} />
        <title>{`${title} · ${t('title')}`}</title>
        <link rel="stylesheet" href={`${base}/static/console.css`} />
        <script src={`${base}/static/htmx.min.js`} defer></script>
      </head>
      <body>
        <a class="skip" href="#main">
          {t('skip')}
        </a>
        <header class="top">
          <span class="brand">{t('title')}</span>
          {principal && (
            <nav aria-label={t('title')}>
              <a href={`${base}/inbox`} aria-current={current === 'inbox' ? 'page' : undefined}>
                {t('inbox')}
              </a>
              <a href={`${base}/units`} aria-current={current === 'units' ? 'page' : undefined}>
                {t('units')}
              </a>
            </nav>
          )}
          <span class="spacer"></span>
          <a class="lang" href={switchHref(page)} hreflang={page.lang === 'zh' ? 'en' : 'zh-CN'} aria-label={t('languageLabel')} data-testid="lang-switch">
            {t('language')}
          </a>
          {principal && (
            <span class="who">
              {t('signedInAs')}: <strong>{principal.id}</strong> · {word(t, 'role', principal.role)}
              {principal.authority ? ` · ${t('authority')} ${principal.authority}` : ''}
            </span>
          )}
          {principal && (
            <form method="post" action={`${base}/logout`} class="inline">
              <button type="submit">{t('signOut')}</button>
            </form>
          )}
        </header>
        <main id="main" tabindex={-1}>
          <h1>{title}</h1>
          {props.children}
        </main>
        <footer>
          <p>{t('cstNote')}</p>
        </footer>
      </body>
    </html>
  );
}

/** A table that scrolls sideways on narrow screens, reachable by keyboard. */
export function Scroll(props: { label: string; children?: Child }) {
  return (
    <div class="scroll" role="region" aria-label={props.label} tabindex={0}>
      {props.children}
    </div>
  );
}

/** A unit that does not exist or that this principal may not see: the same page for both. */
export function NotFoundPage(props: { page: PageContext }) {
  const { t, base } = props.page;
  return (
    <Layout page={props.page} title={t('notFound')}>
      <p>
        <a href={`${base}/units`}>{t('units')}</a>
      </p>
    </Layout>
  );
}

/** A table's header row: one column header per name. */
export function Head(props: { cols: string[] }) {
  return (
    <thead>
      <tr>
        {props.cols.map((c) => (
          <th scope="col">{c}</th>
        ))}
      </tr>
    </thead>
  );
}
