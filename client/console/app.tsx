/**
 * The officer console (`/console`): server-rendered pages (hono/jsx) with htmx, served by the API
 * process. Every read and every command goes through the HTTP API with the signed-in token, so the
 * console shows and does exactly what the API allows that token. Chinese first, `?lang=en` switches.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { csrf } from 'hono/csrf';
import type { Child } from 'hono/jsx';
import type { CommandType } from '../../machines/schemas/commands.js';
import type { Principal } from '../api/auth.js';
import { ApiRefusal, ConsoleApi, type ApiFetch, type Rejection } from './api.js';
import { chartLayout } from './chart.js';
import { commandFromForm, officerForms } from './forms.js';
import { langOf, translator } from './i18n.js';
import { inboxItems, itemKinds, nameOf, visibleRows, withinAuthority, type ItemKind, type UnitRow } from './readModel.js';
import { SESSION_COOKIE, Sessions, type Session } from './session.js';
import { timelineOf } from './timeline.js';
import { ActionForm, type Outcome } from './views/actions.js';
import { InboxPage } from './views/inbox.js';
import { NotFoundPage, type PageContext } from './views/layout.js';
import { LoginPage } from './views/login.js';
import { UnitPage } from './views/unit.js';
import { UnitsPage, type UnitsQuery } from './views/units.js';

export interface ConsoleOptions {
  /** the API, in-process (the Hono app's `request`) */
  api: ApiFetch;
  /** where the console is mounted; `/console` */
  base?: string;
  /** the Temporal Web UI, for the link to a unit's workflow (`http://localhost:8233`) */
  temporalUiUrl?: string;
  namespace?: string;
  /** T-18, T-25: the policy's supervisor threshold in days, shown in the inbox (15 by default) */
  escalationDays?: number;
  /** units per page of the units list (50) */
  pageSize?: number;
  /** the clock (ms since the epoch); the wall clock by default */
  now?: () => number;
}

const LANG_COOKIE = 'leqi_lang';
const CONSOLE_ROLES = ['officer', 'auditor'];
const USCC = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

type Env = { Variables: { session: Session | null; page: PageContext } };

const require = createRequire(import.meta.url);
const htmxSource = readFileSync(require.resolve('htmx.org/dist/htmx.min.js'), 'utf8');
const css = readFileSync(new URL('./static/console.css', import.meta.url), 'utf8');

