/**
 * Notices by e-mail through nodemailer: one copy per valid address, in the reader's language
 * first, each with a Message-ID derived from the notice id and the address, each sent at most
 * once (the sent-notice record is checked before and written after every send).
 *
 * Failures: a copy the server refuses with a 5xx reply to the envelope or the message is
 * rejected for good; anything else (4xx, connection, TLS, auth, timeout) is transient. After
 * every copy was tried: any transient failure → a retryable `TransientDeliveryFailure` (Temporal
 * retries with backoff; copies already accepted are skipped); no copy delivered and at least one
 * refused or dropped → non-retryable `PermanentDeliveryFailure`; otherwise a receipt that lists
 * the refused and dropped addresses next to the accepted ones.
 */
import { createHash } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/activity';
import type { Transporter } from 'nodemailer';
import type { Audience } from '../machines/notice.js';
import { NOTICE_IDS } from '../machines/ruleLinks.js';
import { resolveRecipients, type Addressee, type DroppedRecipient, type Mailboxes } from './notices/recipients.js';
import { renderNotice } from './notices/render.js';
import { InvalidNoticeFacts } from './notices/templates.js';
import type { Language } from './notices/text.js';
import type { SentNotices } from './sentNotices.js';
import type { NoticeReceipt, NoticeRequest } from './types.js';

export interface Mailer {
  transport: Transporter;
  from: string;
}

export interface MailDeps {
  mailer: Mailer;
  mailboxes: Mailboxes;
  sentNotices: SentNotices;
  /** how long a claim blocks other attempts, ms (the activity's start-to-close and a half); the store's default when absent */
  leaseMs?: number;
}

/** what happened to one copy */
export interface Delivery {
  to: string;
  audience: Audience;
  language: Language;
  messageId: string;
  /** sent now; alreadySent by an earlier attempt; rejected (5xx); deferred (transient, retried) */
  status: 'sent' | 'alreadySent' | 'rejected' | 'deferred';
  response: string;
}

export interface DeliveryReceipt extends NoticeReceipt {
  deliveries: Delivery[];
  /** addresses that failed validation (or an office without a mailbox): never sent to */
  dropped: DroppedRecipient[];
}

export const PERMANENT_DELIVERY_FAILURE = 'PermanentDeliveryFailure';
export const TRANSIENT_DELIVERY_FAILURE = 'TransientDeliveryFailure';
export const INVALID_NOTICE_FACTS = 'InvalidNoticeFacts';

const DOMAIN = 'leqi-lifecycle';
const localPart = (noticeId: string): string => noticeId.replace(/[^A-Za-z0-9._-]/g, '.');

/** the notice's own id, `<unit.91510100MA6CEXA01F.5.1@leqi-lifecycle>`; every copy refers to it */
export function messageIdOf(noticeId: string): string {
  return `<${localPart(noticeId)}@${DOMAIN}>`;
}

/** one copy's Message-ID: the notice's, plus a short hash of the address */
export function copyMessageIdOf(noticeId: string, email: string): string {
  const hash = createHash('sha256').update(email.toLowerCase()).digest('hex').slice(0, 10);
  return `<${localPart(noticeId)}.${hash}@${DOMAIN}>`;
}

interface SmtpError {
  code?: string;
  responseCode?: number;
  response?: string;
  message: string;
}

// 5xx to the envelope or the message is about this mail; a 5xx at connect/auth is the setup's
const SETUP_ERRORS = new Set(['ECONNECTION', 'ETLS', 'EAUTH', 'ESOCKET', 'ETIMEDOUT', 'EDNS', 'ECONFIG', 'EPROXY']);

function isPermanent(err: SmtpError): boolean {
  const code = err.responseCode;
  return code !== undefined && code >= 500 && code < 600 && !SETUP_ERRORS.has(err.code ?? '');
}

/** the catalogue notices (N-*) of a template, `N-08, N-29`, or '' for the product's own notices */
const noticeIds = (template: string): string => ((NOTICE_IDS as Record<string, readonly string[] | undefined>)[template] ?? []).join(', ');

