/** Notices by e-mail through nodemailer; the Message-ID is derived from the notice id. */
import { ApplicationFailure } from '@temporalio/activity';
import type { Transporter } from 'nodemailer';
import type { NoticeReceipt, NoticeRequest } from './types.js';

export interface Mailer {
  transport: Transporter;
  from: string;
}

export function messageIdOf(noticeId: string): string {
  return `<${noticeId.replace(/[^A-Za-z0-9._-]/g, '.')}@leqi-lifecycle>`;
}

export async function sendMail(mailer: Mailer, request: NoticeRequest, officerMailbox: string): Promise<NoticeReceipt> {
  const to = [...request.recipients.map((r) => r.email), ...(request.audience.includes('officer') ? [officerMailbox] : [])];
  if (to.length === 0) return { messageId: messageIdOf(request.noticeId), accepted: [], rejected: [] };
  const facts = Object.entries(request.facts).map(([k, v]) => `${k}: ${v ?? '—'}`).join('\n');
  try {
    const info = await mailer.transport.sendMail({
      from: mailer.from,
      to,
      messageId: messageIdOf(request.noticeId),
      subject: `[${request.ruleId}] ${request.template} — ${request.unitName ?? request.unitId}`,
      text: `${request.template} (${request.ruleId})\nunit: ${request.unitId}\n${facts}\n`,
    });
    return { messageId: messageIdOf(request.noticeId), accepted: (info.accepted ?? to).map(String), rejected: (info.rejected ?? []).map(String) };
  } catch (err) {
    const code = (err as { responseCode?: number }).responseCode;
    // 5xx is permanent: retrying cannot help, so the workflow records it and tells the officer
    if (code !== undefined && code >= 500) throw ApplicationFailure.nonRetryable(`SMTP ${code}: ${(err as Error).message}`, 'PermanentDeliveryFailure');
    throw err;
  }
}
