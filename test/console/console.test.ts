/**
 * The officer console in real Chromium (playwright-core, Debian's package) against the real API,
 * a real worker and the Temporal dev server (listings need visibility). The screenshots in
 * docs/console/ are written by this test and shown in the README.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { serve, type ServerType } from '@hono/node-server';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../client/api/app.js';
import { TokenTable } from '../../client/api/auth.js';
import { LeqiClient } from '../../client/client.js';
import { applicationFor, freshUscc, unitActor } from '../support/harness.js';
import { createDevEnv } from '../support/temporal.js';
import { eventually, startWorker } from '../client/support.js';
import { haveChromium, launchChromium, mustRun, skipReason } from './browser.js';

const TOKENS = {
  officer: 'console-officer-token-0001',
  other: 'console-officer-token-0002',
  auditor: 'console-auditor-token-0001',
  unit: 'console-unit-token-000001',
} as const;
const SHOTS = new URL('../../docs/console/', import.meta.url).pathname;

let env: TestWorkflowEnvironment;
let worker: Awaited<ReturnType<typeof startWorker>>;
let leqi: LeqiClient;
let server: ServerType;
let origin: string;
let browser: Browser;
const approved = freshUscc(); // submitted, then approved through the console
const waiting = freshUscc(); // submitted and left waiting: an inbox item of authority 15101000000 only
const stateQueries: string[] = []; // unit ids of the `state` queries the API made

const run = haveChromium || mustRun;
if (!run) console.warn(`[console] skipped: ${skipReason}`);

async function signIn(token: string, lang: 'zh' | 'en' = 'zh'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: lang === 'zh' ? 'zh-CN' : 'en-US', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  await page.goto(`${origin}/console/login${lang === 'en' ? '?lang=en' : ''}`);
  await page.getByLabel(lang === 'zh' ? '访问令牌' : 'Access token').fill(token);
  await page.getByRole('button', { name: lang === 'zh' ? '登录' : 'Sign in' }).click();
  await page.waitForURL(/\/console\/inbox/);
  return { context, page };
}

/** one axe-core check of the page as it stands (WCAG 2 A and AA) */
async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** the inbox until the listing shows `uscc` (visibility is eventually consistent) */
async function inboxWith(page: Page, uscc: string): Promise<void> {
  await eventually(
    async () => {
      await page.goto(`${origin}/console/inbox`);
      return page.locator(`tr[data-unit="${uscc}"]`).count();
    },
    (n) => n > 0,
  );
}