/** The console as a Hono app, to mount at `base`. */
export function consoleApp(options: ConsoleOptions): Hono<Env> {
  const { api: fetch, base = '/console', temporalUiUrl = 'http://localhost:8233', namespace = 'default', escalationDays = 15, pageSize = 50, now = Date.now } = options;
  const sessions = new Sessions();
  const app = new Hono<Env>();

  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
    c.header('Cache-Control', c.req.path.includes('/static/') ? 'public, max-age=3600' : 'no-store');
  });
  app.use('*', csrf());
  app.use('*', async (c, next) => {
    const queryLang = c.req.query('lang');
    const lang = langOf(queryLang, getCookie(c, LANG_COOKIE));
    if (queryLang === lang) setCookie(c, LANG_COOKIE, lang, { path: base, httpOnly: true, secure: true, sameSite: 'Lax', maxAge: 365 * 86400 });
    const session = sessions.get(getCookie(c, SESSION_COOKIE), now());
    c.set('session', session);
    const url = new URL(c.req.url);
    c.set('page', { lang, t: translator(lang), principal: session?.principal ?? null, path: `${url.pathname}${url.search}`, base });
    await next();
  });

  app.get('/static/htmx.min.js', (c) => c.body(htmxSource, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }));
  app.get('/static/console.css', (c) => c.body(css, 200, { 'Content-Type': 'text/css; charset=utf-8' }));

  app.get('/login', (c) => c.html(<LoginPage page={c.get('page')} />));
  app.post('/login', async (c) => {
    const form = await c.req.parseBody();
    const token = typeof form.token === 'string' ? form.token.trim() : '';
    const principal = token ? await new ConsoleApi(fetch, token).whoami() : null;
    if (!principal || !CONSOLE_ROLES.includes(principal.role)) return c.html(<LoginPage page={c.get('page')} error />, 401);
    const session = sessions.open(token, principal, now());
    setCookie(c, SESSION_COOKIE, session.id, { path: base, httpOnly: true, secure: true, sameSite: 'Strict', maxAge: sessions.maxAgeSeconds });
    return c.redirect(`${base}/inbox`, 303);
  });
  app.post('/logout', (c) => {
    sessions.close(getCookie(c, SESSION_COOKIE));
    deleteCookie(c, SESSION_COOKIE, { path: base, secure: true });
    return c.redirect(`${base}/login`, 303);
  });

  // everything else needs a session
  app.use('*', async (c, next) => {
    if (!c.get('session')) {
      if (c.req.header('hx-request')) {
        c.header('HX-Redirect', `${base}/login`);
        return c.body(null, 401);
      }
      return c.redirect(`${base}/login`, 303);
    }
    return next();
  });

  const apiOf = (c: Context<Env>): ConsoleApi => new ConsoleApi(fetch, c.get('session')!.token);
  const principalOf = (c: Context<Env>): Principal => c.get('session')!.principal;

  app.get('/', (c) => c.redirect(`${base}/inbox`, 303));

  app.get('/inbox', async (c) => {
    const api = apiOf(c);
    // one visibility listing, scoped by authority; no `state` query per unit (LeqiInbox, LeqiUnitName)
    const rows = visibleRows(principalOf(c), await api.list());
    const kind = c.req.query('kind');
    const selected = (itemKinds as readonly string[]).includes(kind ?? '') ? (kind as ItemKind) : null;
    return c.html(<InboxPage page={c.get('page')} items={inboxItems(rows, now())} kind={selected} escalationDays={escalationDays} />);
  });

  app.get('/units', async (c) => {
    const api = apiOf(c);
    const q = c.req.query();
    const query: UnitsQuery = { q: (q.q ?? '').trim().slice(0, 100), phase: q.phase ?? '', page: Math.max(1, Number.parseInt(q.page ?? '1', 10) || 1), closed: q.closed === 'true' };
    const params: Record<string, string> = { ...(query.phase ? { phase: query.phase } : {}), ...(query.closed ? { includeClosed: 'true' } : {}) };
    const rows = visibleRows(principalOf(c), await api.list(params));
    const needle = query.q.toLowerCase();
    const matching = (needle ? rows.filter((r) => r.unitId.toLowerCase().includes(needle) || nameOf(r).toLowerCase().includes(needle)) : rows).sort(byNextDeadline);
    const pages = Math.max(1, Math.ceil(matching.length / pageSize));
    const page = Math.min(query.page, pages);
    return c.html(<UnitsPage page={c.get('page')} rows={matching.slice((page - 1) * pageSize, page * pageSize)} total={matching.length} pages={pages} query={{ ...query, page }} />);
  });

  const isOfficer = (c: Context<Env>): boolean => principalOf(c).role === 'officer';
  const formOf = (type: string | undefined) => (type ? (officerForms().get(type as CommandType) ?? null) : null);
  const actionForm = (c: Context<Env>, uscc: string, type: string, values: Record<string, string>, outcome: Outcome | null): Child => {
    const form = formOf(type);
    if (!form) return <div id="action-form"></div>;
    return <ActionForm form={form} action={`${base}/units/${uscc}/actions/${type}`} values={values} outcome={outcome} requestId={`console-${randomUUID()}`} t={c.get('page').t} lang={c.get('page').lang} />;
  };

  const unitPage = async (c: Context<Env>, uscc: string, form: Child | null, selected: string | null, status: 200 | 400 | 403 | 404 | 409 = 200) => {
    const api = apiOf(c);
    const page = c.get('page');
    let summary;
    let audit;
    try {
      [summary, audit] = await Promise.all([api.state(uscc), api.audit(uscc)]);
    } catch (err) {
      if (err instanceof ApiRefusal && [400, 403, 404].includes(err.rejection.status)) return notFound(c);
      throw err;
    }
    // the API scopes reads already (client/scope.ts); the same rule again, answered as for a unit that does not exist
    if (!withinAuthority(principalOf(c), summary)) return notFound(c);
    const nowMs = now();
    const flash = c.req.query('done') ?? null;
    return c.html(
      <UnitPage
        page={page}
        summary={summary}
        audit={audit}
        timeline={timelineOf(summary, audit, nowMs)}
        chart={await chartLayout()}
        nowMs={nowMs}
        temporalUrl={`${temporalUiUrl}/namespaces/${encodeURIComponent(namespace)}/workflows/${encodeURIComponent(`unit:${uscc}`)}`}
        actions={isOfficer(c) ? [...officerForms().keys()] : []}
        actionForm={form}
        selected={selected}
        flash={flash && formOf(flash) ? flash : null}
      />,
      status,
    );
  };

  const notFound = (c: Context<Env>) => c.html(<NotFoundPage page={c.get('page')} />, 404);

  app.get('/units/:uscc', async (c) => {
    const uscc = c.req.param('uscc');
    if (!USCC.test(uscc)) return notFound(c);
    const type = c.req.query('action');
    const form = isOfficer(c) && type ? actionForm(c, uscc, type, {}, null) : null;
    return unitPage(c, uscc, form, type ?? null);
  });

  app.get('/units/:uscc/form', (c) => {
    const uscc = c.req.param('uscc');
    if (!USCC.test(uscc) || !isOfficer(c)) return c.html(<div id="action-form"></div>, 403);
    return c.html(<>{actionForm(c, uscc, c.req.query('action') ?? '', {}, null)}</>);
  });

  app.post('/units/:uscc/actions/:type', async (c) => {
    const uscc = c.req.param('uscc');
    const type = c.req.param('type');
    const form = formOf(type);
    if (!USCC.test(uscc) || !form) return notFound(c);
    const raw = await c.req.parseBody();
    const values = Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string'));
    const htmx = c.req.header('hx-request') === 'true';
    let outcome: Outcome;
    try {
      const summary = await apiOf(c).command(uscc, commandFromForm(form, values));
      const done = `${base}/units/${uscc}?done=${type}`;
      if (!htmx) return c.redirect(done, 303);
      c.header('HX-Redirect', done);
      outcome = { ok: true, type, phase: summary.phase };
      return c.html(<>{actionForm(c, uscc, type, {}, outcome)}</>);
    } catch (err) {
      if (!(err instanceof ApiRefusal)) throw err;
      outcome = { ok: false, rejection: err.rejection };
    }
    const status = statusOf(outcome.rejection);
    const fragment = actionForm(c, uscc, type, values, outcome);
    if (htmx) return c.html(<>{fragment}</>, status);
    return unitPage(c, uscc, fragment, type, status);
  });

  return app;
}

const statusOf = (r: Rejection): 400 | 403 | 404 | 409 => (r.status === 403 || r.status === 404 || r.status === 409 ? r.status : 400);

const byNextDeadline = (a: UnitRow, b: UnitRow): number => (Date.parse(a.nextDeadline ?? '9999-12-31') || Infinity) - (Date.parse(b.nextDeadline ?? '9999-12-31') || Infinity) || a.unitId.localeCompare(b.unitId);
