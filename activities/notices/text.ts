/** The two languages of every notice, and the order a reader sees them in. */

export type Language = 'zh' | 'en';

/** one piece of notice text in Simplified Chinese and English */
export interface Bilingual {
  zh: string;
  en: string;
}

export const bi = (zh: string, en: string): Bilingual => ({ zh, en });

/** the reader's language first, the other below it (zh readers: 中文 then English) */
export function languagesFor(first: Language): [Language, Language] {
  return first === 'zh' ? ['zh', 'en'] : ['en', 'zh'];
}

/** headings and fixed phrases of the layout */
export const LABELS = {
  unit: bi('直连单位', 'Direct-connect unit'),
  uscc: bi('统一社会信用代码', 'USCC'),
  rule: bi('依据', 'Rule'),
  happened: bi('事项', 'What happened'),
  todo: bi('请您办理', 'What you must do'),
  due: bi('办理期限', 'Due by'),
  noDue: bi('无期限要求', 'No deadline'),
  details: bi('详情', 'Details'),
  date: bi('通知日期', 'Date of notice'),
  noticeId: bi('通知编号', 'Notice id'),
  greeting: bi('您好：', 'Dear'),
  noAction: bi('本通知仅供知悉，无需办理。', 'For your information; no action is required.'),
  footer: bi(
    '本邮件由乐企直连单位生命周期服务自动发送，请勿直接回复；如有疑问，请通过电子税务局征纳互动平台或 12366 热线联系主管税务机关。',
    'This e-mail was sent automatically by the Leqi direct-connect lifecycle service; please do not reply to it. For questions, contact your competent tax authority through the e-tax bureau interaction platform or the 12366 hotline.',
  ),
  unnamed: bi('（名称未登记）', '(name not on record)'),
  none: bi('—', '—'),
} as const;