describe.runIf(run)('officer console in Chromium (dev server, real API and worker)', () => {
  beforeAll(async () => {
    browser = await launchChromium();
    env = await createDevEnv();
    worker = await startWorker(env);
    leqi = new LeqiClient({ client: env.client, taskQueue: worker.taskQueue });
    // every `state` query the API makes, counted (the real query still runs)
    const readState = leqi.state.bind(leqi);
    leqi.state = (uscc: string) => {
      stateQueries.push(uscc);
      return readState(uscc);
    };
    const tokens = new TokenTable({
      tokens: [
        { token: TOKENS.officer, role: 'officer', id: 'officer-chen', authority: '15101000000' },
        { token: TOKENS.other, role: 'officer', id: 'officer-wang', authority: '15199999999' },
        { token: TOKENS.auditor, role: 'auditor', id: 'auditor-li' },
        { token: TOKENS.unit, role: 'unit', id: 'unit-admin', units: [approved, waiting] },
      ],
    });
    const app = createApp({ leqi, tokens, log: () => {}, console: { temporalUiUrl: 'http://localhost:8233' } });
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    for (const uscc of [approved, waiting]) await leqi.submitApplication(uscc, applicationFor(uscc), unitActor);
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
    await worker?.stop();
    await env?.teardown();
  });

  it('sign-in is a Secure, HttpOnly, SameSite=Strict cookie; a bad token or a unit token is refused', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/console/inbox`);
    await expect.poll(() => page.url()).toContain('/console/login');
    await expectAccessible(page);
    await page.getByLabel('访问令牌').fill('not-a-token-at-all-000');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('令牌无效');
    await page.getByLabel('访问令牌').fill(TOKENS.unit);
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByRole('alert').count()).resolves.toBe(1);
    await page.getByLabel('访问令牌').fill(TOKENS.officer);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(/\/console\/inbox/);
    const [cookie] = (await context.cookies()).filter((c) => c.name === 'leqi_console');
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/console' });
    expect(cookie!.value).not.toContain(TOKENS.officer);
    await context.close();
  });

  it('P-ONB-04/T-18: a new application is in the officer’s inbox with its rule, arrival, age and due date; the T-18 threshold is shown', async () => {
    const { context, page } = await signIn(TOKENS.officer);
    await inboxWith(page, waiting);
    const row = page.locator(`tr[data-unit="${waiting}"][data-kind="application"]`);
    await expect(row.textContent()).resolves.toContain('P-ONB-04');
    await expect(row.getByTestId('age').textContent()).resolves.toMatch(/^0 天$/);
    await expect(row.textContent()).resolves.toContain('接入申请待审核');
    await expect(page.getByTestId('threshold').textContent()).resolves.toContain('15 天');
    await expect(page.locator('.filters').textContent()).resolves.toContain('接入申请待审核');
    await page.screenshot({ path: `${SHOTS}inbox.png`, fullPage: true });
    await expectAccessible(page);
    await context.close();
  });

  it('T-01/T-02: the officer approves in place; the unit is active, its timeline shows term end and renewal due, the chart highlights live.active', async () => {
    const { context, page } = await signIn(TOKENS.officer);
    await inboxWith(page, approved);
    await page.locator(`tr[data-unit="${approved}"] a`).first().click();
    await page.waitForURL(new RegExp(`/console/units/${approved}`));
    await expect(page.getByTestId('phase').textContent()).resolves.toBe('审核中');
    await page.getByLabel('选择操作').selectOption('APPROVE_APPLICATION');
    await page.getByLabel('opinion').fill('材料齐全，同意接入');
    await page.getByRole('button', { name: '提交' }).click();
    await page.waitForURL(/done=APPROVE_APPLICATION/);
    await expect(page.getByTestId('phase').textContent()).resolves.toBe('正常');
    const summary = await leqi.state(approved);
    const timeline = page.getByTestId('timeline');
    await expect(timeline.locator('[data-what="termEndsOn"]').textContent()).resolves.toContain('T-01');
    await expect(timeline.locator('[data-what="termEndsOn"]').textContent()).resolves.toContain(summary.term!.endsOn);
    await expect(timeline.locator('[data-what="renewalDueOn"]').textContent()).resolves.toContain(summary.term!.renewalDueOn);
    await expect(timeline.locator('[data-what="renewalDueOn"]').textContent()).resolves.toContain('T-02');
    await expect(timeline.locator('[data-what="APPROVE_APPLICATION"]').textContent()).resolves.toContain('T-01');
    await expect(timeline.getByTestId('today').count()).resolves.toBe(1);
    await expect(page.getByTestId('chart').locator('.state.current').evaluateAll((els) => els.map((e) => e.getAttribute('data-state')))).resolves.toEqual(['live', 'live.active']);
    await expect(page.getByTestId('chart').locator('[data-event="APPROVE_APPLICATION"]').textContent()).resolves.toContain('T-01');
    await expect(page.getByTestId('audit').textContent()).resolves.toContain('APPROVE_APPLICATION');
    await expect(page.getByRole('link', { name: '在 Temporal Web UI 中查看工作流' }).getAttribute('href')).resolves.toBe(`http://localhost:8233/namespaces/default/workflows/unit%3A${approved}`);
    await page.screenshot({ path: `${SHOTS}unit.png`, fullPage: true });
    await expectAccessible(page);
    await context.close();
  });

  it('P-ONB-04: an illegal action shows the refusal and its rule id in place; an invalid field is marked', async () => {
    const { context, page } = await signIn(TOKENS.officer);
    await page.goto(`${origin}/console/units/${approved}`);
    await page.getByLabel('选择操作').selectOption('APPROVE_APPLICATION');
    await page.getByLabel('opinion').fill('再次批准');
    await page.getByRole('button', { name: '提交' }).click();
    const refusal = page.getByTestId('refusal');
    await expect(refusal.getByTestId('refusal-rule').textContent()).resolves.toBe('P-ONB-04');
    await expect(refusal.textContent()).resolves.toContain('IllegalTransition');
    await expect(refusal.getByTestId('refusal-state').textContent()).resolves.toBe('active');

    await page.getByLabel('选择操作').selectOption('SET_CONCURRENCY');
    await page.getByLabel('limit').fill('很多');
    await page.getByLabel('reason').fill('平台负载');
    await page.getByRole('button', { name: '提交' }).click();
    await expect(page.getByTestId('refusal').textContent()).resolves.toContain('InvalidCommand');
    await expect(page.getByLabel('limit').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('.field.invalid .problem').textContent()).resolves.toContain('此字段有误');
    await expect(page.getByLabel('reason').getAttribute('aria-invalid')).resolves.toBeNull();
    await page.screenshot({ path: `${SHOTS}refusal.png`, fullPage: false });
    await expectAccessible(page);
    await context.close();
  });

  it('the units list: phase, term end, next deadline, concurrency, open cases; search by USCC and by name; accessible at tablet width', async () => {
    const { context, page } = await signIn(TOKENS.officer);
    await eventually(
      async () => {
        await page.goto(`${origin}/console/units?q=${approved}`);
        return page.locator(`tr[data-unit="${approved}"]`).textContent();
      },
      (text) => (text ?? '').includes('正常'),
    );
    const row = page.locator(`tr[data-unit="${approved}"]`);
    const summary = await leqi.state(approved);
    await expect(row.textContent()).resolves.toContain(summary.term!.endsOn);
    await expect(row.textContent()).resolves.toContain('100');
    await page.goto(`${origin}/console/units?q=${encodeURIComponent('四川示例科技')}`);
    await expect(page.locator(`tr[data-unit="${approved}"]`).count()).resolves.toBe(1);
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto(`${origin}/console/units/${approved}`);
    await page.screenshot({ path: `${SHOTS}unit-tablet.png`, fullPage: false });
    await expectAccessible(page);
    await page.goto(`${origin}/console/units`);
    await expectAccessible(page);
    await context.close();
  });

  it('T-18/P-ONB-04: the inbox and the units list come from one visibility listing (LeqiInbox, LeqiUnitName), with no state query per unit', async () => {
    const { context, page } = await signIn(TOKENS.officer);
    await inboxWith(page, waiting);
    stateQueries.length = 0;
    await page.goto(`${origin}/console/inbox`);
    const row = page.locator(`tr[data-unit="${waiting}"][data-kind="application"]`);
    await expect(row.textContent()).resolves.toContain('P-ONB-04');
    await expect(row.textContent()).resolves.toContain('四川示例科技');
    await page.goto(`${origin}/console/units?q=${encodeURIComponent('四川示例科技')}`);
    await expect(page.locator(`tr[data-unit="${waiting}"]`).count()).resolves.toBe(1);
    expect(stateQueries).toEqual([]);
    // the unit page reads that one unit's state
    await page.goto(`${origin}/console/units/${waiting}`);
    expect([...new Set(stateQueries)]).toEqual([waiting]);
    await context.close();
  });

  it('an officer of another authority sees neither the unit nor its inbox item', async () => {
    const { context, page } = await signIn(TOKENS.other);
    await page.goto(`${origin}/console/inbox`);
    await expect(page.locator(`tr[data-unit="${waiting}"]`).count()).resolves.toBe(0);
    await page.goto(`${origin}/console/units?q=${approved}`);
    await expect(page.locator(`tr[data-unit="${approved}"]`).count()).resolves.toBe(0);
    const res = await page.goto(`${origin}/console/units/${waiting}`);
    expect(res?.status()).toBe(404);
    await expect(page.getByTestId('action-form').count()).resolves.toBe(0);
    await context.close();
  });

  it('an auditor reads the unit page without actions; the language switches to English', async () => {
    const { context, page } = await signIn(TOKENS.auditor);
    await page.goto(`${origin}/console/units/${approved}`);
    await expect(page.locator('#actions').textContent()).resolves.toContain('只读');
    await expect(page.getByLabel('选择操作').count()).resolves.toBe(0);
    await page.getByTestId('lang-switch').click();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.getByRole('heading', { name: 'Audit trail' }).count()).resolves.toBe(1);
    await expect(page.getByTestId('phase').textContent()).resolves.toBe('Active');
    await page.goto(`${origin}/console/inbox`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Inbox');
    await expect(page.locator(`tr[data-unit="${waiting}"]`).textContent()).resolves.toContain('Application to review');
    await page.screenshot({ path: `${SHOTS}inbox-en.png`, fullPage: true });
    await expectAccessible(page);
    await context.close();
  });
});