async function deliverCopy(deps: MailDeps, request: NoticeRequest, to: Addressee): Promise<Delivery> {
  const messageId = copyMessageIdOf(request.noticeId, to.email);
  const base = { to: to.email, audience: to.audience, language: to.language, messageId };
  // atomic check-and-set: of concurrent attempts, one sends; the others skip or retry later
  const claim = await deps.sentNotices.claim(request.noticeId, to.email, deps.leaseMs);
  if (claim.kind === 'sent') return { ...base, status: 'alreadySent', response: claim.entry.response };
  if (claim.kind === 'busy') return { ...base, status: 'deferred', response: `being sent by another attempt since ${claim.since}` };

  const rendered = renderNotice(request, { name: to.name, language: to.language, audience: to.audience });
  let response: string;
  try {
    const info = await deps.mailer.transport.sendMail({
      from: deps.mailer.from,
      to: to.name ? { name: to.name, address: to.email } : to.email,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      messageId,
      // the notice's own instant: every attempt produces the same message
      date: new Date(request.at),
      references: messageIdOf(request.noticeId),
      headers: {
        'Content-Language': to.language === 'zh' ? 'zh-CN, en' : 'en, zh-CN',
        'X-Leqi-Notice-Id': request.noticeId,
        'X-Leqi-Unit': request.unitId,
        'X-Leqi-Rule': request.ruleId,
        'X-Leqi-Template': request.template,
        // the catalogue notices (N-*) this template is, e.g. `N-08, N-29`
        ...(noticeIds(request.template) ? { 'X-Leqi-Notice-Ids': noticeIds(request.template) } : {}),
        ...(rendered.dueOn ? { 'X-Leqi-Due-On': rendered.dueOn } : {}),
      },
    });
    response = String(info.response ?? '250');
  } catch (err) {
    await deps.sentNotices.release(request.noticeId, to.email, claim.token);
    const e = err as SmtpError;
    return { ...base, status: isPermanent(e) ? 'rejected' : 'deferred', response: e.response ?? `${e.code ?? 'error'}: ${e.message}` };
  }
  // a failure here is thrown (retried): the claim then blocks other attempts until its lease ends
  await deps.sentNotices.record({ noticeId: request.noticeId, to: to.email, messageId, unitId: request.unitId, template: request.template, ruleId: request.ruleId, sentAt: new Date().toISOString(), response }, claim.token);
  return { ...base, status: 'sent', response };
}

/** Sends one notice to everyone it is for; see the file comment for what it throws. */
export async function sendNoticeMail(deps: MailDeps, request: NoticeRequest): Promise<DeliveryReceipt> {
  const { to, dropped } = resolveRecipients(request, deps.mailboxes);
  try {
    // renders once up front: a template that cannot render fails before anything is sent
    for (const reader of to) renderNotice(request, { name: reader.name, language: reader.language, audience: reader.audience });
  } catch (err) {
    if (err instanceof InvalidNoticeFacts || err instanceof TypeError) throw ApplicationFailure.nonRetryable(err.message, INVALID_NOTICE_FACTS);
    throw err;
  }

  const deliveries: Delivery[] = [];
  for (const reader of to) deliveries.push(await deliverCopy(deps, request, reader));

  const receipt: DeliveryReceipt = {
    messageId: messageIdOf(request.noticeId),
    accepted: deliveries.filter((d) => d.status === 'sent' || d.status === 'alreadySent').map((d) => d.to),
    rejected: deliveries.filter((d) => d.status === 'rejected').map((d) => d.to),
    deliveries,
    dropped,
  };
  const summary = (ds: Delivery[]) => ds.map((d) => `${d.to}: ${d.response}`).join('; ');
  const deferred = deliveries.filter((d) => d.status === 'deferred');
  if (deferred.length > 0) {
    throw ApplicationFailure.retryable(`notice ${request.noticeId} deferred for ${summary(deferred)}`, TRANSIENT_DELIVERY_FAILURE, receipt);
  }
  if (receipt.accepted.length === 0 && (receipt.rejected.length > 0 || dropped.length > 0)) {
    const why = [summary(deliveries.filter((d) => d.status === 'rejected')), ...dropped.map((d) => `${d.email || d.audience}: ${d.reason}`)].filter(Boolean).join('; ');
    throw ApplicationFailure.nonRetryable(`notice ${request.noticeId} reached nobody: ${why}`, PERMANENT_DELIVERY_FAILURE, receipt);
  }
  return receipt;
}
